package dev.snapfolio.adapter.in.flink;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One movement as it arrives on a stream (a Kafka record's value in production): the account it
 * belongs to and one row of Snapfolio's generic CSV with the columns of {@link #HEADER} — the
 * generic columns and {@code sourceKey}, the movement's stable identity at its origin (e.g. the
 * broker's transaction id), which makes a replay add nothing. {@code arrivedAtMillis} is stamped
 * when the record enters the job (0 before).
 */
public record MovementRecord(long accountId, String row, long arrivedAtMillis) {
    /** The columns of {@link #row}, in order. */
    public static final List<String> COLUMNS = columns();
    public static final String HEADER = String.join(",", COLUMNS);

    public MovementRecord {
        row = row == null ? "" : row;
    }

    /** The record of a movement that carries its source key. */
    public static MovementRecord of(Movement movement) {
        if (movement.sourceKey() == null) {
            throw new IllegalArgumentException("a streamed movement needs a source key");
        }
        Map<MovementField, Object> values = MovementFields.values(movement);
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (MovementField field : MovementField.values()) {
            cells.add(cell(values.get(field)));
        }
        cells.add(cell(movement.sourceKey()));
        return new MovementRecord(movement.accountId(), String.join(",", cells), 0);
    }

    /** The row's source key (its last column), or "" when it has none or the row cannot be read. */
    public static String sourceKeyOf(String row) {
        try (CSVParser parser = CSVParser.parse(row, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1 || records.get(0).size() != COLUMNS.size()) {
                return "";
            }
            return records.get(0).get(COLUMNS.size() - 1).strip();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return "";
        }
    }

    public MovementRecord arrivedAt(long millis) {
        return new MovementRecord(accountId, row, millis);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(MovementField.columns());
        columns.add("sourceKey");
        return List.copyOf(columns);
    }
}
