package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads splits from a CSV with the header {@code date,ticker,ratio} (any column order). The ratio
 * is exact ({@link SplitRatio#parse}), new shares to old: {@code 2} or {@code 2:1} for a 2-for-1
 * split, {@code 3:2}, {@code 1:10} (or {@code 0.1}) for a 1-for-10 reverse split; {@code 1:3}, never
 * {@code 0.33333333}. The same ticker and date twice with
 * different ratios is an error; an exact repeat is read once.
 */
public final class SplitCsvReader {
    static final List<String> COLUMNS = List.of("date", "ticker", "ratio");

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
                String ratio = row.text("ratio");
                Split split = ReferenceCsv.build(row, COLUMNS,
                        () -> new Split(ticker.isEmpty() ? null : Ticker.of(ticker), date, SplitRatio.parse(ratio)));
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

    private record Key(Ticker ticker, LocalDate date) {
    }
}
