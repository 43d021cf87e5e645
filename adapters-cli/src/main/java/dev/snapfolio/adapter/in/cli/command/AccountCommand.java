package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "account", description = "Create and list accounts.",
        subcommands = {AccountCommand.Create.class, AccountCommand.ListAccounts.class})
public class AccountCommand {

    static Table table(List<Account> accounts) {
        Table table = new Table(integer("id"), text("name"), text("broker"), text("currency"));
        for (Account a : accounts) {
            table.add(a.id(), a.name(), a.broker(), a.currency().code());
        }
        return table;
    }

    @Command(name = "create", description = "Creates an account.")
    static class Create implements Callable<Integer> {
        private final Provider<CreateAccountUseCase> createAccount;
        private final Output output;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "A unique name (not only digits).")
        String name;

        @Option(names = "--broker", paramLabel = "BROKER", description = "The broker, for your reference.")
        String broker;

        @Option(names = "--currency", paramLabel = "CUR", description = "Main currency (default USD).")
        Currency currency;

        @Inject
        Create(Provider<CreateAccountUseCase> createAccount, Output output) {
            this.createAccount = createAccount;
            this.output = output;
        }

        @Override
        public Integer call() {
            Account account = createAccount.get().create(new CreateAccountCommand(name, broker, currency));
            if (output.forPeople()) {
                output.message("created account #" + account.id() + " '" + account.name() + "' ("
                        + account.currency() + ")");
            } else {
                output.table(table(List.of(account)));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "Lists the accounts.")
    static class ListAccounts implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Output output;

        @Inject
        ListAccounts(Provider<AccountQueries> accounts, Output output) {
            this.accounts = accounts;
            this.output = output;
        }

        @Override
        public Integer call() {
            List<Account> all = accounts.get().list();
            if (all.isEmpty() && output.forPeople()) {
                output.message("no accounts yet; create one with 'snapfolio account create --name NAME'");
                return ExitCode.OK;
            }
            output.table(table(all));
            return ExitCode.OK;
        }
    }
}
