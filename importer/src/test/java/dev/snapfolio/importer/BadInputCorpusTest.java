package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.domain.movement.Movement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files under {@code importer/bad/}: each gives its error with file, line and column — or
 * imports correctly where the input is valid after all. The reader is the one the file's prefix
 * names: {@code t-} Tastytrade, {@code g-} generic, {@code p-} prices, {@code s-} splits.
 */
class BadInputCorpusTest {

    private static Runnable reader(String file) {
        Path path = Fixture.resource("bad/" + file);
        return switch (file.substring(0, 2)) {
            case "t-" -> () -> MovementFileImporter.forSource("tastytrade").read(path, 1, ImportOptions.defaults());
            case "g-" -> () -> MovementFileImporter.forSource("generic").read(path, 1, ImportOptions.defaults());
            case "p-" -> () -> new PriceCsvReader().read(path);
            case "s-" -> () -> new SplitCsvReader().read(path);
            default -> throw new IllegalArgumentException(file);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            t-wrong-header.csv               | 1 | -               | not a Tastytrade transaction history: the header lacks column Sub Type
            t-generic-file-as-tastytrade.csv | 1 | -               | not a Tastytrade transaction history: the header lacks columns Date, Type, Sub Type, Action, Symbol, Instrument Type, Description, Value, Quantity, Average Price, Commissions, Fees, Multiplier, Root Symbol, Underlying Symbol, Expiration Date, Strike Price, Call or Put, Order #
            t-missing-columns.csv            | 3 | -               | has 19 fields, the header has 21
            t-bad-date.csv                   | 2 | Date            | not a timestamp '2025-13-30T22:00:00+0100' (expected e.g. 2025-10-03T20:55:09+0100)
            t-bad-offset.csv                 | 2 | Date            | bad time offset in '2025-09-30T22:00:00+2500'
            t-bad-number.csv                 | 3 | Value           | not a number '1,3x0'
            t-unknown-type.csv               | 3 | Type            | unsupported row type 'Money Movement / Mark to Market' (--skip-unsupported skips such rows)
            t-option-without-strike.csv      | 2 | Strike Price    | is required for an option
            t-negative-quantity.csv          | 2 | Quantity        | must be > 0, got -1
            t-empty.csv                      | 0 | -               | is empty; expected the header Date,Type,Sub Type,Action,Symbol,Instrument Type,Description,Value,Quantity,Average Price,Commissions,Fees,Multiplier,Root Symbol,Underlying Symbol,Expiration Date,Strike Price,Call or Put,Order #[,Total][,Currency]
            t-crlf-bad-line.csv              | 4 | Date            | not a timestamp 'yesterday' (expected e.g. 2025-10-03T20:55:09+0100)
            t-multiline-then-bad.csv         | 5 | Commissions     | not a number 'abc'
            t-bad-expiration.csv             | 2 | Expiration Date | not a date '2/30/25' (expected M/D/YY)
            t-unterminated-quote.csv         | 3 | -               | malformed CSV: Invalid character between encapsulated token and delimiter at line: 3, position: 412
            t-quote-never-closed.csv         | 3 | -               | malformed CSV: EOF reached before encapsulated token finished
            t-not-utf8.csv                   | 2 | Description     | is not UTF-8 text (save the file as UTF-8)
            t-bad-currency.csv               | 2 | Currency        | currency must be a 3-letter code, got 'US'
            t-trade-after-expiration.csv     | 2 | Date            | timestamp of an option trade must be on or before its expiration 2025-10-10, got 2025-10-11
            t-buy-with-positive-premium.csv  | 2 | Value           | premium of a BUY_TO_OPEN must be <= 0 (cash paid), got 51.000000
            t-bad-call-put.csv               | 2 | Call or Put     | not CALL or PUT: 'STRADDLE'
            t-dividend-without-symbol.csv    | 2 | Symbol          | is required for a dividend
            g-unknown-column.csv             | 1 | -               | unknown column 'ammount' (the columns of a generic movement file are date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,targetCurrency,amountIn,notes,id,sourceKey)
            g-missing-required-column.csv    | 1 | -               | not a generic movement file: the header lacks column currency
            g-duplicate-column.csv           | 1 | -               | the header names column 'amount' twice
            g-bad-kind.csv                   | 3 | kind            | unknown kind 'SHARE_BUY' (expected one of DEPOSIT, WITHDRAWAL, FEE, INTEREST, INTEREST_PAID, LENDING_INCOME, DIVIDEND, DIVIDEND_TAX, TRADE, OPTION_TRADE, OPTION_EVENT, OPTION_ADJUSTMENT, SECURITY_IN, SECURITY_OUT, CONVERSION)
            g-bad-date.csv                   | 2 | date            | not a date '01/02/2024' (expected YYYY-MM-DD)
            g-bad-time.csv                   | 2 | time            | not a time '25:00' (expected HH:MM, HH:MM:SS or HH:MM:SS.fraction)
            g-bad-number.csv                 | 2 | price           | not a number '1O0'
            g-huge-number.csv                | 2 | amount          | number too large '123456789012345678901'
            g-negative-quantity.csv          | 2 | quantity        | must be > 0, got -10
            g-option-without-strike.csv      | 2 | strike          | is required for kind OPTION_TRADE
            g-unused-column.csv              | 2 | ticker          | is not used by kind DEPOSIT (leave it empty; DEPOSIT uses amount, commissions, fees)
            g-notes-too-long.csv             | 2 | notes           | is longer than 2000 characters (2001)
            p-wrong-header.csv               | 1 | -               | not a price file: the header lacks column ticker
            p-bad-close.csv                  | 3 | close           | must be > 0, got -3
            p-conflicting-close.csv          | 4 | close           | a different close for AAPL USD on 2024-01-04 is on line 2
            s-bad-ratio.csv                  | 3 | ratio           | must be n:d or a number (e.g. 2, 3:2 or 1:3), got 'ten'
            s-ratio-one.csv                  | 2 | ratio           | must not be 1
            """)
    void badFileGivesItsErrorWithFileLineAndColumn(String file, int line, String column, String problem) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> reader(file).run());
        assertThat(e).as(file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.problem()).isEqualTo(problem);
        String location = line > 0 ? file + ":" + line : file;
        assertThat(e.getMessage()).isEqualTo(location + ": " + (column == null ? "" : "column " + column + ": ") + problem)
                .doesNotContain("\n");
    }

    private static List<Movement> tasty(String file) {
        return MovementFileImporter.forSource("tastytrade").read(Fixture.resource("bad/" + file), 1,
                ImportOptions.defaults()).rows().stream().map(ImportRow::movement).toList();
    }

    @Test
    void aByteOrderMarkBlankLinesAndCrlfAreValidInput() {
        List<Movement> plain = tasty("t-blank-lines.csv");
        assertThat(plain).hasSize(2);
        assertThat(tasty("t-bom.csv")).isEqualTo(plain);
        List<Movement> crlf = tasty("t-crlf.csv");
        assertThat(crlf).hasSize(3);
        assertThat(crlf).filteredOn(m -> m.detail().contract() == null).isEqualTo(plain);
    }

    @Test
    void quotesLineBreaksAndSqlInTheDescriptionAreKeptAsText() {
        List<Movement> movements = tasty("t-quotes-and-sql.csv");
        assertThat(movements).extracting(Movement::notes).containsExactly("line one\nline two, 'quoted' \"twice\"",
                "Robert'); DROP TABLE movement; -- said \"hi\", paid 1,000");
    }

    @Test
    void aFileWithOnlyTheHeaderHasNoMovements() {
        assertThat(tasty("t-header-only.csv")).isEmpty();
    }

    private static final List<String> VALID = List.of("t-blank-lines.csv", "t-bom.csv", "t-crlf.csv",
            "t-quotes-and-sql.csv", "t-header-only.csv");

    @Test
    void everyOtherFileOfTheCorpusIsRejected() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Fixture.resource("bad"))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).containsAll(VALID).hasSizeGreaterThanOrEqualTo(20 + VALID.size());
        for (String file : files) {
            if (!VALID.contains(file)) {
                assertThat(catchThrowableOfType(ImportException.class, () -> reader(file).run())).as(file).isNotNull();
            }
        }
    }

    @Test
    void aTenMegabyteFileIsReadAndAnErrorAtItsEndNamesTheRightLine(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.csv");
        String header = String.join(",", TastyCsv.HEADER);
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            long day = 0;
            while (Files.size(big) + rows * 0L < 10L * 1024 * 1024 && rows < 1_000_000) {
                for (int i = 0; i < 1000; i++, rows++) {
                    String date = java.time.LocalDate.of(2015, 1, 1).plusDays(day++ % 3650) + "T10:00:00+0000";
                    out.write(date + ",Money Movement,Deposit,,,,\"Wire, \"\"funds\"\"\",\"1,000.00\",0,,--,0.00,,,,,,,,"
                            + "\"1,000.00\",USD\n");
                }
                out.flush();
            }
        }
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(10L * 1024 * 1024);
        long start = System.nanoTime();
        ParsedMovements parsed = MovementFileImporter.forSource("tastytrade").read(big, 1, ImportOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(parsed.rows()).hasSize(rows);
        assertThat(parsed.rows().stream().map(r -> r.movement().sourceKey()).distinct().count()).isEqualTo(rows);
        // Baseline in the same run: commons-csv alone, reading the same records.
        long baselineStart = System.nanoTime();
        long records = 0;
        try (var in = Files.newBufferedReader(big, StandardCharsets.UTF_8);
                var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(in)) {
            for (var record : parser) {
                records += record.size() > 0 ? 1 : 0;
            }
        }
        long baselineMillis = (System.nanoTime() - baselineStart) / 1_000_000;
        assertThat(records).isEqualTo(rows + 1L);
        System.out.printf("read %d rows (%d bytes) in %d ms; commons-csv alone %d ms (x%.1f)%n", rows, Files.size(big),
                millis, baselineMillis, (double) millis / Math.max(1, baselineMillis));

        Files.writeString(big, "2025-01-01T10:00:00+0000,Money Movement,Deposit,,,,x,1x,0,,--,0.00,,,,,,,,1,USD\n",
                java.nio.file.StandardOpenOption.APPEND);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> MovementFileImporter.forSource("tastytrade").read(big, 1, ImportOptions.defaults()));
        assertThat(e.getMessage()).isEqualTo("big.csv:" + (rows + 2) + ": column Value: not a number '1x'");
    }
}
