package dev.snapfolio.application.port.out.contract;

import static dev.snapfolio.application.port.out.contract.Samples.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link ImportBatchRepository} does. Implementations start each test with nothing stored. */
public abstract class ImportBatchRepositoryContract {
    protected abstract ImportBatchRepository imports();

    protected abstract MovementRepository movements();

    protected abstract AccountRepository accounts();

    private static final Instant STARTED = Instant.parse("2025-03-04T05:06:07.123456Z");

    private List<Movement> deposits(long accountId, int count, int day) {
        List<Movement> list = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(Movement.of(accountId, LocalDateTime.of(2024, 1, day, 10, i), Currency.USD,
                    new Deposit(money("10"))));
        }
        return movements().insertAll(list);
    }

    @Test
    void aRecordedImportIsFoundWithTheMovementsItAdded() {
        long account = accounts().create(new Account(0, "Main", null, Currency.USD)).id();
        deposits(account, 1, 2); // recorded by hand: belongs to no import
        List<Movement> added = deposits(account, 2, 3);

        ImportBatch batch = imports().record(new ImportBatch(0, account, "generic", "a.csv", "ab".repeat(32), STARTED, 2),
                added.stream().map(Movement::id).toList());

        assertThat(batch.id()).isPositive();
        assertThat(imports().findById(batch.id())).contains(batch);
        assertThat(imports().find(OptionalLong.of(account))).containsExactly(batch);
        assertThat(imports().findMovementIds(batch.id())).containsExactlyElementsOf(added.stream().map(Movement::id).toList());
    }

    @Test
    void deleteRemovesExactlyTheImportsMovementsAndItsRecord() {
        long account = accounts().create(new Account(0, "Main", null, Currency.USD)).id();
        Movement byHand = deposits(account, 1, 2).get(0);
        List<Movement> first = deposits(account, 2, 3);
        List<Movement> second = deposits(account, 3, 4);
        ImportBatch a = imports().record(new ImportBatch(0, account, "generic", "a.csv", null, STARTED, 2),
                first.stream().map(Movement::id).toList());
        ImportBatch b = imports().record(new ImportBatch(0, account, "tastytrade", "b.csv", null, STARTED, 3),
                second.stream().map(Movement::id).toList());

        assertThat(imports().delete(a.id())).isEqualTo(2);

        assertThat(imports().findById(a.id())).isEmpty();
        assertThat(imports().find(OptionalLong.empty())).containsExactly(b);
        assertThat(movements().findByAccount(account)).extracting(Movement::id)
                .containsExactly(byHand.id(), second.get(0).id(), second.get(1).id(), second.get(2).id());
    }

    @Test
    void importsAreListedPerAccountOldestFirst() {
        long one = accounts().create(new Account(0, "One", null, Currency.USD)).id();
        long two = accounts().create(new Account(0, "Two", null, Currency.USD)).id();
        ImportBatch a = imports().record(new ImportBatch(0, one, "generic", "a.csv", null, STARTED, 0), List.of());
        ImportBatch b = imports().record(new ImportBatch(0, two, "generic", "b.csv", null, STARTED, 0), List.of());
        ImportBatch c = imports().record(new ImportBatch(0, one, "generic", "c.csv", null, STARTED, 0), List.of());

        assertThat(imports().find(OptionalLong.of(one))).containsExactly(a, c);
        assertThat(imports().find(OptionalLong.empty())).containsExactly(a, b, c);
    }
}
