package dev.snapfolio.application.processing;

import dev.snapfolio.domain.snapshot.Scenario;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a run did with rows, by scenario (DESIGN §3.5). {@code financialWritten}/{@code tickerWritten}
 * count rows actually inserted, updated (C, D, G corrections) or deleted (H); {@code visited} counts
 * every classified financial (date, currency), written or not, so validated G rows show up there.
 */
public record RowCounts(Map<Scenario, Integer> financialWritten, Map<Scenario, Integer> tickerWritten,
        Map<Scenario, Integer> visited, int statesWritten, int statesDeleted) {

    public RowCounts {
        financialWritten = copy(financialWritten);
        tickerWritten = copy(tickerWritten);
        visited = copy(visited);
    }

    public static RowCounts none() {
        return new RowCounts(Map.of(), Map.of(), Map.of(), 0, 0);
    }

    /** Financial and ticker rows written, by scenario: what the run log reports. */
    public Map<Scenario, Integer> written() {
        Map<Scenario, Integer> sum = new EnumMap<>(Scenario.class);
        financialWritten.forEach((s, n) -> sum.merge(s, n, Integer::sum));
        tickerWritten.forEach((s, n) -> sum.merge(s, n, Integer::sum));
        return Map.copyOf(sum);
    }

    public int financial(Scenario scenario) {
        return financialWritten.getOrDefault(scenario, 0);
    }

    public int ticker(Scenario scenario) {
        return tickerWritten.getOrDefault(scenario, 0);
    }

    public int totalWritten() {
        return written().values().stream().mapToInt(Integer::intValue).sum() + statesWritten + statesDeleted;
    }

    public RowCounts plus(RowCounts other) {
        return new RowCounts(merge(financialWritten, other.financialWritten), merge(tickerWritten, other.tickerWritten),
                merge(visited, other.visited), statesWritten + other.statesWritten, statesDeleted + other.statesDeleted);
    }

    private static Map<Scenario, Integer> merge(Map<Scenario, Integer> a, Map<Scenario, Integer> b) {
        Map<Scenario, Integer> sum = new EnumMap<>(Scenario.class);
        a.forEach((s, n) -> sum.merge(s, n, Integer::sum));
        b.forEach((s, n) -> sum.merge(s, n, Integer::sum));
        return sum;
    }

    private static Map<Scenario, Integer> copy(Map<Scenario, Integer> map) {
        Map<Scenario, Integer> copy = new EnumMap<>(Scenario.class);
        map.forEach((s, n) -> {
            if (n != 0) {
                copy.put(s, n);
            }
        });
        return Map.copyOf(copy);
    }
}
