package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.application.port.out.AccountRangeStore.RowsFingerprint;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The fingerprint of an account's stored rows, per table: the number of rows and the sum of a
 * 60-bit hash of each row's text — computed by the server over what it stores (one grouped query
 * per table for a range of accounts, {@link #FINANCIALS}, {@link #TICKERS}, {@link #STATES}) and
 * here over rows a rebuild computed. The one place that defines a row's text: its columns in table
 * order joined by {@code |}, dates ISO, decimals with the column's scale as the server prints them,
 * booleans 0/1, a NULL as {@code \N}, a state as its encoded body; the hash is the first 15 hex
 * digits of the text's MD5 (UTF-8). Sums are compared modulo 2^64. Equal fingerprints mean, short of
 * a hash collision, equal rows; a value that cannot be written at the column's scale gives no
 * fingerprint ({@link #of} returns null), so its account is compared row by row.
 */
final class RowFingerprints {
    static final int MONEY_SCALE = 6;
    static final int SHARES_SCALE = 8;

    private static final String FINANCIAL_TEXT = "CONCAT_WS('|', snapshot_date, currency, movement_count, deposited,"
            + " withdrawn, commissions, fees, dividends_received, options_income, other_income, realized_gains,"
            + " net_cash_flow, invested, unrealized_gains, realized_percentage, open_trades, market_value,"
            + " unrealized_percentage, unpriced_positions)";
    private static final String TICKER_TEXT = "CONCAT_WS('|', snapshot_date, ticker, currency, shares, cost_basis,"
            + " invested, realized, dividends, dividend_taxes, options_premium, commissions, fees, total_income,"
            + " capital_deployed, performance, IFNULL(market_price, '\\\\N'), market_value, unrealized_gains,"
            + " open_trades)";
    private static final String STATE_TEXT = "CONCAT_WS('|', state_date, body)";

    static final String FINANCIALS = grouped(FINANCIAL_TEXT, "financial_snapshot", "snapshot_date");
    static final String TICKERS = grouped(TICKER_TEXT, "ticker_snapshot", "snapshot_date");
    static final String STATES = grouped(STATE_TEXT, "account_state", "state_date");

    private static String grouped(String text, String table, String dateColumn) {
        return "SELECT account_id, COUNT(*), SUM(CAST(CONV(LEFT(MD5(" + text + "), 15), 16, 10) AS UNSIGNED))"
                + " FROM " + table + " WHERE account_id BETWEEN ? AND ? AND " + dateColumn + " <= ?"
                + " GROUP BY account_id";
    }

    /** One text buffer and digest per compute thread. */
    private static final ThreadLocal<RowText> TEXT = ThreadLocal.withInitial(() -> new RowText(md5()));

    private RowFingerprints() {
    }

    /**
     * The fingerprint of the rows an account would store: its computed financial and ticker rows
     * and states (a computation against nothing stored has them all as inserts and upserts); null
     * when a value does not fit its column's scale exactly.
     */
    static RowsFingerprint of(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers,
            List<AccountState> states) {
        RowText text = TEXT.get();
        long sum = 0;
        for (FinancialSnapshot f : financials) {
            text.clear();
            if (!financialText(f, text)) {
                return null;
            }
            sum += text.hash();
        }
        long financialSum = sum;
        sum = 0;
        for (TickerSnapshot t : tickers) {
            text.clear();
            if (!tickerText(t, text)) {
                return null;
            }
            sum += text.hash();
        }
        long tickerSum = sum;
        sum = 0;
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        for (AccountState s : states) {
            text.clear();
            text.date(StateRow.requireDate(s)).separator();
            encoder.encode(s, text);
            sum += text.hash();
        }
        return new RowsFingerprint(financials.size(), financialSum, tickers.size(), tickerSum, states.size(), sum);
    }

    /** The fingerprint of the rows {@code changes} inserts and upserts (what a computation against nothing stored gives). */
    static RowsFingerprint of(SnapshotChanges changes) {
        return of(changes.insertFinancials(), changes.insertTickers(), changes.upsertStates());
    }

    /** A financial row's text as bytes: the text of the class comment, in UTF-8. */
    static boolean financialText(FinancialSnapshot f, RowText out) {
        out.date(f.date()).separator().string(f.currency().code()).separator().integer(f.movementCount());
        return money(out, f.deposited()) && money(out, f.withdrawn()) && money(out, f.commissions())
                && money(out, f.fees()) && money(out, f.dividendsReceived()) && money(out, f.optionsIncome())
                && money(out, f.otherIncome()) && money(out, f.realizedGains()) && money(out, f.netCashFlow())
                && money(out, f.invested()) && money(out, f.unrealizedGains()) && money(out, f.realizedPercentage())
                && flag(out, f.openTrades()) && money(out, f.marketValue()) && money(out, f.unrealizedPercentage())
                && count(out, f.unpricedPositions());
    }

    /** A ticker row's text as bytes: the text of the class comment, in UTF-8. */
    static boolean tickerText(TickerSnapshot t, RowText out) {
        out.date(t.date()).separator().string(t.ticker().symbol()).separator().string(t.currency().code());
        return decimal(out, t.shares(), SHARES_SCALE) && money(out, t.costBasis()) && money(out, t.invested())
                && money(out, t.realized()) && money(out, t.dividends()) && money(out, t.dividendTaxes())
                && money(out, t.optionsPremium()) && money(out, t.commissions()) && money(out, t.fees())
                && money(out, t.totalIncome()) && money(out, t.capitalDeployed()) && money(out, t.performance())
                && money(out, t.marketPrice()) && money(out, t.marketValue()) && money(out, t.unrealizedGains())
                && flag(out, t.openTrades());
    }

    private static boolean money(RowText out, BigDecimal value) {
        return decimal(out, value, MONEY_SCALE);
    }

    /** As {@link #decimal(StringBuilder, BigDecimal, int)}, into bytes. */
    static boolean decimal(RowText out, BigDecimal value, int scale) {
        out.separator();
        if (value == null) {
            out.nullValue();
            return true;
        }
        return out.decimal(value, scale);
    }

    private static boolean flag(RowText out, boolean value) {
        out.separator().ascii(value ? '1' : '0');
        return true;
    }

    private static boolean count(RowText out, int value) {
        out.separator().integer(value);
        return true;
    }


    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
