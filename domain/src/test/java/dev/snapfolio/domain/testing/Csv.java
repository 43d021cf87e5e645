package dev.snapfolio.domain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny quote-aware CSV reader for test fixtures (JDK only): fields split on commas outside
 * double quotes, {@code ""} inside quotes is a quote. Rows are maps keyed by the header's names.
 */
public final class Csv {
    private Csv() {
    }

    /** One data row: its 1-based line number in the file and its fields by column name. */
    public record Row(int line, Map<String, String> fields) {
        /** The field, trimmed; "" when the column is missing or empty. */
        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.trim();
        }

        public boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        fields.add(current.toString());
        return fields;
    }

    /** Reads a file with a header line; blank lines are skipped. */
    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = split(stripBom(lines.get(0)));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> values = split(line);
            if (values.size() > header.size()) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": " + values.size()
                        + " fields but the header has " + header.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c).trim(), c < values.size() ? values.get(c) : "");
            }
            rows.add(new Row(i + 1, Collections.unmodifiableMap(fields)));
        }
        return rows;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
