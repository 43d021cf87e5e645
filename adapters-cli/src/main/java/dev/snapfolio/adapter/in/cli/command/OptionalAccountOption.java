package dev.snapfolio.adapter.in.cli.command;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --account NAME|ID} for commands that act on every account when it is left out. */
public class OptionalAccountOption {
    @Option(names = {"-a", "--account"}, paramLabel = "NAME|ID",
            description = "Only this account (default: every account).")
    String account;

    public Optional<String> value() {
        return Optional.ofNullable(account);
    }
}
