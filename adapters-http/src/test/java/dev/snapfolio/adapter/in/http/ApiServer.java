package dev.snapfolio.adapter.in.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapfolio.application.fakes.FakeApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The HTTP adapter on a real socket over the whole application wired on in-memory fakes
 * ({@link FakeApplication}), and a client that speaks to it the way curl would.
 */
final class ApiServer implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final ObjectMapper JSON = SnapfolioHttpServer.mapper();

    final FakeApplication app;
    final SnapfolioHttpServer.Running running;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiServer(HttpOptions options) {
        this(new FakeApplication(TODAY), options);
    }

    ApiServer(FakeApplication app, HttpOptions options) {
        this(app, ports(app), options);
    }

    ApiServer(FakeApplication app, ApiPorts ports, HttpOptions options) {
        this.app = app;
        this.running = new SnapfolioHttpServer(ports).start(options);
    }

    static ApiServer onLoopback(Path dir) {
        return new ApiServer(HttpOptions.loopback(0, dir.resolve("http-token")));
    }

    static ApiPorts ports(FakeApplication a) {
        return new ApiPorts(a.accountQueries, a.createAccount, a.movementQueries, a.recordMovement, a.editMovement,
                a.deleteMovement, a.importMovements, a.recordPrices, a.recordSplits, a.snapshotQueries, a.recompute,
                a.metrics, a.processingControl, a.verify, a.portfolioQueries);
    }

    /** The response of one request: status, headers and body. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        Object json() {
            try {
                return JSON.readValue(body, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object() {
            return (Map<String, Object>) json();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) json();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The problem body's one-line detail. */
        String detail() {
            return String.valueOf(object().get("detail"));
        }
    }

    URI uri(String path) {
        return running.address().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    String token() {
        return running.token().value();
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    Response getWith(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), authorization);
    }

    /** A write with the token. */
    Response write(String method, String path, String contentType, String body) {
        return writeWith(method, path, contentType, body, "Bearer " + token());
    }

    Response writeWith(String method, String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, authorization);
    }

    Response post(String path, String json) {
        return write("POST", path, "application/json", json);
    }

    Response send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        running.close();
    }
}
