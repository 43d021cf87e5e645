package dev.snapfolio.adapter.in.cli.command;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code snapfolio serve} and {@code snapfolio report} need from the HTTP adapter; bound in
 * bootstrap, so that this adapter does not depend on that one.
 */
public interface WebFrontEnd {

    /**
     * Starts the API and the page.
     *
     * @param host the address to bind (loopback unless the user asked otherwise)
     * @param port 0 for any free port
     * @param corsOrigins origins allowed to call the API from a browser; empty for none
     */
    Serving serve(String host, int port, List<String> corsOrigins);

    /** A running server. */
    interface Serving extends AutoCloseable {
        URI address();

        /** The file holding the token that writes (and, beyond loopback, reads) need. */
        Path tokenFile();

        /** Whether only this machine can connect. */
        boolean loopbackOnly();

        /** Blocks until the server is closed (by {@link #close}, e.g. from a shutdown hook). */
        void awaitStop() throws InterruptedException;

        @Override
        void close();
    }

    /** Writes the page's views of one account as a self-contained HTML file; returns the account's name. */
    String report(String account, Path file);
}
