package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SourceKeyStabilityTest {
    private static final MovementFileImporter TASTY = MovementFileImporter.forSource("tastytrade");
    private static final MovementFileImporter GENERIC = MovementFileImporter.forSource("generic");

    private static List<String> keys(MovementFileImporter importer, String text, long account) {
        return importer.read(new StringReader(text), "f.csv", account, ImportOptions.defaults()).rows().stream()
                .map(r -> r.movement().sourceKey()).toList();
    }

    /** Source key by the row's movement and timestamp, to match rows across files. */
    private static Map<String, String> keyByContent(MovementFileImporter importer, String text) {
        Map<String, String> byContent = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : importer.read(new StringReader(text), "f.csv", 1, ImportOptions.defaults()).rows()) {
            String content = row.movement().timestamp() + " " + row.movement().detail();
            int n = seen.merge(content, 1, Integer::sum);
            byContent.put(content + " #" + n, row.movement().sourceKey());
        }
        return byContent;
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Fixture.path(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tastytrade/PfizerImportTest.csv", "tastytrade/TastytradeDeposits.csv",
        "tastytrade/TastytradeOptionsTest.csv", "generic/stocks-and-events.movements.csv"})
    void readingAFileAgainGivesTheSameKeys(String name) throws IOException {
        MovementFileImporter importer = name.startsWith("generic") ? GENERIC : TASTY;
        String text = fixture(name);
        List<String> first = keys(importer, text, 1);
        assertThat(first).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(keys(importer, text, 1)).isEqualTo(first);
        assertThat(keys(importer, text, 2)).doesNotContainAnyElementsOf(first);
    }

    @Test
    void anOverlappingNewerExportGivesTheSameKeysForTheSameRows() throws IOException {
        List<String> lines = fixture("tastytrade/TastytradeOptionsTest.csv").lines().toList();
        String header = lines.get(0);
        List<String> rows = lines.subList(1, lines.size());
        // Newest first: the older export ends 4 rows before the newest, the newer one starts 9 rows after the oldest.
        String older = header + "\n" + String.join("\n", rows.subList(4, rows.size())) + "\n";
        String newer = header + "\n" + String.join("\n", rows.subList(0, rows.size() - 9)) + "\n";
        Map<String, String> olderKeys = keyByContent(TASTY, older);
        Map<String, String> newerKeys = keyByContent(TASTY, newer);
        Map<String, String> wholeKeys = keyByContent(TASTY, header + "\n" + String.join("\n", rows));
        List<String> shared = olderKeys.keySet().stream().filter(newerKeys::containsKey).toList();
        assertThat(shared).hasSize(rows.size() - 4 - 9);
        shared.forEach(c -> assertThat(newerKeys.get(c)).as(c).isEqualTo(olderKeys.get(c)));
        olderKeys.forEach((c, k) -> assertThat(wholeKeys.get(c)).as(c).isEqualTo(k));
        newerKeys.forEach((c, k) -> assertThat(wholeKeys.get(c)).as(c).isEqualTo(k));
    }

    @Test
    void theHeaderVariantAndTheNumberFormattingDoNotChangeTheKey() {
        String[] row = {"Date", "2025-09-30T22:00:00+0100", "Type", "Money Movement", "Sub Type", "Deposit",
            "Description", "ACH DEPOSIT", "Value", "1,300.00", "Quantity", "0", "Commissions", "--", "Fees", "0.00"};
        String[] rowWithTotal = java.util.Arrays.copyOf(row, row.length + 4);
        System.arraycopy(new String[] {"Total", "1,300.00", "Currency", "USD"}, 0, rowWithTotal, row.length, 4);
        String withTotal = TastyCsv.withTotalAndCurrency().row(rowWithTotal).text();
        String plain = TastyCsv.withoutTotalAndCurrency().row(row).text();
        row[9] = "1300";
        row[13] = "0";
        row[7] = "another description";
        String reformatted = TastyCsv.withoutTotal().row(row).text();
        List<String> expected = keys(TASTY, plain, 1);
        assertThat(keys(TASTY, withTotal, 1)).isEqualTo(expected);
        assertThat(keys(TASTY, reformatted, 1)).isEqualTo(expected);
    }

    @Test
    void theSameInstantWrittenInAnotherOffsetIsTheSameRow() {
        String[] row = {"Date", "2025-09-30T22:00:00+0100", "Type", "Money Movement", "Sub Type", "Deposit",
            "Value", "10"};
        String a = TastyCsv.withoutTotal().row(row).text();
        row[1] = "2025-09-30T21:00:00Z";
        String b = TastyCsv.withoutTotal().row(row).text();
        assertThat(keys(TASTY, b, 1)).isEqualTo(keys(TASTY, a, 1));
    }

    @Test
    void identicalRowsAreTellApartByTheirOccurrenceNumber() {
        String[] row = {"Date", "2024-04-29T18:55:34+0100", "Type", "Money Movement", "Sub Type", "Balance Adjustment",
            "Value", "-0.02"};
        List<String> twice = keys(TASTY, TastyCsv.withoutTotal().row(row).row(row).text(), 1);
        List<String> once = keys(TASTY, TastyCsv.withoutTotal().row(row).text(), 1);
        List<String> thrice = keys(TASTY, TastyCsv.withoutTotal().row(row).row(row).row(row).text(), 1);
        assertThat(twice).doesNotHaveDuplicates().hasSize(2);
        assertThat(twice).containsAll(once);
        assertThat(thrice).containsAll(twice).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void genericKeysIgnoreNotesAndRowOrderButNotContent() {
        String header = String.join(",", GenericCsvImporter.COLUMNS);
        List<String> rows = new ArrayList<>(List.of(
                "2024-01-02,,DEPOSIT,USD,100,,,,,,,,,,,,,,,,,,,,first",
                "2024-01-03,10:00,TRADE,USD,,AAPL,BUY,10,100,1,0,,,,,,,,,,,,,,",
                "2024-01-03,10:00,TRADE,USD,,AAPL,BUY,10,100,1,0,,,,,,,,,,,,,,",
                "2024-01-04,,FEE,USD,2,,,,,,,,,,,,,,,,,,,,"));
        List<String> original = keys(GENERIC, header + "\n" + String.join("\n", rows), 1);
        assertThat(original).doesNotHaveDuplicates();

        List<String> shuffled = new ArrayList<>(rows);
        java.util.Collections.shuffle(shuffled, new Random(42));
        shuffled.replaceAll(r -> r.replace(",first", ",edited note").replace(",100,1,0,", ",100.00,1.0,,"));
        assertThat(keys(GENERIC, header + "\n" + String.join("\n", shuffled), 1)).containsExactlyInAnyOrderElementsOf(original);

        List<String> changed = new ArrayList<>(rows);
        changed.set(3, "2024-01-04,,FEE,USD,2.01,,,,,,,,,,,,,,,,,,,,");
        List<String> changedKeys = keys(GENERIC, header + "\n" + String.join("\n", changed), 1);
        assertThat(changedKeys.subList(0, 3)).isEqualTo(original.subList(0, 3));
        assertThat(changedKeys.get(3)).isNotEqualTo(original.get(3));
    }

    @Test
    void aFileSplitInOverlappingHalvesYieldsTheKeysOfTheWhole(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        List<String> lines = fixture("generic/stocks-and-events.movements.csv").lines().toList();
        String header = lines.get(0);
        List<String> rows = lines.subList(1, lines.size());
        String whole = header + "\n" + String.join("\n", rows);
        String first = header + "\n" + String.join("\n", rows.subList(0, 8));
        String second = header + "\n" + String.join("\n", rows.subList(5, rows.size()));
        List<String> union = new ArrayList<>(keys(GENERIC, first, 1));
        keys(GENERIC, second, 1).stream().filter(k -> !union.contains(k)).forEach(union::add);
        assertThat(union).containsExactlyInAnyOrderElementsOf(keys(GENERIC, whole, 1));
    }
}
