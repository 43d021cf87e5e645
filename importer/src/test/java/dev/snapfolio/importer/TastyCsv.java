package dev.snapfolio.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds Tastytrade export text for tests: rows by column name, quoted where needed. */
final class TastyCsv {
    static final List<String> HEADER = List.of("Date", "Type", "Sub Type", "Action", "Symbol", "Instrument Type",
            "Description", "Value", "Quantity", "Average Price", "Commissions", "Fees", "Multiplier", "Root Symbol",
            "Underlying Symbol", "Expiration Date", "Strike Price", "Call or Put", "Order #", "Total", "Currency");

    private final List<String> header;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private TastyCsv(List<String> header) {
        this.header = header;
    }

    static TastyCsv withTotalAndCurrency() {
        return new TastyCsv(HEADER);
    }

    static TastyCsv withoutTotal() {
        return new TastyCsv(HEADER.stream().filter(c -> !c.equals("Total")).toList());
    }

    static TastyCsv withoutTotalAndCurrency() {
        return new TastyCsv(HEADER.subList(0, 19));
    }

    /** Adds a row; pairs of column name and value. */
    TastyCsv row(String... columnValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnValues.length; i += 2) {
            if (!HEADER.contains(columnValues[i])) {
                throw new IllegalArgumentException("no column " + columnValues[i]);
            }
            row.put(columnValues[i], columnValues[i + 1]);
        }
        rows.add(row);
        return this;
    }

    static String[] optionTrade(String date, String action, String underlying, String expiration, String strike,
            String callPut, String value, String quantity, String commissions, String fees) {
        String subType = switch (action) {
            case "BUY_TO_OPEN" -> "Buy to Open";
            case "SELL_TO_OPEN" -> "Sell to Open";
            case "BUY_TO_CLOSE" -> "Buy to Close";
            default -> "Sell to Close";
        };
        return new String[] {"Date", date, "Type", "Trade", "Sub Type", subType, "Action", action, "Symbol",
            underlying + " OPT", "Instrument Type", "Equity Option", "Description", "an option trade", "Value", value,
            "Quantity", quantity, "Commissions", commissions, "Fees", fees, "Multiplier", "100", "Root Symbol",
            underlying, "Underlying Symbol", underlying, "Expiration Date", expiration, "Strike Price", strike,
            "Call or Put", callPut, "Order #", "1"};
    }

    String text() {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (Map<String, String> row : rows) {
            sb.append(header.stream().map(c -> quote(row.getOrDefault(c, ""))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
