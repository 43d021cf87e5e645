package dev.snapfolio.adapter.in.flink;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The movement stream's record format (a Kafka record in production). The value is one line of
 * UTF-8 CSV with the columns of {@link #HEADER}: {@code accountId}, then the generic CSV's columns
 * and {@code sourceKey} ({@link MovementRecord#HEADER}), all of them, in that order, no header line.
 * The key is the account id in decimal: records are partitioned by it, so one account's movements
 * keep their order; a record without a key is read too, one whose key names another account is not.
 *
 * <p>{@link #read} never throws: a record that cannot be read becomes a {@link MovementReject} whose
 * reason names where it came from ({@code topic-partition@offset}) and what is wrong with it; its
 * account is 0 when the record names none that can be read.
 */
public final class MovementLine {
    /** The columns of a record's value, in order. */
    public static final String HEADER = "accountId," + MovementRecord.HEADER;
    private static final int COLUMNS = MovementRecord.COLUMNS.size() + 1;
    private static final CSVFormat ROW = CSVFormat.DEFAULT.builder().setRecordSeparator("").get();

    private MovementLine() {
    }

    /** A record as read: the movement, or why it was refused (exactly one of the two). */
    public record Incoming(MovementRecord movement, MovementReject reject) implements Serializable {
        public Incoming {
            if ((movement == null) == (reject == null)) {
                throw new IllegalArgumentException("an incoming record is a movement or a reject");
            }
        }
    }

    /** The key of a movement's record: its account id. */
    public static String key(MovementRecord movement) {
        return Long.toString(movement.accountId());
    }

    /** The value of a movement's record. */
    public static String value(MovementRecord movement) {
        return movement.accountId() + "," + movement.row();
    }

    /**
     * Reads one record.
     *
     * @param origin where the record came from, for a reject's reason (e.g. {@code movements-3@1207})
     * @param key the record's key (may be null)
     * @param value the record's value (may be null)
     */
    public static Incoming read(String origin, byte[] key, byte[] value) {
        String text;
        try {
            text = value == null ? "" : StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return refused(origin, 0, new String(value, StandardCharsets.UTF_8), "the value is not UTF-8 text");
        }
        text = text.strip();
        if (text.isEmpty()) {
            return refused(origin, 0, text, "the value is empty");
        }
        List<String> cells;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return refused(origin, 0, text, "the value holds " + records.size() + " lines, not one");
            }
            cells = records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return refused(origin, 0, text, "the value is not a CSV line (" + MovementStreamJob.oneLine(e) + ")");
        }
        long accountId = accountId(cells.get(0));
        if (accountId <= 0) {
            return refused(origin, 0, text, "accountId '" + cells.get(0) + "' is not an account id");
        }
        if (cells.size() != COLUMNS) {
            return refused(origin, accountId, text, "expected " + COLUMNS + " columns (" + HEADER + "), got "
                    + cells.size());
        }
        String keyText = key == null ? "" : new String(key, StandardCharsets.UTF_8).strip();
        if (!keyText.isEmpty() && accountId(keyText) != accountId) {
            return refused(origin, accountId, text, "the key '" + keyText + "' is not the record's account "
                    + accountId);
        }
        return new Incoming(new MovementRecord(accountId, ROW.format(cells.subList(1, cells.size()).toArray()), 0),
                null);
    }

    /** A reject as one line of CSV: {@code accountId,reason,record} (what a rejects topic holds). */
    public static String rejectLine(MovementReject reject) {
        return ROW.format(reject.accountId(), reject.reason(), reject.row());
    }

    private static long accountId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Incoming refused(String origin, long accountId, String text, String reason) {
        return new Incoming(null, new MovementReject(accountId, text, origin + ": " + reason));
    }
}
