package dev.snapfolio.adapter.in.cli.format;

/**
 * Neutralises control characters before text reaches a terminal or a file: an escape sequence in
 * a stored name or note (from an older version, or an external tool writing the database) must not
 * clear the screen or recolour it, and a newline must not split a table row. C0 characters are
 * shown in caret notation ({@code ESC} as {@code ^[}, a newline as {@code ^J}), DEL as {@code ^?},
 * C1 characters as {@code \u0085}-style escapes, as {@code cat -v} and {@code less} do.
 */
public final class Printable {
    private Printable() {
    }

    public static String of(String text) {
        return of(text, false);
    }

    /**
     * For a quoted CSV field, where line breaks and tabs are data (multi-line notes survive a
     * round trip through {@code movement list --format csv} and {@code import}): only the other
     * control characters are neutralised.
     */
    public static String inCsvField(String text) {
        return of(text, true);
    }

    private static String of(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text, keepLineBreaks);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (keepLineBreaks && isLineBreakOrTab(ch)) {
                sb.append(ch);
            } else if (ch < 0x20) {
                sb.append('^').append((char) (ch + 64));
            } else if (ch == 0x7f) {
                sb.append("^?");
            } else if (ch >= 0x80 && ch <= 0x9f) {
                sb.append(String.format("\\u%04X", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static int firstControl(String text, boolean keepLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) && !(keepLineBreaks && isLineBreakOrTab(ch))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLineBreakOrTab(char ch) {
        return ch == '\n' || ch == '\r' || ch == '\t';
    }
}
