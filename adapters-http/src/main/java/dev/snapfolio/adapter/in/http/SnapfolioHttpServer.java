package dev.snapfolio.adapter.in.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.importer.ImportException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP adapter: the API under {@code /api/}, the page at {@code /} and its assets, on Javalin
 * (Jetty). Started by {@code snapfolio serve}; {@link #start} returns a handle that stops it.
 *
 * <p>Security: every write needs the bearer token; when bound to anything but loopback, reads do
 * too. No CORS headers unless origins are configured. Bodies above the configured size are refused
 * (413). Errors are problem bodies ({@code application/problem+json}) with one line of detail and
 * never a stack trace.
 */
public final class SnapfolioHttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(SnapfolioHttpServer.class);
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final ApiPorts ports;

    @Inject
    public SnapfolioHttpServer(ApiPorts ports) {
        this.ports = ports;
    }

    /** A running server. */
    public interface Running extends AutoCloseable {
        URI address();

        AccessToken token();

        /** Stops the server (idempotent). */
        @Override
        void close();
    }

    /** Starts serving; the port is the options' port, or a free one when that is 0. */
    public Running start(HttpOptions options) {
        AccessToken token = AccessToken.loadOrCreate(options.tokenFile());
        boolean readsNeedToken = !options.loopbackOnly();
        ObjectMapper mapper = mapper();
        PageAssets assets = PageAssets.load();
        ApiRoutes api = new ApiRoutes(ports, mapper);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = options.maxRequestBytes();
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.startup.showJavalinBanner = false;
            if (!options.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.path = "/api/*";
                    for (String origin : options.corsOrigins()) {
                        rule.allowHost(origin);
                    }
                }));
            }
            config.routes.before("/api/*", ctx -> authorize(ctx, token, readsNeedToken));
            api.register(config.routes);
            assets.register(config.routes);
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
                }
            });
        });
        app.start();
        URI address = URI.create("http://" + hostForUri(options.host()) + ":" + app.port() + "/");
        LOG.info("serving {} (reads need the token: {}, CORS origins: {})", address, readsNeedToken,
                options.corsOrigins());
        return new Running() {
            private volatile boolean stopped;

            @Override
            public URI address() {
                return address;
            }

            @Override
            public AccessToken token() {
                return token;
            }

            @Override
            public synchronized void close() {
                if (!stopped) {
                    stopped = true;
                    app.stop();
                }
            }
        };
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** JSON as the command line writes it: plain decimals, decimals read exactly. */
    static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    private static void authorize(Context ctx, AccessToken token, boolean readsNeedToken) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return; // a CORS preflight carries no credentials; the plugin answers it
        }
        boolean needed = readsNeedToken || WRITES.contains(ctx.method());
        if (needed && !token.matches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, ctx.header("Authorization") == null
                    ? "this request needs the access token (Authorization: Bearer <token from " + token.file().getFileName() + ">)"
                    : "the access token is not valid");
        }
    }

    private static void problem(Context ctx, Exception e) {
        int status = statusOf(e);
        String detail;
        if (status == 500) {
            // the cause goes to the log; the client gets no internals
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            detail = "internal error; the server log has the details";
        } else if (e instanceof HttpResponseException hre && status == 413) {
            detail = "the request body is larger than the limit";
        } else {
            detail = ApiRoutes.firstLine(e.getMessage());
        }
        Map<String, Object> body = body(status, detail);
        if (e instanceof ImportException ie) {
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("file", ie.file());
            where.put("line", ie.line());
            where.put("column", ie.column());
            where.put("problem", ie.problem());
            body.put("problems", List.of(where));
        }
        send(ctx, status, body);
    }

    private static void problem(Context ctx, int status, String detail) {
        send(ctx, status, body(status, detail));
    }

    private static Map<String, Object> body(int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    private static void send(Context ctx, int status, Map<String, Object> body) {
        ctx.status(status).json(body).contentType("application/problem+json");
    }

    static int statusOf(Throwable e) {
        if (e instanceof ApiException api) {
            return api.status();
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ValidationException || e instanceof ChangeRejectedException || e instanceof DomainException
                || e instanceof ImportException || e instanceof DateTimeParseException) {
            return 400;
        }
        if (e instanceof HttpResponseException hre && hre.getStatus() >= 400 && hre.getStatus() < 500) {
            return hre.getStatus();
        }
        return 500;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }
}
