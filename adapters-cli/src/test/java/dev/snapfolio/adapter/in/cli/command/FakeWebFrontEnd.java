package dev.snapfolio.adapter.in.cli.command;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records what serve and report asked for; its server "stops" at once so that serve returns. */
final class FakeWebFrontEnd implements WebFrontEnd {
    final List<String> calls = new ArrayList<>();
    boolean closed;

    @Override
    public Serving serve(String host, int port, List<String> corsOrigins) {
        calls.add("serve " + host + " " + port + " " + corsOrigins);
        return new Serving() {
            @Override
            public URI address() {
                return URI.create("http://" + host + ":" + (port == 0 ? 40000 : port) + "/");
            }

            @Override
            public Path tokenFile() {
                return Path.of("/home/me/.snapfolio/http-token");
            }

            @Override
            public boolean loopbackOnly() {
                return host.startsWith("127.");
            }

            @Override
            public void awaitStop() {
                // returns at once: the test's server is stopped as soon as it started
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    @Override
    public String report(String account, Path file) {
        calls.add("report " + account + " " + file.getFileName());
        return account;
    }
}
