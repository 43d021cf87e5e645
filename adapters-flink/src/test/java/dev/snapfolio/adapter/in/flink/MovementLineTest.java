package dev.snapfolio.adapter.in.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.flink.MovementLine.Incoming;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A stream record is the account id and a generic CSV row; a record that cannot be read is a reject, never an error. */
class MovementLineTest {
    @Test
    void everyGeneratedMovementReadsBackAsTheSameRecordWithOrWithoutItsKey() {
        List<Movement> movements = HistoryGenerator.generate(HistorySpec.preset("small"), 42).movements();

        for (Movement movement : movements) {
            MovementRecord record = MovementRecord.of(movement);
            byte[] value = MovementLine.value(record).getBytes(StandardCharsets.UTF_8);

            Incoming keyed = MovementLine.read("t-0@1", MovementLine.key(record).getBytes(StandardCharsets.UTF_8), value);
            Incoming keyless = MovementLine.read("t-0@1", null, value);

            assertThat(keyed.reject()).isNull();
            assertThat(keyed.movement().accountId()).isEqualTo(42);
            assertThat(MovementRecord.sourceKeyOf(keyed.movement().row())).isEqualTo(movement.sourceKey());
            assertThat(cells(keyed.movement().row())).isEqualTo(cells(record.row()));
            assertThat(keyless).isEqualTo(keyed);
        }
        assertThat(movements).hasSizeGreaterThan(100);
    }

    @Test
    void aMalformedRecordIsARejectNamingWhereItCameFromAndWhatIsWrong() {
        String row = MovementLine.value(MovementRecord.of(HistoryGenerator.generate(HistorySpec.preset("small"), 42)
                .movements().get(0)));

        assertThat(reject(null, "")).isEqualTo(new MovementReject(0, "", "movements-2@17: the value is empty"));
        assertThat(reject(null, "abc," + row.substring(row.indexOf(',') + 1)).reason())
                .isEqualTo("movements-2@17: accountId 'abc' is not an account id");
        assertThat(reject(null, "42,\"2025-01-02\",DEPOSIT")).isEqualTo(new MovementReject(42,
                "42,\"2025-01-02\",DEPOSIT", "movements-2@17: expected " + (MovementRecord.COLUMNS.size() + 1)
                        + " columns (" + MovementLine.HEADER + "), got 3"));
        assertThat(reject("7", row)).isEqualTo(new MovementReject(42, row,
                "movements-2@17: the key '7' is not the record's account 42"));
        assertThat(reject(null, row + "\n" + row).reason()).isEqualTo("movements-2@17: the value holds 2 lines, not one");
        assertThat(reject(null, "42,\"unterminated").reason()).startsWith("movements-2@17: the value is not a CSV line (")
                .doesNotContain("\n");

        Incoming binary = MovementLine.read("movements-2@17", null, new byte[] {'4', '2', ',', (byte) 0xC3, (byte) 0x28});
        assertThat(binary.movement()).isNull();
        assertThat(binary.reject().reason()).isEqualTo("movements-2@17: the value is not UTF-8 text");
    }

    @Test
    void aRejectLineIsCsvOfAccountReasonAndRecord() throws Exception {
        MovementReject reject = new MovementReject(42, "42,\"a, b\",x", "movements-0@3: kind 'TELEPORT' is unknown");

        CSVRecord line = CSVFormat.DEFAULT.parse(new StringReader(MovementLine.rejectLine(reject))).getRecords().get(0);

        assertThat(line.toList()).containsExactly("42", reject.reason(), reject.row());
    }

    private static MovementReject reject(String key, String value) {
        Incoming read = MovementLine.read("movements-2@17", key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
        assertThat(read.movement()).isNull();
        return read.reject();
    }

    private static List<String> cells(String row) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(row)).getRecords().get(0).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
