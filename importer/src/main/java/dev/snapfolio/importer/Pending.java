package dev.snapfolio.importer;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.domain.movement.Movement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed movement waiting for its place and key: sorted chronologically, then numbered among
 * identical rows, then keyed.
 *
 * @param movement validated, without id or source key
 * @param order tie-break within one timestamp: the file line for oldest-first files, minus the
 *     line for newest-first files
 * @param keyFields the normalized fields the source key is made of
 * @param givenKey the key the row carries itself (a backup's), used instead; null for most rows
 */
record Pending(Movement movement, int order, String keyFields, String location, String givenKey) {

    Pending(Movement movement, int order, String keyFields, String location) {
        this(movement, order, keyFields, location, null);
    }

    static final Comparator<Pending> CHRONOLOGICAL = Comparator
            .comparing((Pending p) -> p.movement().timestamp())
            .thenComparingInt(Pending::order);

    /** Sorts the rows into id order and gives each its source key. */
    static List<ImportRow> finish(List<Pending> pending) {
        List<Pending> sorted = new ArrayList<>(pending);
        sorted.sort(CHRONOLOGICAL);
        Map<String, Integer> occurrences = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(sorted.size());
        for (Pending p : sorted) {
            int occurrence = occurrences.merge(p.keyFields(), 1, Integer::sum);
            String key = p.givenKey() != null ? p.givenKey() : SourceKeys.key(p.keyFields(), occurrence);
            rows.add(new ImportRow(p.movement().withSourceKey(key), p.location()));
        }
        return rows;
    }
}
