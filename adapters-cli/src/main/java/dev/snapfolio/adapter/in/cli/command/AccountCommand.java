package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountLifecycleUseCase;
import dev.snapfolio.application.port.in.AccountLifecycleUseCase.DeletedAccount;
import dev.snapfolio.application.port.in.AccountLifecycleUseCase.RenameAccountCommand;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "account", description = "Create, list, rename and delete accounts.",
        subcommands = {AccountCommand.Create.class, AccountCommand.ListAccounts.class, AccountCommand.Rename.class,
                AccountCommand.Delete.class})
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
            output.changed("created account #" + account.id() + " '" + account.name() + "' ("
                    + account.currency() + ")", table(List.of(account)));
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

    @Command(name = "rename", description = "Gives an account a new name; its id, movements and snapshots stay.")
    static class Rename implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<AccountLifecycleUseCase> lifecycle;
        private final Output output;

        @Mixin
        AccountOption account;

        @Option(names = "--name", required = true, paramLabel = "NEW", description = "The new name (unique, not only digits).")
        String name;

        @Inject
        Rename(Provider<AccountQueries> accounts, Provider<AccountLifecycleUseCase> lifecycle, Output output) {
            this.accounts = accounts;
            this.lifecycle = lifecycle;
            this.output = output;
        }

        @Override
        public Integer call() {
            Account current = accounts.get().resolve(account.value());
            Account renamed = lifecycle.get().rename(new RenameAccountCommand(current.id(), name));
            if (output.forPeople()) {
                output.message("renamed account #" + renamed.id() + " '" + current.name() + "' to '" + renamed.name() + "'");
            } else {
                output.table(table(List.of(renamed)));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", description = "Deletes an account with its movements, imports, snapshots and runs. "
            + "Asks for the account's name on a terminal; elsewhere needs --yes.")
    static class Delete implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<MovementQueries> movements;
        private final Provider<AccountLifecycleUseCase> lifecycle;
        private final Confirmation confirmation;
        private final Output output;

        @Mixin
        AccountOption account;

        @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
        boolean yes;

        @Inject
        Delete(Provider<AccountQueries> accounts, Provider<MovementQueries> movements,
                Provider<AccountLifecycleUseCase> lifecycle, Confirmation confirmation, Output output) {
            this.accounts = accounts;
            this.movements = movements;
            this.lifecycle = lifecycle;
            this.confirmation = confirmation;
            this.output = output;
        }

        @Override
        public Integer call() {
            Account acc = accounts.get().resolve(account.value());
            if (!yes) {
                int count = movements.get().list(acc.id(), null, null).size();
                String question = "delete account '" + acc.name() + "' with its " + count
                        + " movements and all its snapshots? type its name to confirm: ";
                String answer = confirmation.ask(question).orElseThrow(() -> new UsageException(
                        "account delete asks for confirmation and there is no terminal to ask on: pass --yes to delete '"
                                + acc.name() + "'"));
                if (!answer.strip().equals(acc.name())) {
                    output.message("not deleted: the answer was not the account's name");
                    return ExitCode.BAD_INPUT;
                }
            }
            DeletedAccount deleted = lifecycle.get().delete(acc.id());
            if (output.forPeople()) {
                output.message("deleted account #" + acc.id() + " '" + acc.name() + "' with " + deleted.movements()
                        + " movements, its snapshots, imports and runs");
            } else {
                output.table(table(List.of(deleted.account())));
            }
            return ExitCode.OK;
        }
    }
}
