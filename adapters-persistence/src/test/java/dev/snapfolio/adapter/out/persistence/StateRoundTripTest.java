package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A history computed in memory, stored, and continued from the stored state before any date gives
 * exactly what the in-memory computation gave from that date on: states, rows and all.
 */
class StateRoundTripTest {
    private final TestDatabase db = TestDatabase.embedded();

    @Test
    void continuingFromAStoredStateEqualsTheInMemoryHistory() {
        db.clean();
        long account = db.get(AccountRepository.class).create(new Account(0, "Generated", null, Currency.USD)).id();
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.small(), account);
        List<Movement> stored = db.get(MovementRepository.class).insertAll(history.movements());
        db.get(ReferenceDataRepository.class).savePrices(history.prices());
        db.get(ReferenceDataRepository.class).saveSplits(history.splits());
        Policy policy = history.policy();
        List<DayResult> inMemory = HistoryFold.full(account, stored, history.referenceData(), policy);
        store(inMemory);

        LocalDate first = inMemory.get(0).date();
        LocalDate today = policy.today();
        assertThat(db.get(SnapshotStore.class).findFinancials(account, first, today))
                .containsExactlyElementsOf(inMemory.stream().flatMap(r -> r.financials().stream()).toList());
        assertThat(db.get(SnapshotStore.class).findTickers(account, first, today)).containsExactlyInAnyOrderElementsOf(
                inMemory.stream().flatMap(r -> r.tickers().stream()).toList());

        Random random = new Random(20240501L);
        List<LocalDate> starts = new ArrayList<>(List.of(first, inMemory.get(1).date(), today));
        for (int i = 0; i < 6; i++) {
            starts.add(inMemory.get(random.nextInt(inMemory.size())).date().plusDays(random.nextInt(2)));
        }
        for (LocalDate from : starts) {
            AccountState before = db.get(SnapshotStore.class).findStateBefore(account, from)
                    .orElse(AccountState.empty(account));
            List<Movement> movements = db.get(MovementRepository.class).findFrom(account, from);
            ReferenceData refs = db.get(ReferenceDataRepository.class).loadForAccount(account, from, today);

            List<DayResult> continued = HistoryFold.run(before, from, movements, refs, policy);

            List<DayResult> expected = inMemory.stream().filter(r -> !r.date().isBefore(from)).toList();
            assertThat(continued).as("continued from %s", from).isEqualTo(expected);
        }
        assertThat(inMemory.size()).isGreaterThan(20);
        assertThat(inMemory.stream().anyMatch(r -> !r.state().contracts().isEmpty())).as("options in the history").isTrue();
    }

    private void store(List<DayResult> results) {
        List<FinancialSnapshot> financials = new ArrayList<>();
        List<TickerSnapshot> tickers = new ArrayList<>();
        List<AccountState> states = new ArrayList<>();
        for (DayResult r : results) {
            financials.addAll(r.financials());
            tickers.addAll(r.tickers());
            states.add(r.state());
        }
        db.get(UnitOfWork.class).run(() -> db.get(SnapshotStore.class).write(new SnapshotChanges(financials, List.of(),
                List.of(), tickers, List.of(), List.of(), states, List.of())));
    }
}
