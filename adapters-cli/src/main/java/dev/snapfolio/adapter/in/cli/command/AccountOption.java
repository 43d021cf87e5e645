package dev.snapfolio.adapter.in.cli.command;

import picocli.CommandLine.Option;

/** The {@code --account NAME|ID} option of the commands that act on one account. */
public class AccountOption {
    @Option(names = {"-a", "--account"}, required = true, paramLabel = "NAME|ID",
            description = "The account, by name or id.")
    String account;

    public String value() {
        return account;
    }
}
