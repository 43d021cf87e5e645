package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.domain.account.Account;
import jakarta.inject.Provider;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code holdings} and {@code summary} share: an account, a date (default today) and the portfolio queries. */
abstract class PortfolioViewCommand {
    protected final Provider<PortfolioQueries> portfolio;
    protected final Output output;
    private final Provider<AccountQueries> accounts;

    @Mixin
    AccountOption account;

    @Option(names = "--at", paramLabel = "DATE", description = "The date (default: today).")
    LocalDate at;

    PortfolioViewCommand(Provider<AccountQueries> accounts, Provider<PortfolioQueries> portfolio, Output output) {
        this.accounts = accounts;
        this.portfolio = portfolio;
        this.output = output;
    }

    /** The account the line names. */
    protected Account account() {
        return accounts.get().resolve(account.value());
    }
}
