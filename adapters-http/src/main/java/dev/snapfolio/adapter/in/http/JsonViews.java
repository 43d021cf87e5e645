package dev.snapfolio.adapter.in.http;

import dev.snapfolio.application.port.in.ProcessingMetrics;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.Difference;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.domain.reference.FxRate;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Holdings;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the API answers, as plain maps and lists: the keys are the column names of the command
 * line's CSV/JSON output (the fixtures' headers), values are plain decimals, ISO dates and text, so
 * a client reads the same names whichever adapter it uses.
 */
final class JsonViews {
    /** The financial columns, in the order of {@code snapshots --format csv}. */
    static final List<String> FINANCIAL_COLUMNS = List.of("date", "currency", "movementCount", "deposited", "withdrawn",
            "commissions", "fees", "dividendsReceived", "optionsIncome", "otherIncome", "realizedGains", "netCashFlow",
            "invested", "unrealizedGains", "realizedPercentage", "openTrades", "marketValue", "unrealizedPercentage",
            "unpricedPositions");
    /** The ticker columns, in the order of {@code snapshots --tickers --format csv}. */
    static final List<String> TICKER_COLUMNS = List.of("date", "ticker", "currency", "shares", "costBasis", "invested",
            "realized", "dividends", "dividendTaxes", "optionsPremium", "commissions", "fees", "totalIncome",
            "capitalDeployed", "performance", "openTrades", "marketPrice", "marketValue", "unrealizedGains");

    private JsonViews() {
    }

    static Map<String, Object> account(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("broker", a.broker());
        m.put("currency", a.currency().code());
        return m;
    }

