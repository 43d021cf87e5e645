package dev.snapfolio.adapter.in.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The page and what it loads, read once from the class path: the page's own files and the uPlot
 * chart library from its webjar (nothing is fetched from the network, nothing is built).
 */
final class PageAssets {
    private static final String PAGE = "/dev/snapfolio/adapter/in/http/page/";
    private static final String UPLOT_POM = "/META-INF/maven/org.webjars.npm/uplot/pom.properties";

    final String html;
    final String appJs;
    final String appCss;
    final String uplotJs;
    final String uplotCss;

    private PageAssets(String html, String appJs, String appCss, String uplotJs, String uplotCss) {
        this.html = html;
        this.appJs = appJs;
        this.appCss = appCss;
        this.uplotJs = uplotJs;
        this.uplotCss = uplotCss;
    }

    static PageAssets load() {
        String uplot = "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";
        return new PageAssets(read(PAGE + "index.html"), read(PAGE + "app.js"), read(PAGE + "app.css"),
                read(uplot + "uPlot.iife.min.js"), read(uplot + "uPlot.min.css"));
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        routes.get("/index.html", ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
        routes.get("/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(appJs));
        routes.get("/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(appCss));
        routes.get("/vendor/uPlot.iife.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(uplotJs));
        routes.get("/vendor/uPlot.min.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(uplotCss));
    }

    private static String uplotVersion() {
        try (InputStream in = PageAssets.class.getResourceAsStream(UPLOT_POM)) {
            if (in == null) {
                throw new IllegalStateException("the uPlot webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PageAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
