package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Scenario;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rows to write, collected by {@link DayDiff} for one date (per-date) or a whole range (batch), with counts. */
final class ChangeSet {
    final List<FinancialSnapshot> insertFinancials = new ArrayList<>();
    final List<FinancialSnapshot> updateFinancials = new ArrayList<>();
    final List<FinancialKey> deleteFinancials = new ArrayList<>();
    final List<TickerSnapshot> insertTickers = new ArrayList<>();
    final List<TickerSnapshot> updateTickers = new ArrayList<>();
    final List<TickerKey> deleteTickers = new ArrayList<>();
    final List<AccountState> upsertStates = new ArrayList<>();
    final List<StateKey> deleteStates = new ArrayList<>();
    private final Map<Scenario, Integer> financialWritten = new EnumMap<>(Scenario.class);
    private final Map<Scenario, Integer> tickerWritten = new EnumMap<>(Scenario.class);
    private final Map<Scenario, Integer> visited = new EnumMap<>(Scenario.class);

    void countFinancial(Scenario scenario, boolean written) {
        visited.merge(scenario, 1, Integer::sum);
        if (written) {
            financialWritten.merge(scenario, 1, Integer::sum);
        }
    }

    void countTicker(Scenario scenario) {
        tickerWritten.merge(scenario, 1, Integer::sum);
    }

    boolean isEmpty() {
        return insertFinancials.isEmpty() && updateFinancials.isEmpty() && deleteFinancials.isEmpty()
                && insertTickers.isEmpty() && updateTickers.isEmpty() && deleteTickers.isEmpty()
                && upsertStates.isEmpty() && deleteStates.isEmpty();
    }

    SnapshotChanges toChanges() {
        return new SnapshotChanges(insertFinancials, updateFinancials, deleteFinancials, insertTickers, updateTickers,
                deleteTickers, upsertStates, deleteStates);
    }

    RowCounts counts() {
        return new RowCounts(financialWritten, tickerWritten, visited, upsertStates.size(), deleteStates.size());
    }
}
