package dev.snapfolio.adapter.in.cli.format;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Table}: aligned columns for people (money to the cent), or CSV / JSON with the
 * stored values as plain decimals, for machines. Column names and order are the table's.
 */
public final class TableWriter {
    private static final String GAP = "  ";

    private TableWriter() {
    }

    public static void write(Table table, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> writeAligned(table, out);
            case CSV -> writeCsv(table, out);
            case JSON -> writeJson(table, out);
        }
        out.flush();
    }

    // ---- aligned table -------------------------------------------------------------------------

    private static void writeAligned(Table table, PrintWriter out) {
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!table.omitsEmptyColumnsInTable() || columnUsed(table, c)) {
                shown.add(c);
            }
        }
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            header[i] = Printable.of(table.columns().get(shown.get(i)).name());
        }
        lines.add(header);
        for (List<Object> row : table.rows()) {
            String[] line = new String[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                int c = shown.get(i);
                line[i] = human(row.get(c), table.columns().get(c).type());
            }
            lines.add(line);
        }
        int[] widths = new int[shown.size()];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        boolean[] right = new boolean[shown.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = table.columns().get(shown.get(i)).type().numeric();
        }
        // the whole table in one buffer, written at once: a println per line flushed the console
        // (an autoflushing writer) 1,587 times for a 3-year account's snapshots
        String newLine = System.lineSeparator();
        StringBuilder text = new StringBuilder(lines.size() * (widths.length * 12 + 2));
        for (String[] line : lines) {
            int start = text.length();
            for (int i = 0; i < line.length; i++) {
                if (i > 0) {
                    text.append(GAP);
                }
                int padding = widths[i] - line[i].length();
                if (right[i]) {
                    text.append(" ".repeat(padding)).append(line[i]);
                } else {
                    text.append(line[i]).append(" ".repeat(padding));
                }
            }
            int end = text.length();
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            text.setLength(end);
            text.append(newLine);
        }
        out.write(text.toString());
    }

    private static boolean columnUsed(Table table, int column) {
        for (List<Object> row : table.rows()) {
            Object cell = row.get(column);
            if (cell != null && !cell.toString().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** How a person reads a cell: money and percentages rounded to 2 decimals, quantities without trailing zeros. */
    static String human(Object cell, ColumnType type) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal value) {
            return switch (type) {
                case MONEY, PERCENT -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
                case PRICE -> atLeastTwoDecimals(value);
                case QUANTITY, INTEGER -> trimmed(value);
                default -> value.toPlainString();
            };
        }
        return Printable.of(cell.toString());
    }

    private static String trimmed(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String atLeastTwoDecimals(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    // ---- CSV -----------------------------------------------------------------------------------

    private static void writeCsv(Table table, PrintWriter out) {
        List<String> header = new ArrayList<>();
        for (Column column : table.columns()) {
            header.add(csvField(Printable.of(column.name())));
        }
        out.print(String.join(",", header));
        out.print('\n');
        for (List<Object> row : table.rows()) {
            List<String> fields = new ArrayList<>();
            for (Object cell : row) {
                fields.add(csvField(plain(cell)));
            }
            out.print(String.join(",", fields));
            out.print('\n');
        }
    }

    /**
     * The stored value as a plain decimal (never an exponent), booleans as true/false, null as
     * empty; control characters other than line breaks (quoted) neutralised ({@link Printable}).
     */
    static String plain(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal value) {
            return value.toPlainString();
        }
        return Printable.inCsvField(cell.toString());
    }

    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                && value.indexOf('\t') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    // ---- JSON ----------------------------------------------------------------------------------

    private static void writeJson(Table table, PrintWriter out) {
        if (table.isEmpty()) {
            out.println("[]");
            return;
        }
        out.println("[");
        List<List<Object>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder sb = new StringBuilder("  {");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    sb.append(", ");
                }
                sb.append(jsonString(table.columns().get(c).name())).append(": ").append(jsonValue(row.get(c)));
            }
            sb.append('}');
            if (r < rows.size() - 1) {
                sb.append(',');
            }
            out.println(sb);
        }
        out.println("]");
    }

    static String jsonValue(Object cell) {
        if (cell == null) {
            return "null";
        }
        if (cell instanceof BigDecimal value) {
            return value.toPlainString();
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString();
        }
        return jsonString(cell.toString());
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
                        // escaped, so that printing the JSON cannot drive the terminal
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
