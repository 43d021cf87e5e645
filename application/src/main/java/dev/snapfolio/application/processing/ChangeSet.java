package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.domain.snapshot.Scenario;
import java.util.EnumMap;
import java.util.Map;

/** Rows to write, collected by {@link DayDiff} for one date (per-date) or a whole range (batch), with counts. */
final class ChangeSet extends SnapshotChanges.Builder {
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

    SnapshotChanges toChanges() {
        return build();
    }

    RowCounts counts() {
        return new RowCounts(financialWritten, tickerWritten, visited, upsertStates.size(), deleteStates.size());
    }
}