    static Map<String, Object> movement(Movement movement) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", movement.id());
        Map<MovementField, Object> values = MovementFields.values(movement);
        for (MovementField field : MovementField.values()) {
            Object value = values.get(field);
            if (value != null) {
                m.put(field.column(), value instanceof LocalDate d ? d.toString()
                        : value instanceof BigDecimal n ? n.stripTrailingZeros() : value);
            }
        }
        return m;
    }

    /** A financial row, limited to {@code columns} (all when empty; date and currency always). */
    static Map<String, Object> financial(FinancialSnapshot s, Set<String> columns) {
        Object[] values = {s.date().toString(), s.currency().code(), s.movementCount(), s.deposited(), s.withdrawn(),
            s.commissions(), s.fees(), s.dividendsReceived(), s.optionsIncome(), s.otherIncome(), s.realizedGains(),
            s.netCashFlow(), s.invested(), s.unrealizedGains(), s.realizedPercentage(), s.openTrades(),
            s.marketValue(), s.unrealizedPercentage(), s.unpricedPositions()};
        return row(FINANCIAL_COLUMNS, values, columns, Set.of("date", "currency"));
    }

    /** A ticker row, limited to {@code columns} (all when empty; date, ticker and currency always). */
    static Map<String, Object> ticker(TickerSnapshot s, Set<String> columns) {
        Object[] values = {s.date().toString(), s.ticker().symbol(), s.currency().code(), s.shares(), s.costBasis(),
            s.invested(), s.realized(), s.dividends(), s.dividendTaxes(), s.optionsPremium(), s.commissions(), s.fees(),
            s.totalIncome(), s.capitalDeployed(), s.performance(), s.openTrades(), s.marketPrice(), s.marketValue(),
            s.unrealizedGains()};
        return row(TICKER_COLUMNS, values, columns, Set.of("date", "ticker", "currency"));
    }

    private static Map<String, Object> row(List<String> names, Object[] values, Set<String> wanted, Set<String> keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (wanted.isEmpty() || wanted.contains(name) || keys.contains(name)) {
                m.put(name, values[i] instanceof BigDecimal d ? d.stripTrailingZeros() : values[i]);
            }
        }
        return m;
    }

    static Map<String, Object> run(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("accountId", r.accountId());
        m.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
        m.put("trigger", name(r.trigger()));
        m.put("requested", name(r.requested()));
        m.put("used", name(r.used()));
        m.put("strategyReason", r.strategyReason());
        m.put("fallbackReason", name(r.fallbackReason()));
        m.put("from", r.fromDate() == null ? null : r.fromDate().toString());
        m.put("to", r.toDate() == null ? null : r.toDate().toString());
        m.put("dates", r.dates());
        m.put("movements", r.movements());
        Map<String, Integer> rows = new TreeMap<>();
        r.rowsByScenario().forEach((scenario, count) -> rows.put(scenario.name(), count));
        m.put("rowsByScenario", rows);
        m.put("loadMs", r.loadMs());
        m.put("calcMs", r.calcMs());
        m.put("persistMs", r.persistMs());
        m.put("totalMs", r.totalMs());
        m.put("queries", r.queries());
        m.put("status", name(r.status()));
        m.put("error", r.error());
        return m;
    }

    /** What a mutation caused: the run, or that it was deferred to refresh. */
    static Map<String, Object> processing(ProcessingOutcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", outcome.run().status().name());
        m.put("deferred", outcome.deferred());
        m.put("run", run(outcome.run()));
        return m;
    }

    static Map<String, Object> settings(ProcessingSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchEnabled", s.batchEnabled());
        Map<String, String> strategies = new TreeMap<>();
        s.strategies().forEach((trigger, strategy) -> strategies.put(trigger.name(), strategy.name()));
        m.put("strategies", strategies);
        m.put("rolloutPercent", s.rolloutPercent());
        m.put("autoMaxPerDateDates", s.autoMaxPerDateDates());
        m.put("expiryGraceDays", s.expiryGraceDays());
        m.put("sources", new TreeMap<>(s.sources()));
        return m;
    }

    static Map<String, Object> metrics(ProcessingMetrics p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchAttempts", p.batchAttempts());
        m.put("batchSuccesses", p.batchSuccesses());
        m.put("fallbacksByReason", names(p.fallbacksByReason()));
        m.put("perDateRuns", p.perDateRuns());
        m.put("failedRuns", p.failedRuns());
        m.put("deferredRuns", p.deferredRuns());
        m.put("averageMsByStrategy", names(p.averageMsByStrategy()));
        m.put("p95MsByStrategy", names(p.p95MsByStrategy()));
        return m;
    }

    static Map<String, Object> verify(VerifyReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clean", report.clean());
        m.put("accountsChecked", report.accountsChecked());
        m.put("rowsChecked", report.rowsChecked());
        m.put("repaired", report.repaired());
        List<Map<String, Object>> differences = new ArrayList<>();
        for (Difference d : report.differences()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("accountId", d.accountId());
            row.put("date", d.date() == null ? null : d.date().toString());
            row.put("kind", d.kind());
            row.put("key", d.key());
            row.put("stored", d.stored());
            row.put("expected", d.expected());
            differences.add(row);
        }
        m.put("differences", differences);
        return m;
    }

    /** Holdings: the date, then positions, options and cash per currency (unpriced positions: nulls). */
    static Map<String, Object> holdings(Holdings h) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", h.date().toString());
        body.put("positions", list(h.positions(), p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticker", p.ticker().symbol());
            m.put("currency", p.currency().code());
            m.put("quantity", plain(p.shares()));
            m.put("costBasis", plain(p.costBasis()));
            m.put("cost", plain(p.totalCost()));
            m.put("price", plain(p.price()));
            m.put("priceDate", p.priceDate() == null ? null : p.priceDate().toString());
            m.put("marketValue", plain(p.marketValue()));
            m.put("unrealized", plain(p.unrealizedGains()));
            m.put("weight", plain(p.weight()));
            return m;
        }));
        body.put("options", list(h.options(), o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contract", o.contract().toString());
            m.put("underlying", o.contract().underlying().symbol());
            m.put("callPut", o.contract().type().name());
            m.put("strike", plain(o.contract().strike()));
            m.put("expiration", o.contract().expiration().toString());
            m.put("multiplier", plain(o.contract().multiplier()));
            m.put("currency", o.currency().code());
            m.put("contracts", plain(o.contracts()));
            m.put("openNet", plain(o.openNet()));
            return m;
        }));
        body.put("cash", list(h.cash(), c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("currency", c.currency().code());
            m.put("cash", plain(c.cash()));
            m.put("marketValue", plain(c.marketValue()));
            m.put("netWorth", plain(c.netWorth()));
            m.put("unpricedPositions", c.unpricedPositions());
            return m;
        }));
        return body;
    }

    /** Summary: per currency the financial row with cash and net worth (and, with a base, the FX rate used), then the total. */
    static Map<String, Object> summary(PortfolioQueries.Summary s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", s.date().toString());
        body.put("currencies", list(s.lines(), line -> {
            Map<String, Object> m = new LinkedHashMap<>(financial(line.snapshot(), Set.of()));
            m.put("cash", plain(line.cash()));
            m.put("netWorth", plain(line.netWorth()));
            if (s.total().isPresent()) {
                m.put("fxPair", line.rate().map(r -> r.close().ticker().symbol()).orElse(null));
                m.put("fxRate", line.rate().map(FxRate::rate).map(JsonViews::plain).orElse(null));
                m.put("fxDate", line.rate().map(r -> r.date().toString()).orElse(null));
                m.put("netWorthInBase", plain(line.netWorthInBase()));
            }
            return m;
        }));
        body.put("total", s.total().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("currency", t.base().code());
            m.put("cash", plain(t.cash()));
            m.put("marketValue", plain(t.marketValue()));
            m.put("netWorth", plain(t.netWorth()));
            return m;
        }).orElse(null));
        return body;
    }

    /** A decimal without trailing zeros (6.00000000 is 6), as the snapshot rows print them; null stays null. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static <T> List<Map<String, Object>> list(Collection<T> items, java.util.function.Function<T, Map<String, Object>> view) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(view.apply(item));
        }
        return out;
    }

    private static <K extends Enum<K>, V> Map<String, V> names(Map<K, V> map) {
        Map<String, V> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
