package dev.snapfolio.adapter.in.cli.command;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Writes the page's charts, holdings and runs of an account as one HTML file "
        + "that opens without a server.")
public class ReportCommand implements Callable<Integer> {
    private final Provider<WebFrontEnd> web;
    private final Output output;

    @Mixin
    AccountOption account;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The file to write.")
    Path out;

    @Inject
    ReportCommand(Provider<WebFrontEnd> web, Output output) {
        this.web = web;
        this.output = output;
    }

    @Override
    public Integer call() {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new UsageException("--out: no such directory " + parent);
        }
        String name = web.get().report(account.value(), out);
        output.message("wrote the report of '" + name + "' to " + out);
        return ExitCode.OK;
    }
}
