package dev.snapfolio.importer;

import dev.snapfolio.domain.money.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Shared reading of the small reference-data files (prices, splits). */
final class ReferenceCsv {
    private ReferenceCsv() {
    }

    static <T> T read(Path file, Function<Reader, T> reader) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Reader in = CsvTable.openUtf8(file)) {
            return reader.apply(in);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, 0, null, "no such file: " + file);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    static CsvTable open(Reader reader, String fileName, List<String> columns, String what) {
        CsvTable table = CsvTable.open(reader, fileName, String.join(",", columns));
        table.requireColumns(columns, List.of(), false, what);
        return table;
    }

    /** Runs a domain constructor; its field error becomes an error on that column of the row. */
    static <T> T build(CsvRow row, List<String> columns, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (ValidationException e) {
            if (!columns.contains(e.field())) {
                throw row.error(null, e.getMessage());
            }
            String problem = e.getMessage().startsWith(e.field() + " ") ? e.getMessage().substring(e.field().length() + 1)
                    : e.getMessage();
            throw row.error(e.field(), problem);
        }
    }
}
