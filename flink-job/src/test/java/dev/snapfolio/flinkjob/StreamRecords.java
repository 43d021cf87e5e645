package dev.snapfolio.flinkjob;

import dev.snapfolio.adapter.in.flink.MovementRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Movement records as the stream tests send them: shuffled within a bound, or written cell by cell. */
final class StreamRecords {
    private StreamRecords() {
    }

    /** Each element moves up to {@code bound} places from where it is. */
    static <T> List<T> shuffledWithin(List<T> elements, int bound, Random random) {
        record Keyed<T>(T element, double key) {
        }
        List<Keyed<T>> keyed = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            keyed.add(new Keyed<>(elements.get(i), i + random.nextDouble() * bound));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key));
        return keyed.stream().map(Keyed::element).toList();
    }

    /** A record of {@code account} whose row has the given {@code column=value} cells, the others empty. */
    static MovementRecord row(long account, String... cells) {
        List<String> columns = MovementRecord.COLUMNS;
        String[] values = new String[columns.size()];
        Arrays.fill(values, "");
        for (String cell : cells) {
            String[] kv = cell.split("=", 2);
            values[columns.indexOf(kv[0])] = kv[1];
        }
        return new MovementRecord(account, String.join(",", values), 0);
    }
}
