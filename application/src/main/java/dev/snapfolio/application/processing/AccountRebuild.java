package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.domain.calc.DailyCalculator;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One account recomputed from its first date (its first movement, or an earlier stored row) to
 * today from data already in memory: the same walk, calculator run and row comparison as a batch
 * run ({@link BatchProcessor}), so it yields exactly the rows a recompute writes. Reads and writes
 * nothing itself.
 */
public class AccountRebuild {
    private final DailyCalculator calculator;

    @Inject
    public AccountRebuild(DailyCalculator calculator) {
        this.calculator = calculator;
    }

    /** What the walk found: the changes to write, rows by scenario, dates and movements visited, the start date. */
    public record Computed(SnapshotChanges changes, RowCounts counts, int dates, int movements, LocalDate from) {
        public int rowsWritten() {
            return changes.rowCount();
        }
    }

    /**
     * Recomputes the account. {@code movements} are all of the account's (any date, any order),
     * {@code stored} its stored rows, {@code refs} prices and splits covering its tickers up to
     * {@code policy.today()}. Empty when the account has neither movements nor stored rows.
     *
     * @throws dev.snapfolio.domain.calc.DomainException when a movement cannot be applied
     */
    public Optional<Computed> compute(long accountId, List<Movement> movements, StoredSnapshots stored,
            ReferenceData refs, Policy policy) {
        LocalDate end = policy.today();
        NavigableMap<LocalDate, List<Movement>> byDate = new TreeMap<>();
        for (Movement movement : movements) {
            if (!movement.businessDate().isAfter(end)) {
                byDate.computeIfAbsent(movement.businessDate(), d -> new ArrayList<>()).add(movement);
            }
        }
        byDate.values().forEach(list -> list.sort(Movement.APPLY_ORDER));
        NavigableMap<LocalDate, StoredDay> storedDays = StoredDay.byDate(stored).headMap(end, true);
        LocalDate from = first(byDate.isEmpty() ? null : byDate.firstKey(),
                storedDays.isEmpty() ? null : storedDays.firstKey());
        if (from == null) {
            return Optional.empty();
        }
        ChangeSet changes = new ChangeSet();
        SnapshotWalk.DayCalculation calculation = SnapshotWalk.run(calculator.startRun(refs, policy));
        SnapshotWalk.Source source = SnapshotWalk.Source.inMemory(byDate, refs, storedDays);
        SnapshotWalk.Visit visit = SnapshotWalk.walk(AccountState.empty(accountId), from, end, policy, calculation,
                source, (before, result, dayMovements, storedDay) ->
                        DayDiff.diff(changes, accountId, before, result, dayMovements, storedDay));
        return Optional.of(new Computed(changes.toChanges(), changes.counts(), visit.dates(), visit.movements(), from));
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** A failure in one line a user can read (as a run's error). */
    public static String describe(RuntimeException failure) {
        return SnapshotProcessingCoordinator.describe(failure);
    }
}
