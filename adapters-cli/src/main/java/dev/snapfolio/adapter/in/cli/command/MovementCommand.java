package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.MovementTables;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.DeleteMovementUseCase.DeleteMovementCommand;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase.EditMovementCommand;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "movement", description = "Add, edit, delete and list an account's movements.",
        subcommands = {MovementCommand.Add.class, MovementCommand.Edit.class, MovementCommand.Delete.class,
                MovementCommand.ListMovements.class})
public class MovementCommand {

    static int reportChange(String verb, MovementChangeResult result, Output output) {
        Movement m = result.movement();
        // csv/json: the movement as 'movement list' prints it, its id first (a deletion: the deleted one)
        output.changed(verb + " " + m.describe(), MovementTables.movements(List.of(m)));
        result.warnings().forEach(output::warning);
        return Outcomes.report(result.outcome(), output);
    }

    static Movement find(MovementQueries movements, Account account, long id) {
        return movements.list(account.id(), null, null).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("movement #" + id + " not found in account '" + account.name() + "'"));
    }

    @Command(name = "add", description = "Records a movement of any kind; its snapshots are brought up to date.")
    static class Add implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<RecordMovementUseCase> recordMovement;
        private final Output output;

        @Mixin
        AccountOption account;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
        MovementKind kind;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "Local date of the movement.")
        LocalDate date;

        @Option(names = "--time", paramLabel = "HH:mm", description = "Local time (default 00:00).")
        LocalTime time;

        @Option(names = "--currency", paramLabel = "CUR", description = "Currency (default: the account's).")
        Currency currency;

        @Mixin
        MovementOptions fields;

        @Inject
        Add(Provider<AccountQueries> accounts, Provider<RecordMovementUseCase> recordMovement, Output output) {
            this.accounts = accounts;
            this.recordMovement = recordMovement;
            this.output = output;
        }

        @Override
        public Integer call() {
            Map<MovementField, Object> given = fields.given();
            MovementBuilder.checkApplicable(kind, given.keySet());
            MovementDetail detail = MovementBuilder.build(kind, given);
            Account acc = accounts.get().resolve(account.value());
            LocalDateTime timestamp = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
            Movement movement = new Movement(0, acc.id(), timestamp, currency == null ? acc.currency() : currency,
                    detail, fields.notes(), null);
            return reportChange("recorded", recordMovement.get().record(new RecordMovementCommand(acc.id(), movement)),
                    output);
        }
    }

    @Command(name = "edit", description = "Changes a stored movement: the flags given replace its fields, the others stay.")
    static class Edit implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<MovementQueries> movements;
        private final Provider<EditMovementUseCase> editMovement;
        private final Output output;

        @Parameters(index = "0", paramLabel = "ID", description = "The movement's id (see 'movement list').")
        long id;

        @Mixin
        AccountOption account;

        @Option(names = "--kind", paramLabel = "KIND", description = "A new kind (give the fields it needs).")
        MovementKind kind;

        @Option(names = "--date", paramLabel = "DATE", description = "A new local date.")
        LocalDate date;

        @Option(names = "--time", paramLabel = "HH:mm", description = "A new local time.")
        LocalTime time;

        @Option(names = "--currency", paramLabel = "CUR", description = "A new currency.")
        Currency currency;

        @Mixin
        MovementOptions fields;

        @Inject
        Edit(Provider<AccountQueries> accounts, Provider<MovementQueries> movements,
                Provider<EditMovementUseCase> editMovement, Output output) {
            this.accounts = accounts;
            this.movements = movements;
            this.editMovement = editMovement;
            this.output = output;
        }

        @Override
        public Integer call() {
            Map<MovementField, Object> given = fields.given();
            Account acc = accounts.get().resolve(account.value());
            Movement old = find(movements.get(), acc, id);
            MovementKind newKind = kind == null ? old.kind() : kind;
            MovementBuilder.checkApplicable(newKind, given.keySet());
            Map<MovementField, Object> merged = new EnumMap<>(MovementFields.values(old));
            merged.keySet().retainAll(MovementFields.detailFields(newKind));
            merged.putAll(given);
            MovementDetail detail = MovementBuilder.build(newKind, merged);
            LocalDateTime timestamp = (date == null ? old.timestamp().toLocalDate() : date)
                    .atTime(time == null ? old.timestamp().toLocalTime() : time);
            Movement replacement = new Movement(old.id(), acc.id(), timestamp,
                    currency == null ? old.currency() : currency, detail,
                    fields.notes() == null ? old.notes() : fields.notes(), old.sourceKey());
            return reportChange("edited",
                    editMovement.get().edit(new EditMovementCommand(acc.id(), old.id(), replacement)), output);
        }
    }

    @Command(name = "delete", description = "Deletes a stored movement.")
    static class Delete implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<DeleteMovementUseCase> deleteMovement;
        private final Output output;

        @Parameters(index = "0", paramLabel = "ID", description = "The movement's id (see 'movement list').")
        long id;

        @Mixin
        AccountOption account;

        @Inject
        Delete(Provider<AccountQueries> accounts, Provider<DeleteMovementUseCase> deleteMovement, Output output) {
            this.accounts = accounts;
            this.deleteMovement = deleteMovement;
            this.output = output;
        }

        @Override
        public Integer call() {
            Account acc = accounts.get().resolve(account.value());
            return reportChange("deleted", deleteMovement.get().delete(new DeleteMovementCommand(acc.id(), id)), output);
        }
    }

    @Command(name = "list", description = "Lists movements in apply order, with the generic CSV columns.")
    static class ListMovements implements Callable<Integer> {
        private final Provider<AccountQueries> accounts;
        private final Provider<MovementQueries> movements;
        private final Output output;

        @Mixin
        AccountOption account;

        @Mixin
        DateRangeOptions range;

        @Inject
        ListMovements(Provider<AccountQueries> accounts, Provider<MovementQueries> movements, Output output) {
            this.accounts = accounts;
            this.movements = movements;
            this.output = output;
        }

        @Override
        public Integer call() {
            range.validate();
            Account acc = accounts.get().resolve(account.value());
            List<Movement> list = movements.get().list(acc.id(), range.from(), range.to());
            if (list.isEmpty() && output.forPeople()) {
                output.message("no movements");
                return ExitCode.OK;
            }
            output.table(MovementTables.movements(list));
            return ExitCode.OK;
        }
    }
}
