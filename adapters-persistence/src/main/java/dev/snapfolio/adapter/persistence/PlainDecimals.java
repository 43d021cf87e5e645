package dev.snapfolio.adapter.persistence;

import java.math.BigDecimal;

/**
 * {@link BigDecimal#toPlainString()} written straight into a buffer. The JDK builds that text
 * through an intermediate string and a builder insert, which was the largest part of the client's
 * work when writing snapshot rows and states; for the values stored here (at most 18 digits, scale
 * 0–18) the digits are written once. Anything else takes the JDK's own method: the text is always
 * exactly {@code toPlainString()}.
 */
final class PlainDecimals {
    private PlainDecimals() {
    }

    static String toPlainString(BigDecimal value) {
        return append(new StringBuilder(24), value).toString();
    }

    static StringBuilder append(StringBuilder sb, BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            return sb.append(value.toPlainString());
        }
        long unscaled = value.unscaledValue().longValue();
        if (unscaled < 0) {
            sb.append('-');
            unscaled = -unscaled;
        }
        char[] digits = new char[19];
        int start = digits.length;
        do {
            digits[--start] = (char) ('0' + (int) (unscaled % 10));
            unscaled /= 10;
        } while (unscaled != 0);
        int length = digits.length - start;
        if (scale == 0) {
            return sb.append(digits, start, length);
        }
        if (length <= scale) {
            sb.append("0.");
            for (int i = length; i < scale; i++) {
                sb.append('0');
            }
            return sb.append(digits, start, length);
        }
        int whole = length - scale;
        return sb.append(digits, start, whole).append('.').append(digits, start + whole, scale);
    }
}
