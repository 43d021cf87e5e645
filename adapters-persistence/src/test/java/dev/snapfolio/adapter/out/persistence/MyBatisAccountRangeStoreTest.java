package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRangeStore;
import dev.snapfolio.application.port.out.AccountRangeStore.AccountWrite;
import dev.snapfolio.application.port.out.AccountRangeStore.MarkClear;
import dev.snapfolio.application.port.out.AccountRangeStore.RangeData;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.QueryMeter;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The range reads and guarded writes of a bulk rebuild, on the embedded database. */
class MyBatisAccountRangeStoreTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private final TestDatabase db = TestDatabase.embedded();
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void accountsWithADepositEach() {
        db.clean();
        ids.clear();
        for (int i = 1; i <= 6; i++) {
            long id = db.get(AccountRepository.class).create(new Account(0, "range " + i, null, Currency.USD)).id();
            ids.add(id);
            db.get(UnitOfWork.class).run(() -> {
                db.get(MovementRepository.class).insertAll(List.of(Movement.of(id, DAY.atTime(9, 0), Currency.USD,
                        new Deposit(Decimals.money(100)))));
                db.get(DirtyMarkRepository.class).markDirty(id, DAY);
            });
        }
    }

    @Test
    void aRangeIsReadWithTheSameStatementsWhateverItsSize() {
        AccountRangeStore store = db.get(AccountRangeStore.class);
        QueryMeter meter = db.get(QueryMeter.class);
        long before = meter.count();
        RangeData two = store.load(ids.get(0), ids.get(1), DAY);
        long forTwo = meter.count() - before;
        before = meter.count();
        RangeData six = store.load(ids.get(0), ids.get(5), DAY);
        long forSix = meter.count() - before;

        assertThat(two.accountIds()).containsExactly(ids.get(0), ids.get(1));
        assertThat(six.accountIds()).isEqualTo(ids);
        assertThat(six.movementsOf(ids.get(3))).singleElement().extracting(Movement::accountId).isEqualTo(ids.get(3));
        assertThat(six.markOf(ids.get(4))).map(DirtyMark::dirtyFrom).hasValue(DAY);
        assertThat(forSix).isEqualTo(forTwo).isEqualTo(6);
    }

    @Test
    void anAccountWhoseMarkMovedSinceTheReadIsNotWritten() {
        AccountRangeStore store = db.get(AccountRangeStore.class);
        long id = ids.get(0);
        RangeData read = store.load(id, id, DAY);
        // a change arrives after the read
        db.get(UnitOfWork.class).run(() -> db.get(DirtyMarkRepository.class).markDirty(id, DAY));

        Set<Long> moved = store.writeRange(List.of(new AccountWrite(id, read.markOf(id), upsert(id), null)), List.of());

        assertThat(moved).containsExactly(id);
        assertThat(db.count("account_state")).isZero();
        assertThat(db.get(DirtyMarkRepository.class).find(id)).map(DirtyMark::dirtyFrom).hasValue(DAY);
    }

    @Test
    void anUnchangedAccountIsWrittenAndItsMarkClearedInOneGo() {
        AccountRangeStore store = db.get(AccountRangeStore.class);
        long id = ids.get(1);
        RangeData read = store.load(id, id, DAY);

        assertThat(store.writeRange(List.of(new AccountWrite(id, read.markOf(id), upsert(id), null)), List.of()))
                .isEmpty();

        assertThat(db.count("account_state")).isEqualTo(1);
        assertThat(db.get(DirtyMarkRepository.class).find(id)).isEmpty();
    }

    @Test
    void aRangeIsWrittenWithTheSameStatementsWhateverItsNumberOfAccounts() {
        AccountRangeStore store = db.get(AccountRangeStore.class);
        QueryMeter meter = db.get(QueryMeter.class);
        RangeData read = store.load(ids.get(0), ids.get(5), DAY);
        long before = meter.count();
        store.writeRange(List.of(new AccountWrite(ids.get(0), read.markOf(ids.get(0)), upsert(ids.get(0)), null)),
                List.of(new MarkClear(ids.get(1), read.markOf(ids.get(1)).orElseThrow().counter(), null)));
        long forOne = meter.count() - before;
        List<AccountWrite> writes = new ArrayList<>();
        List<MarkClear> clears = new ArrayList<>();
        for (long id : ids.subList(2, 5)) {
            writes.add(new AccountWrite(id, read.markOf(id), upsert(id), null));
        }
        clears.add(new MarkClear(ids.get(5), read.markOf(ids.get(5)).orElseThrow().counter(), DAY.plusDays(1)));
        clears.add(new MarkClear(ids.get(1), read.markOf(ids.get(1)).orElseThrow().counter(), null));
        before = meter.count();
        Set<Long> moved = store.writeRange(writes, clears);
        long forThree = meter.count() - before;

        assertThat(moved).isEmpty();
        assertThat(db.count("account_state")).isEqualTo(4);
        // the mark lock, one batch of states, the plain clears, the clears keeping a date, the expiry resets
        assertThat(forThree).isEqualTo(forOne + 1).isEqualTo(5);
        DirtyMarkRepository marks = db.get(DirtyMarkRepository.class);
        for (long id : ids.subList(0, 5)) {
            assertThat(marks.find(id)).as("account %d", id).isEmpty();
        }
        assertThat(marks.find(ids.get(5))).map(DirtyMark::dirtyFrom).hasValue(DAY.plusDays(1));
    }

    @Test
    void onlyTheAccountsWhoseMarkMovedAreLeftOutOfARangeWrite() {
        AccountRangeStore store = db.get(AccountRangeStore.class);
        RangeData read = store.load(ids.get(0), ids.get(5), DAY);
        db.get(UnitOfWork.class).run(() -> db.get(DirtyMarkRepository.class).markDirty(ids.get(3), DAY));
        List<AccountWrite> writes = new ArrayList<>();
        for (long id : ids) {
            writes.add(new AccountWrite(id, read.markOf(id), upsert(id), null));
        }

        Set<Long> moved = store.writeRange(writes, List.of());

        assertThat(moved).containsExactly(ids.get(3));
        assertThat(db.count("account_state")).isEqualTo(5);
        assertThat(db.get(DirtyMarkRepository.class).find(ids.get(3))).map(DirtyMark::dirtyFrom).hasValue(DAY);
        assertThat(db.get(DirtyMarkRepository.class).find(ids.get(2))).isEmpty();
    }

    @Test
    void marksAreClearedOnlyAtTheCounterRead() {
        AccountRangeStore store = db.get(AccountRangeStore.class);
        RangeData read = store.load(ids.get(0), ids.get(5), DAY);
        db.get(UnitOfWork.class).run(() -> db.get(DirtyMarkRepository.class).markDirty(ids.get(2), DAY));
        List<MarkClear> clears = new ArrayList<>();
        for (long id : ids) {
            clears.add(new MarkClear(id, read.markOf(id).orElseThrow().counter(), id == ids.get(3) ? DAY.plusDays(1) : null));
        }

        store.clearDirtyMarks(clears);

        DirtyMarkRepository marks = db.get(DirtyMarkRepository.class);
        assertThat(marks.find(ids.get(0))).isEmpty();
        assertThat(marks.find(ids.get(2))).map(DirtyMark::dirtyFrom).hasValue(DAY);
        assertThat(marks.find(ids.get(3))).map(DirtyMark::dirtyFrom).hasValue(DAY.plusDays(1));
    }

    private static SnapshotChanges upsert(long accountId) {
        AccountState state = AccountState.restore(accountId, DAY, Map.of(), Map.of(), Map.of());
        return new SnapshotChanges(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(state),
                List.of());
    }
}
