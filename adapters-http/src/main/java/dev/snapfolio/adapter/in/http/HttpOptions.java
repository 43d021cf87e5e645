package dev.snapfolio.adapter.in.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and how the API listens.
 *
 * @param host the address to bind; loopback unless the caller chose otherwise
 * @param port 0 picks a free port
 * @param tokenFile where the access token is kept (created 0600 on first use)
 * @param corsOrigins origins allowed to call the API from a browser; empty: no CORS headers at all
 * @param maxRequestBytes the largest request body accepted (an import file included)
 */
public record HttpOptions(String host, int port, Path tokenFile, List<String> corsOrigins, long maxRequestBytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Large enough for a broker export of many years, small enough that a stray upload cannot fill memory. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 32L * 1024 * 1024;

    public HttpOptions {
        host = host == null || host.isBlank() ? LOOPBACK : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (tokenFile == null) {
            throw new IllegalArgumentException("tokenFile is required");
        }
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be > 0, got " + maxRequestBytes);
        }
    }

    public static HttpOptions loopback(int port, Path tokenFile) {
        return new HttpOptions(LOOPBACK, port, tokenFile, List.of(), DEFAULT_MAX_REQUEST_BYTES);
    }

    public HttpOptions withHost(String newHost) {
        return new HttpOptions(newHost, port, tokenFile, corsOrigins, maxRequestBytes);
    }

    public HttpOptions withCorsOrigins(List<String> origins) {
        return new HttpOptions(host, port, tokenFile, origins, maxRequestBytes);
    }

    public HttpOptions withMaxRequestBytes(long bytes) {
        return new HttpOptions(host, port, tokenFile, corsOrigins, bytes);
    }

    /** True when only this machine can connect: reads then need no token (writes always do). */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
