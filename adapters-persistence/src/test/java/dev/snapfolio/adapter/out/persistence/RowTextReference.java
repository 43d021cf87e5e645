package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;

/**
 * The fingerprint text of a row written the plain way, with Strings and {@code BigDecimal}: the
 * reference that {@link RowText}'s bytes must equal and that the server's fingerprints are checked
 * against ({@link RowTextTest}, {@link RowFingerprintsTest}).
 */
final class RowTextReference {
    private RowTextReference() {
    }

    static boolean financialText(FinancialSnapshot f, StringBuilder out) {
        out.append(f.date()).append('|').append(f.currency().code()).append('|').append(f.movementCount());
        return money(out, f.deposited()) && money(out, f.withdrawn()) && money(out, f.commissions())
                && money(out, f.fees()) && money(out, f.dividendsReceived()) && money(out, f.optionsIncome())
                && money(out, f.otherIncome()) && money(out, f.realizedGains()) && money(out, f.netCashFlow())
                && money(out, f.invested()) && money(out, f.unrealizedGains()) && money(out, f.realizedPercentage())
                && flag(out, f.openTrades()) && money(out, f.marketValue()) && money(out, f.unrealizedPercentage())
                && count(out, f.unpricedPositions());
    }

    static boolean tickerText(TickerSnapshot t, StringBuilder out) {
        out.append(t.date()).append('|').append(t.ticker().symbol()).append('|').append(t.currency().code());
        return decimal(out, t.shares(), RowFingerprints.SHARES_SCALE) && money(out, t.costBasis()) && money(out, t.invested())
                && money(out, t.realized()) && money(out, t.dividends()) && money(out, t.dividendTaxes())
                && money(out, t.optionsPremium()) && money(out, t.commissions()) && money(out, t.fees())
                && money(out, t.totalIncome()) && money(out, t.capitalDeployed()) && money(out, t.performance())
                && money(out, t.marketPrice()) && money(out, t.marketValue()) && money(out, t.unrealizedGains())
                && flag(out, t.openTrades());
    }

    static void stateText(LocalDate date, String body, StringBuilder out) {
        out.append(date).append('|').append(body);
    }

    private static boolean money(StringBuilder out, BigDecimal value) {
        return decimal(out, value, RowFingerprints.MONEY_SCALE);
    }

    /** The value as the server prints a DECIMAL(24, scale) column; false when it needs rounding to fit. */
    static boolean decimal(StringBuilder out, BigDecimal value, int scale) {
        out.append('|');
        if (value == null) {
            out.append("\\N");
            return true;
        }
        BigDecimal scaled;
        try {
            scaled = value.setScale(scale);
        } catch (ArithmeticException needsRounding) {
            return false;
        }
        if (scaled.precision() - scaled.scale() > 24 - scale) {
            return false;
        }
        out.append(scaled.toPlainString());
        return true;
    }

    private static boolean flag(StringBuilder out, boolean value) {
        out.append('|').append(value ? '1' : '0');
        return true;
    }

    private static boolean count(StringBuilder out, int value) {
        out.append('|').append(value);
        return true;
    }

    /** The first 15 hex digits of the text's MD5 as a number, as {@code CONV(LEFT(MD5(text), 15), 16, 10)}. */
    static long hash(MessageDigest md5, CharSequence text) {
        byte[] digest = md5.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < 7; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        // 7 bytes are 14 hex digits; the 15th is the high half of the 8th byte
        return (value << 4) | ((digest[7] & 0xff) >>> 4);
    }
}
