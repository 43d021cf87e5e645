package dev.snapfolio.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of cell values, each failure an {@link ImportException} naming the row and column. */
final class Cells {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
    // Stored columns are DECIMAL(24, 6|8): at most 16 digits before the point.
    private static final int MAX_INTEGER_DIGITS = 16;

    private Cells() {
    }

    /** A decimal, or null when the cell is empty. {@code dashIsZero}: Tastytrade writes "--" for 0. */
    static BigDecimal decimal(CsvRow row, String column, boolean dashIsZero) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        if (dashIsZero && text.equals("--")) {
            return BigDecimal.ZERO;
        }
        if (!isNumber(text)) {
            throw row.error(column, "not a number '" + text + "'");
        }
        BigDecimal value = new BigDecimal(text.replace(",", ""));
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw row.error(column, "number too large '" + text + "'");
        }
        return value;
    }

    /**
     * Digits with an optional sign and fraction; the integer part may group thousands with commas
     * ("1,300.00"). Hand-written rather than a regex: it runs for every number of large files.
     */
    static boolean isNumber(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int integerDigits = 0;
        int group = 0;
        boolean grouped = false;
        for (; i < n && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                integerDigits++;
                group++;
            } else if (c == ',' && group > 0 && (grouped ? group == 3 : group <= 3)) {
                grouped = true;
                group = 0;
            } else {
                return false;
            }
        }
        if (grouped && group != 3) {
            return false;
        }
        if (i == n) {
            return integerDigits > 0;
        }
        i++; // the point
        int fractionDigits = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            fractionDigits++;
        }
        return fractionDigits > 0;
    }

    static BigDecimal requiredDecimal(CsvRow row, String column, boolean dashIsZero, String forWhat) {
        BigDecimal value = decimal(row, column, dashIsZero);
        if (value == null) {
            throw row.error(column, "is required " + forWhat);
        }
        return value;
    }

    /** A required decimal that must be > 0. */
    static BigDecimal positive(CsvRow row, String column, boolean dashIsZero, String forWhat) {
        BigDecimal value = requiredDecimal(row, column, dashIsZero, forWhat);
        if (value.signum() <= 0) {
            throw row.error(column, "must be > 0, got " + row.text(column));
        }
        return value;
    }

    static BigDecimal abs(BigDecimal value) {
        return value == null ? null : value.abs();
    }

    /** An ISO date {@code YYYY-MM-DD}. */
    static LocalDate isoDate(CsvRow row, String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            throw row.error(column, "is required");
        }
        LocalDate date = isoDateOrNull(text);
        if (date == null) {
            throw row.error(column, "not a date '" + text + "' (expected YYYY-MM-DD)");
        }
        return date;
    }

    static LocalDate isoDateOrNull(String text) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return dateOrNull(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** A date as {@code M/D/YY} (20YY), {@code M/D/YYYY} or {@code YYYY-MM-DD}. */
    static LocalDate usOrIsoDate(CsvRow row, String column, String forWhat) {
        String text = row.text(column);
        if (text.isEmpty()) {
            throw row.error(column, "is required " + forWhat);
        }
        LocalDate date = isoDateOrNull(text);
        Matcher m = US_DATE.matcher(text);
        if (date == null && m.matches()) {
            int year = Integer.parseInt(m.group(3));
            date = dateOrNull(m.group(3).length() == 2 ? 2000 + year : year, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        if (date == null) {
            throw row.error(column, "not a date '" + text + "' (expected M/D/YY)");
        }
        return date;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A time {@code HH:MM} or {@code HH:MM:SS}; null when the cell is empty. */
    static LocalTime timeOrNull(CsvRow row, String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        try {
            if (m.matches()) {
                // a fraction of a second: what a broker's timestamp may carry, kept by backups
                int nanos = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00000000").substring(0, 9));
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), nanos);
            }
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        throw row.error(column, "not a time '" + text + "' (expected HH:MM, HH:MM:SS or HH:MM:SS.fraction)");
    }
}
