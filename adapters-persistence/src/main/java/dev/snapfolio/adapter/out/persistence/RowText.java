package dev.snapfolio.adapter.out.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A row's fingerprint text written as UTF-8 bytes into a reused buffer, and hashed from there: the
 * same bytes as {@link RowFingerprints}' text definition, without building a String per value or per
 * row. Decimals are written from their unscaled value as a long when it fits, and through
 * {@link BigDecimal#toPlainString()} otherwise. Not thread-safe: one per thread.
 */
final class RowText implements Consumer<String> {
    private static final long[] POWERS_OF_TEN = new long[19];
    private static final byte[] NULL = {'\\', 'N'};

    static {
        long power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private final MessageDigest md5;
    private final byte[] digest = new byte[16];
    private final byte[] digits = new byte[20];
    private byte[] buffer = new byte[512];
    private int length;

    RowText(MessageDigest md5) {
        this.md5 = md5;
    }

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    /** The text written since the last {@link #clear}, as a copy. */
    byte[] bytes() {
        return Arrays.copyOf(buffer, length);
    }

    /** The first 15 hex digits of the MD5 of the text written so far, as a number (see {@link RowFingerprints#hash}). */
    long hash() {
        md5.update(buffer, 0, length);
        try {
            md5.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        long value = 0;
        for (int i = 0; i < 7; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return (value << 4) | ((digest[7] & 0xff) >>> 4);
    }

    RowText separator() {
        return ascii('|');
    }

    RowText ascii(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
        return this;
    }

    RowText nullValue() {
        ensure(2);
        buffer[length++] = NULL[0];
        buffer[length++] = NULL[1];
        return this;
    }

    /** A piece of text as UTF-8 (as {@link #string}); lets a state's encoder write its body here piece by piece. */
    @Override
    public void accept(String piece) {
        string(piece);
    }

    /** {@code s} as UTF-8: byte by byte while it is ASCII, through the charset from its first other character. */
    RowText string(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(rest.length);
                System.arraycopy(rest, 0, buffer, length, rest.length);
                length += rest.length;
                return this;
            }
            buffer[length++] = (byte) c;
        }
        return this;
    }

    /** The date as ISO yyyy-MM-dd (as {@link LocalDate#toString()}). */
    RowText date(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return string(date.toString());
        }
        ensure(10);
        fixed(year, 4);
        buffer[length++] = '-';
        fixed(date.getMonthValue(), 2);
        buffer[length++] = '-';
        fixed(date.getDayOfMonth(), 2);
        return this;
    }

    private void fixed(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buffer[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    /** The number in decimal digits (as {@link Long#toString(long)}). */
    RowText integer(long value) {
        if (value == Long.MIN_VALUE) {
            return string(Long.toString(value));
        }
        ensure(20);
        if (value < 0) {
            buffer[length++] = '-';
            value = -value;
        }
        int n = digitsOf(value);
        System.arraycopy(digits, digits.length - n, buffer, length, n);
        length += n;
        return this;
    }

    /**
     * The value as the server prints a DECIMAL(24, scale) column, i.e. as
     * {@code value.setScale(scale).toPlainString()}; false (and nothing meaningful written) when the
     * value needs rounding to that scale or has too many integer digits for the column.
     */
    boolean decimal(BigDecimal value, int scale) {
        long unscaled = unscaledAtScale(value, scale);
        if (unscaled == Long.MIN_VALUE) {
            return decimalThroughBigDecimal(value, scale);
        }
        if (unscaled == Long.MIN_VALUE + 1) {
            return false;
        }
        ensure(22 + scale);
        if (unscaled < 0) {
            buffer[length++] = '-';
            unscaled = -unscaled;
        }
        int n = digitsOf(unscaled);
        // a long has at most 19 digits: never more than the column's 24
        int start = digits.length - n;
        if (scale == 0) {
            System.arraycopy(digits, start, buffer, length, n);
            length += n;
        } else if (n <= scale) {
            buffer[length++] = '0';
            buffer[length++] = '.';
            for (int i = n; i < scale; i++) {
                buffer[length++] = '0';
            }
            System.arraycopy(digits, start, buffer, length, n);
            length += n;
        } else {
            int whole = n - scale;
            System.arraycopy(digits, start, buffer, length, whole);
            length += whole;
            buffer[length++] = '.';
            System.arraycopy(digits, start + whole, buffer, length, scale);
            length += scale;
        }
        return true;
    }

    /**
     * The value's unscaled value at {@code scale} as a long; {@code Long.MIN_VALUE} when it does not
     * fit a long (or the scales are too far apart to tell cheaply), {@code Long.MIN_VALUE + 1} when
     * the value needs rounding to that scale.
     */
    static long unscaledAtScale(BigDecimal value, int scale) {
        if (scale < 0 || scale > 18) {
            return Long.MIN_VALUE;
        }
        if (value.precision() > 18) {
            return Long.MIN_VALUE;
        }
        // at most 18 digits: |unscaled| < 10^18 < 2^62; read without making a BigInteger of it
        long unscaled = value.scaleByPowerOfTen(value.scale()).longValueExact();
        int shift = scale - value.scale();
        if (shift == 0) {
            return unscaled;
        }
        if (shift > 0) {
            if (shift > 18) {
                return unscaled == 0 ? 0 : Long.MIN_VALUE;
            }
            long power = POWERS_OF_TEN[shift];
            long limit = (Long.MAX_VALUE - 1) / power;
            if (unscaled > limit || unscaled < -limit) {
                return Long.MIN_VALUE;
            }
            return unscaled * power;
        }
        if (-shift > 18) {
            return unscaled == 0 ? 0 : Long.MIN_VALUE;
        }
        long power = POWERS_OF_TEN[-shift];
        if (unscaled % power != 0) {
            return Long.MIN_VALUE + 1;
        }
        return unscaled / power;
    }

    private boolean decimalThroughBigDecimal(BigDecimal value, int scale) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(scale);
        } catch (ArithmeticException needsRounding) {
            return false;
        }
        if (scaled.precision() - scaled.scale() > 24 - scale) {
            return false;
        }
        string(scaled.toPlainString());
        return true;
    }

    /** Writes the digits of a non-negative value at the end of {@link #digits}; returns how many. */
    private int digitsOf(long value) {
        int i = digits.length;
        do {
            digits[--i] = (byte) ('0' + (int) (value % 10));
            value /= 10;
        } while (value != 0);
        return digits.length - i;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
