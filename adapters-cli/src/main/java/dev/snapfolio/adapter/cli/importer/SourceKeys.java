package dev.snapfolio.adapter.cli.importer;

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

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String number(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
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
