package dev.snapfolio.adapter.in.cli.command;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serves the HTTP API (docs/HTTP-API.md) and a page with charts of every account's "
        + "snapshot history, until stopped (Ctrl-C).",
        footer = {"", "Listens on 127.0.0.1 unless --host says otherwise; writes always need the access token "
                + "(Authorization: Bearer, kept in http-token under the Snapfolio home), and so does every request when "
                + "listening beyond this machine."})
public class ServeCommand implements Callable<Integer> {
    private final Provider<WebFrontEnd> web;
    private final Output output;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Allow browser calls from this origin "
            + "(repeatable; default: none).")
    List<String> corsOrigins = new ArrayList<>();

    @Inject
    ServeCommand(Provider<WebFrontEnd> web, Output output) {
        this.web = web;
        this.output = output;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be between 0 and 65535, got " + port);
        }
        WebFrontEnd.Serving serving = web.get().serve(host, port, corsOrigins);
        // Ctrl-C ends the JVM: stop the server cleanly on the way out
        Runtime.getRuntime().addShutdownHook(new Thread(serving::close, "snapfolio-serve-stop"));
        output.message("serving " + serving.address() + " (Ctrl-C stops)");
        output.message("access token for writes" + (serving.loopbackOnly() ? "" : " and reads") + ": "
                + serving.tokenFile());
        output.out().flush();
        serving.awaitStop();
        return ExitCode.OK;
    }
}
