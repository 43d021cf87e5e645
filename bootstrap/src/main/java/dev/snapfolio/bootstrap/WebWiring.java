package dev.snapfolio.bootstrap;

import com.google.inject.Module;
import dev.snapfolio.adapter.in.cli.command.WebFrontEnd;
import dev.snapfolio.adapter.in.http.HttpOptions;
import dev.snapfolio.adapter.in.http.SnapfolioHttpServer;
import dev.snapfolio.adapter.in.http.StaticReport;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code snapfolio serve} and {@code report}: the command line's {@link WebFrontEnd} bound to the
 * HTTP adapter, the two adapters meeting here only. The access token lives in the Snapfolio home.
 */
final class WebWiring {
    static final String TOKEN_FILE = "http-token";

    private WebWiring() {
    }

    static Module module(Configuration configuration) {
        Path tokenFile = configuration.home().resolve(TOKEN_FILE);
        return binder -> {
            binder.bind(Path.class).annotatedWith(com.google.inject.name.Names.named(TOKEN_FILE)).toInstance(tokenFile);
            binder.bind(WebFrontEnd.class).to(HttpFrontEnd.class);
        };
    }

    static final class HttpFrontEnd implements WebFrontEnd {
        private final Provider<SnapfolioHttpServer> server;
        private final Provider<StaticReport> report;
        private final Path tokenFile;

        @Inject
        HttpFrontEnd(Provider<SnapfolioHttpServer> server, Provider<StaticReport> report,
                @jakarta.inject.Named(TOKEN_FILE) Path tokenFile) {
            this.server = server;
            this.report = report;
            this.tokenFile = tokenFile;
        }

        @Override
        public Serving serve(String host, int port, List<String> corsOrigins) {
            HttpOptions options = HttpOptions.loopback(port, tokenFile).withHost(host).withCorsOrigins(corsOrigins);
            SnapfolioHttpServer.Running running = server.get().start(options);
            CountDownLatch stopped = new CountDownLatch(1);
            return new Serving() {
                @Override
                public URI address() {
                    return running.address();
                }

                @Override
                public Path tokenFile() {
                    return running.token().file();
                }

                @Override
                public boolean loopbackOnly() {
                    return options.loopbackOnly();
                }

                @Override
                public void awaitStop() throws InterruptedException {
                    stopped.await();
                }

                @Override
                public void close() {
                    running.close();
                    stopped.countDown();
                }
            };
        }

        @Override
        public String report(String account, Path file) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return report.get().write(account, out).name();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}
