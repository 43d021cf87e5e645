package dev.snapfolio.importer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Source keys: SHA-256 (hex) of a row's normalized fields plus its occurrence number among
 * identical rows of the file (DESIGN §7). Normalizing makes "1,300.00", "1300" and "1300.000000"
 * the same value and ignores case and repeated blanks in text, so another export of the same
 * transactions gives the same keys.
 */
final class SourceKeys {
    private SourceKeys() {
    }

    static String key(String normalizedFields, int occurrence) {
        return sha256(normalizedFields + "|#" + occurrence);
    }

    private static final MessageDigest SHA_256 = prototype();

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String sha256(String text) {
        MessageDigest digest;
        try {
            // Cloning skips the provider lookup that getInstance does for every row.
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = prototype();
        }
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String number(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        return value == null ? "" : collapseBlanks(value).toUpperCase(Locale.ROOT);
    }

    /** Strips and turns every run of whitespace into one space (by hand: it runs for every cell of large files). */
    static String collapseBlanks(String value) {
        String s = value.strip();
        int n = s.length();
        boolean clean = true;
        for (int i = 0; i < n && clean; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(s.charAt(i + 1)))) {
                clean = false;
            }
        }
        if (clean) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean inBlank = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inBlank) {
                    sb.append(' ');
                }
                inBlank = true;
            } else {
                sb.append(c);
                inBlank = false;
            }
        }
        return sb.toString();
    }

    /** Joins fields with a separator that cannot be confused with their content. */
    static String join(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String field : fields) {
            if (sb.length() > 0) {
                sb.append('\u001f');
            }
            sb.append(field.replace('\u001f', ' '));
        }
        return sb.toString();
    }
}
