package dev.snapfolio.importer;

import org.apache.commons.csv.CSVRecord;

/** One data row of a {@link CsvTable}, with the physical line it starts on. */
final class CsvRow {
    private final CsvTable table;
    private final CSVRecord record;
    private final int line;

    CsvRow(CsvTable table, CSVRecord record, int line) {
        this.table = table;
        this.record = record;
        this.line = line;
    }

    /** The stripped text of a column; empty when blank or when the header lacks the column. */
    String text(String column) {
        int i = table.indexOf(column);
        return i < 0 ? "" : record.get(i).strip();
    }

    /** The text exactly as written (for descriptions and notes). */
    String raw(String column) {
        int i = table.indexOf(column);
        return i < 0 ? "" : record.get(i);
    }

    int line() {
        return line;
    }

    String file() {
        return table.file();
    }

    /** {@code file:line}, as import rows and errors show it. */
    String location() {
        return table.file() + ":" + line;
    }

    ImportException error(String column, String problem) {
        return new ImportException(table.file(), line, column, problem);
    }
}
