package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Split;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads splits from a CSV with the header {@code date,ticker,ratio} (any column order). The ratio
 * is the number of new shares per old share: {@code 2} or {@code 2:1} for a 2-for-1 split,
 * {@code 0.1} or {@code 1:10} for a 1-for-10 reverse split. The same ticker and date twice with
 * different ratios is an error; an exact repeat is read once.
 */
public final class SplitCsvReader {
    static final List<String> COLUMNS = List.of("date", "ticker", "ratio");
    private static final Pattern RATIO = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*[:/]\\s*(\\d+(?:\\.\\d+)?)\\s*");

    public SplitCsvReader() {
        // a plain class: the command creates or injects it
    }

    /** @throws ImportException naming file, line and column of the first problem */
    public List<Split> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return ReferenceCsv.read(file, reader -> read(reader, name));
    }

    public List<Split> read(Reader reader, String fileName) {
        List<Split> splits = new ArrayList<>();
        Map<Key, Integer> lineOf = new HashMap<>();
        try (CsvTable table = ReferenceCsv.open(reader, fileName, COLUMNS, "a split file")) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                LocalDate date = Cells.isoDate(row, "date");
                String ticker = row.text("ticker");
                BigDecimal ratio = ratio(row);
                Split split = ReferenceCsv.build(row, COLUMNS,
                        () -> new Split(ticker.isEmpty() ? null : Ticker.of(ticker), date, ratio));
                Key key = new Key(split.ticker(), split.date());
                Integer earlier = lineOf.putIfAbsent(key, row.line());
                if (earlier == null) {
                    splits.add(split);
                } else if (!splits.contains(split)) {
                    throw row.error("ratio", "a different split of " + split.ticker() + " on " + split.date()
                            + " is on line " + earlier);
                }
            }
        }
        return List.copyOf(splits);
    }

    /** "2", "0.1", or "new:old" such as "2:1" and "1:10". */
    static BigDecimal ratio(CsvRow row) {
        Matcher m = RATIO.matcher(row.text("ratio"));
        if (!m.matches()) {
            return Cells.decimal(row, "ratio", false);
        }
        BigDecimal newShares = new BigDecimal(m.group(1));
        BigDecimal oldShares = new BigDecimal(m.group(2));
        if (newShares.signum() == 0 || oldShares.signum() == 0) {
            throw row.error("ratio", "must be > 0 on both sides, got " + row.text("ratio"));
        }
        return Decimals.divide(newShares, oldShares);
    }

    private record Key(Ticker ticker, LocalDate date) {
    }
}
