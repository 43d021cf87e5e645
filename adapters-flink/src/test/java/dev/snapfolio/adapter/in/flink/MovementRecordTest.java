package dev.snapfolio.adapter.in.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.importer.ImportOptions;
import dev.snapfolio.importer.MovementFileImporter;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A movement travels as one generic CSV row with its source key and reads back as the same movement. */
class MovementRecordTest {
    @Test
    void everyGeneratedMovementReadsBackEqualWithItsSourceKey() {
        List<Movement> movements = HistoryGenerator.generate(HistorySpec.preset("small"), 7).movements();
        MovementFileImporter reader = MovementFileImporter.forSource("generic");

        for (Movement movement : movements) {
            MovementRecord record = MovementRecord.of(movement);
            List<ImportRow> rows = reader.read(new StringReader(MovementRecord.HEADER + "\n" + record.row()), "t", 7,
                    ImportOptions.defaults()).rows();

            assertThat(record.accountId()).isEqualTo(7);
            assertThat(MovementRecord.sourceKeyOf(record.row())).isEqualTo(movement.sourceKey());
            assertThat(rows).singleElement().satisfies(row -> assertThat(row.movement()).isEqualTo(movement));
        }
        assertThat(movements).hasSizeGreaterThan(100);
    }

    @Test
    void aRowWithoutASourceKeyOrOfTheWrongShapeHasNone() {
        Movement keyless = Movement.of(3, java.time.LocalDateTime.parse("2025-01-02T10:00"), Currency.USD,
                new dev.snapfolio.domain.movement.Deposit(new java.math.BigDecimal("10")));

        assertThat(MovementRecord.sourceKeyOf(MovementRecord.of(keyless.withSourceKey("k-1")).row())).isEqualTo("k-1");
        assertThat(MovementRecord.sourceKeyOf("\"2025-01-02\",\"10:00\",\"DEPOSIT\"")).isEmpty();
        assertThat(MovementRecord.sourceKeyOf("\"unterminated")).isEmpty();
    }
}
