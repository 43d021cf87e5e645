package dev.snapfolio.importer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header line, read record by record with the physical line each record starts
 * on. Blank lines are skipped (but counted, so line numbers match what an editor shows), a UTF-8
 * byte-order mark is dropped, CRLF and LF both end lines, quoted fields may hold commas, quotes
 * and line breaks.
 */
final class CsvTable implements Closeable {
    // Empty lines are kept by the parser (and skipped here) so that line counting stays exact.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    private static final int BOM = 0xFEFF;
    private static final char REPLACEMENT = '\uFFFD';

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> index;

    private CsvTable(String file, CSVParser parser, Iterator<CSVRecord> records, List<String> header) {
        this.file = file;
        this.parser = parser;
        this.records = records;
        this.header = header;
        this.index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
    }

    /**
     * A UTF-8 reader that turns bytes which are not UTF-8 into U+FFFD; {@link #next()} reports them
     * with their line and column (a decoder that fails instead could not say where).
     */
    static Reader openUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16);
    }

    /**
     * Opens the table and reads its header (names trimmed).
     *
     * @param expected the header the format wants, for the message about an empty file
     */
    static CsvTable open(Reader source, String file, String expected) {
        try {
            BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
            reader.mark(1);
            int first = reader.read();
            if (first == -1) {
                throw new ImportException(file, 0, null, "is empty; expected the header " + expected);
            }
            if (first != BOM) {
                reader.reset();
            }
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord first0 = nextRecord(file, parser, records);
            if (first0 == null || isBlank(first0)) {
                throw new ImportException(file, 1, null, "the first line must be the header " + expected);
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String raw : first0) {
                if (raw.indexOf(REPLACEMENT) >= 0) {
                    throw new ImportException(file, 1, null, "is not UTF-8 text");
                }
                String name = raw.strip();
                if (!seen.add(name)) {
                    throw new ImportException(file, 1, null, name.isEmpty()
                            ? "the header has more than one empty column name" : "the header names column '" + name + "' twice");
                }
                names.add(name);
            }
            return new CsvTable(file, parser, records, List.copyOf(names));
        } catch (IOException e) {
            throw readFailure(file, 0, e);
        }
    }

    private static CSVRecord nextRecord(String file, CSVParser parser, Iterator<CSVRecord> records) {
        long before = parser.getCurrentLineNumber();
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw readFailure(file, (int) before + 1, e.getCause());
        }
    }

    private static ImportException readFailure(String file, int line, IOException e) {
        Throwable cause = e;
        while (cause.getCause() instanceof IOException inner && !(cause instanceof CharacterCodingException)) {
            cause = inner;
        }
        if (cause instanceof CharacterCodingException || e instanceof CharacterCodingException) {
            return new ImportException(file, line, null, "is not UTF-8 text", e);
        }
        String message = String.valueOf(cause.getMessage()).replaceFirst("^\\((start)?line \\d+\\) ", "");
        return new ImportException(file, line, null, "malformed CSV: " + message, e);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    String file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /**
     * Checks the header: every required column present; unless {@code allowOthers}, no column
     * outside required and optional.
     */
    void requireColumns(Collection<String> required, Collection<String> optional, boolean allowOthers, String what) {
        List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file, 1, null, "not " + what + ": the header lacks column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        if (!allowOthers) {
            for (String name : header) {
                if (!required.contains(name) && !optional.contains(name)) {
                    Set<String> known = new LinkedHashSet<>();
                    if (!optional.containsAll(required)) {
                        known.addAll(required);
                    }
                    known.addAll(optional);
                    throw new ImportException(file, 1, null, "unknown column '" + name + "' (the columns of "
                            + what + " are " + String.join(",", known) + ")");
                }
            }
        }
    }

    /** The next data row, or null at the end of the file. */
    CsvRow next() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord record = nextRecord(file, parser, records);
            if (record == null) {
                return null;
            }
            int line = (int) before + 1;
            if (isBlank(record)) {
                continue;
            }
            if (record.size() != header.size()) {
                throw new ImportException(file, line, null, "has " + record.size() + " field"
                        + (record.size() == 1 ? "" : "s") + ", the header has " + header.size());
            }
            for (int i = 0; i < record.size(); i++) {
                if (record.get(i).indexOf(REPLACEMENT) >= 0) {
                    throw new ImportException(file, line, header.get(i), "is not UTF-8 text (save the file as UTF-8)");
                }
            }
            return new CsvRow(this, record, line);
        }
    }

    /**
     * Hands every data row in turn to {@code action}, telling {@code progress} the number of rows
     * read every {@link ImportOptions#PROGRESS_EVERY} rows.
     *
     * @return the number of data rows read
     */
    int forEachRow(IntConsumer progress, Consumer<CsvRow> action) {
        int rowsRead = 0;
        for (CsvRow row = next(); row != null; row = next()) {
            rowsRead++;
            if (rowsRead % ImportOptions.PROGRESS_EVERY == 0) {
                progress.accept(rowsRead);
            }
            action.accept(row);
        }
        return rowsRead;
    }

    int indexOf(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
