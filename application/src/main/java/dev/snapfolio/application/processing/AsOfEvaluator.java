package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.domain.calc.DailyCalculator;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The account as of any date, computed in memory and written nowhere: from the latest stored state
 * before the date, the same walk the processors use carries it over any movements, splits
 * and due expiries up to the date, then the date itself is valued with its prices.
 */
public class AsOfEvaluator {
    private final SnapshotStore store;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final DailyCalculator calculator;

    @Inject
    public AsOfEvaluator(SnapshotStore store, MovementRepository movements, ReferenceDataRepository referenceData,
            DailyCalculator calculator) {
        this.store = store;
        this.movements = movements;
        this.referenceData = referenceData;
        this.calculator = calculator;
    }

    /** The day result at {@code date}: financial rows per currency with state, ticker rows, the state. */
    public DayResult evaluate(long accountId, LocalDate date, Policy policy) {
        // The state stored strictly before the date: the date itself is then computed like any other
        // (a stored state on the date would give the same result, but cannot take the day again).
        AccountState stored = store.findStateBefore(accountId, date).orElse(AccountState.empty(accountId));
        LocalDate from;
        if (stored.asOf() != null) {
            from = stored.asOf().plusDays(1);
        } else {
            from = movements.findEarliestBusinessDate(accountId).filter(d -> d.isBefore(date)).orElse(date);
        }
        NavigableMap<LocalDate, List<Movement>> byDate = new TreeMap<>();
        if (!from.isAfter(date)) {
            for (Movement movement : movements.findFrom(accountId, from)) {
                if (!movement.businessDate().isAfter(date)) {
                    byDate.computeIfAbsent(movement.businessDate(), d -> new ArrayList<>()).add(movement);
                }
            }
        }
        byDate.values().forEach(list -> list.sort(Movement.APPLY_ORDER));
        ReferenceData refs = referenceData.loadForAccount(accountId, from.isAfter(date) ? date : from, date);

        DayResult[] last = {null};
        // nothing stored is compared: the account is evaluated, not written
        SnapshotWalk.Source source = SnapshotWalk.Source.inMemory(byDate, refs, java.util.Collections.emptyNavigableMap());
        SnapshotWalk.Visit visit = SnapshotWalk.walk(stored, from, date, policy, calculator, source,
                (before, result, dayMovements, storedDay) -> {
                    if (result.snapshotDate()) {
                        last[0] = result;
                    }
                });
        if (last[0] != null && last[0].date().equals(date)) {
            return last[0];
        }
        // Not a snapshot date: carry the state forward and value it at the date.
        return calculator.apply(visit.finalState(), date, List.of(), refs, policy);
    }
}
