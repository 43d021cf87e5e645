package dev.snapfolio.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code snapfolio report}: the page's views of one account as a single HTML file that opens
 * without a server — the page, its script, the chart library and the account's data inlined.
 * The holdings table re-reads the inlined ticker rows for a picked date (the last stored row of
 * each ticker on or before it) instead of asking the API.
 */
public final class StaticReport {
    /** The columns the charts and the holdings table read; the rest stay out of the file. */
    static final Set<String> FINANCIAL_COLUMNS = Set.of("marketValue", "invested", "netCashFlow", "realizedGains",
            "unrealizedGains");
    static final Set<String> TICKER_COLUMNS = Set.of("shares", "costBasis", "marketPrice", "marketValue",
            "unrealizedGains", "realized", "totalIncome", "performance", "openTrades");
    private static final int RUNS = 20;

    private final ApiPorts ports;

    @Inject
    public StaticReport(ApiPorts ports) {
        this.ports = ports;
    }

    /** Writes the report of an account (name or id) to {@code out}; returns the account. */
    public Account write(String accountNameOrId, Writer out) {
        Account account = ports.accounts.resolve(accountNameOrId);
        List<FinancialSnapshot> financials = ports.snapshots.financials(account.id(), null, null, null);
        List<TickerSnapshot> tickers = ports.snapshots.tickers(account.id(), null, null, null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", JsonViews.account(account));
        data.put("financials", JsonViews.list(financials, s -> JsonViews.financial(s, FINANCIAL_COLUMNS)));
        data.put("tickers", JsonViews.list(tickers, s -> JsonViews.ticker(s, TICKER_COLUMNS)));
        data.put("runs", JsonViews.list(ports.metrics.runs(RUNS, OptionalLong.of(account.id())), JsonViews::run));
        try {
            out.write(html(PageAssets.load(), SnapfolioHttpServer.mapper(), data));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return account;
    }

    static String html(PageAssets assets, ObjectMapper mapper, Map<String, Object> data) {
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // '<' only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the block
        String script = "<script>window.SNAPFOLIO_DATA = " + json.replace("<", "\\u003c") + ";</script>";
        return assets.html
                .replace("<link rel=\"stylesheet\" href=\"vendor/uPlot.min.css\">", "<style>" + assets.uplotCss + "</style>")
                .replace("<link rel=\"stylesheet\" href=\"app.css\">", "<style>" + assets.appCss + "</style>")
                .replace("<!--DATA-->", script)
                .replace("<script src=\"vendor/uPlot.iife.min.js\"></script>", inline(assets.uplotJs))
                .replace("<script src=\"app.js\"></script>", inline(assets.appJs));
    }

    private static String inline(String js) {
        return "<script>" + js.replace("</script", "<\\/script") + "</script>";
    }
}
