package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads market closes from a CSV with the header {@code date,ticker,currency,close} (any column
 * order): ISO dates, a close &gt; 0. The same ticker, currency and date twice with different closes
 * is an error (which one would be meant?); an exact repeat is read once.
 */
public final class PriceCsvReader {
    static final List<String> COLUMNS = List.of("date", "ticker", "currency", "close");

    public PriceCsvReader() {
        // a plain class: the command creates or injects it
    }

    /** @throws ImportException naming file, line and column of the first problem */
    public List<Price> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return ReferenceCsv.read(file, reader -> read(reader, name));
    }

    public List<Price> read(Reader reader, String fileName) {
        List<Price> prices = new ArrayList<>();
        Map<Key, Integer> lineOf = new HashMap<>();
        try (CsvTable table = ReferenceCsv.open(reader, fileName, COLUMNS, "a price file")) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                LocalDate date = Cells.isoDate(row, "date");
                String ticker = row.text("ticker");
                String currency = row.text("currency");
                BigDecimal close = Cells.decimal(row, "close", false);
                Price price = ReferenceCsv.build(row, COLUMNS, () -> new Price(ticker.isEmpty() ? null : Ticker.of(ticker),
                        currency.isEmpty() ? null : Currency.of(currency), date, close));
                Key key = new Key(price.ticker(), price.currency(), price.date());
                Integer earlier = lineOf.putIfAbsent(key, row.line());
                if (earlier == null) {
                    prices.add(price);
                } else if (!prices.contains(price)) {
                    throw row.error("close", "a different close for " + price.ticker() + " " + price.currency() + " on "
                            + price.date() + " is on line " + earlier);
                }
            }
        }
        return List.copyOf(prices);
    }

    private record Key(Ticker ticker, Currency currency, LocalDate date) {
    }
}
