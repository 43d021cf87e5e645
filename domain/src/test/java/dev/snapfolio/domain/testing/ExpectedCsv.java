package dev.snapfolio.domain.testing;

import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares snapshots with a fixture's {@code *.expected.csv} / {@code *.tickers.expected.csv}:
 * exactly the expected rows (keyed by date, currency and, for tickers, ticker), and for each
 * column the expected file has: money to the cent (±0.005), percentages to 4 decimals
 * (±0.00005), counts, booleans and share quantities exactly, an empty {@code marketPrice} as "no
 * price". Returns the differences, one readable line each (empty when they match), so callers can
 * {@code assertThat(diff).isEmpty()}.
 *
 * <p>Other modules can compare their own output (a CLI's CSV, stored rows) by turning it into
 * column maps and calling {@link #diff(Path, List, List)}.
 */
public final class ExpectedCsv {
    public static final List<String> FINANCIAL_KEY = List.of("date", "currency");
    public static final List<String> TICKER_KEY = List.of("date", "ticker", "currency");

    private static final Set<String> PERCENT_COLUMNS = Set.of("realizedPercentage", "unrealizedPercentage", "performance");
    private static final Set<String> EXACT_COLUMNS = Set.of("movementCount", "unpricedPositions", "openTrades", "shares");
    private static final BigDecimal CENT_TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal PERCENT_TOLERANCE = new BigDecimal("0.00005");

    private ExpectedCsv() {
    }

    public static List<String> diffFinancials(Path expected, Collection<FinancialSnapshot> actual) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (FinancialSnapshot s : actual) {
            rows.add(columns(s));
        }
        return diff(expected, rows, FINANCIAL_KEY);
    }

    public static List<String> diffTickers(Path expected, Collection<TickerSnapshot> actual) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (TickerSnapshot s : actual) {
            rows.add(columns(s));
        }
        return diff(expected, rows, TICKER_KEY);
    }

    /** Compares actual rows (column name → plain value; "" or absent for no value) with the expected file. */
    public static List<String> diff(Path expected, List<Map<String, String>> actual, List<String> keyColumns) {
        List<Csv.Row> expectedRows = Csv.read(expected);
        List<String> differences = new ArrayList<>();
        Map<String, Map<String, String>> actualByKey = new LinkedHashMap<>();
        for (Map<String, String> row : actual) {
            String key = key(row, keyColumns);
            if (actualByKey.put(key, row) != null) {
                differences.add("duplicate actual row " + key);
            }
        }
        for (Csv.Row row : expectedRows) {
            String key = key(row.fields(), keyColumns);
            Map<String, String> found = actualByKey.remove(key);
            if (found == null) {
                differences.add("missing row " + key + " (line " + row.line() + ")");
                continue;
            }
            for (Map.Entry<String, String> field : row.fields().entrySet()) {
                String column = field.getKey();
                if (keyColumns.contains(column)) {
                    continue;
                }
                String want = field.getValue().trim();
                String got = found.getOrDefault(column, "");
                got = got == null ? "" : got.trim();
                if (!matches(column, want, got)) {
                    differences.add(key + " " + column + ": expected " + want + " but was " + got);
                }
            }
        }
        for (String key : actualByKey.keySet()) {
            differences.add("unexpected row " + key);
        }
        return differences;
    }

    private static String key(Map<String, String> row, List<String> keyColumns) {
        StringBuilder sb = new StringBuilder();
        for (String column : keyColumns) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            String value = row.get(column);
            sb.append(value == null ? "" : value.trim());
        }
        return sb.toString();
    }

    private static boolean matches(String column, String want, String got) {
        if (want.isEmpty() || got.isEmpty()) {
            return want.isEmpty() && got.isEmpty();
        }
        if (want.equalsIgnoreCase("true") || want.equalsIgnoreCase("false")) {
            return want.equalsIgnoreCase(got);
        }
        BigDecimal w;
        BigDecimal g;
        try {
            w = new BigDecimal(want);
            g = new BigDecimal(got);
        } catch (NumberFormatException e) {
            return want.equals(got);
        }
        if (EXACT_COLUMNS.contains(column)) {
            return w.compareTo(g) == 0;
        }
        BigDecimal tolerance = PERCENT_COLUMNS.contains(column) ? PERCENT_TOLERANCE : CENT_TOLERANCE;
        return w.subtract(g).abs().compareTo(tolerance) <= 0;
    }

    /** A financial snapshot as the fixtures' columns (plain decimals). */
    public static Map<String, String> columns(FinancialSnapshot s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", s.date().toString());
        m.put("currency", s.currency().code());
        m.put("movementCount", Long.toString(s.movementCount()));
        m.put("deposited", plain(s.deposited()));
        m.put("withdrawn", plain(s.withdrawn()));
        m.put("commissions", plain(s.commissions()));
        m.put("fees", plain(s.fees()));
        m.put("dividendsReceived", plain(s.dividendsReceived()));
        m.put("optionsIncome", plain(s.optionsIncome()));
        m.put("otherIncome", plain(s.otherIncome()));
        m.put("realizedGains", plain(s.realizedGains()));
        m.put("netCashFlow", plain(s.netCashFlow()));
        m.put("invested", plain(s.invested()));
        m.put("unrealizedGains", plain(s.unrealizedGains()));
        m.put("realizedPercentage", plain(s.realizedPercentage()));
        m.put("openTrades", Boolean.toString(s.openTrades()));
        m.put("marketValue", plain(s.marketValue()));
        m.put("unrealizedPercentage", plain(s.unrealizedPercentage()));
        m.put("unpricedPositions", Integer.toString(s.unpricedPositions()));
        return m;
    }

    /** A ticker snapshot as the fixtures' columns (plain decimals; "" for no market price). */
    public static Map<String, String> columns(TickerSnapshot s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", s.date().toString());
        m.put("ticker", s.ticker().symbol());
        m.put("currency", s.currency().code());
        m.put("shares", plain(s.shares()));
        m.put("costBasis", plain(s.costBasis()));
        m.put("invested", plain(s.invested()));
        m.put("realized", plain(s.realized()));
        m.put("dividends", plain(s.dividends()));
        m.put("dividendTaxes", plain(s.dividendTaxes()));
        m.put("optionsPremium", plain(s.optionsPremium()));
        m.put("commissions", plain(s.commissions()));
        m.put("fees", plain(s.fees()));
        m.put("totalIncome", plain(s.totalIncome()));
        m.put("capitalDeployed", plain(s.capitalDeployed()));
        m.put("performance", plain(s.performance()));
        m.put("marketPrice", plain(s.marketPrice()));
        m.put("marketValue", plain(s.marketValue()));
        m.put("unrealizedGains", plain(s.unrealizedGains()));
        m.put("openTrades", Boolean.toString(s.openTrades()));
        return m;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
