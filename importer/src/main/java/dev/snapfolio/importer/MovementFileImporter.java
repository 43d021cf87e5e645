package dev.snapfolio.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a broker's movement file into import rows (DESIGN §7). One implementation per source; get
 * it with {@link #forSource(String)}. Reading is pure: nothing is stored, the whole file is parsed
 * and checked, and the first bad row stops it with an {@link ImportException}.
 */
public interface MovementFileImporter {

    /** The {@code --source} name: {@code generic} or {@code tastytrade}. */
    String source();

    /**
     * Reads a file (UTF-8, a byte-order mark is skipped) and returns its movements sorted in id
     * order, with stable source keys.
     *
     * @throws ImportException naming file, line and column of the first problem
     */
    default ParsedMovements read(Path file, long accountId, ImportOptions options) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Reader reader = CsvTable.openUtf8(file)) {
            return read(reader, name, accountId, options);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, 0, null, "no such file: " + file);
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Like {@link #read(Path, long, ImportOptions)}, from a reader; {@code fileName} is used in locations and errors. */
    ParsedMovements read(Reader reader, String fileName, long accountId, ImportOptions options);

    /** The sources {@link #forSource(String)} knows. */
    static List<String> sources() {
        return List.of(GenericCsvImporter.SOURCE, TastytradeImporter.SOURCE);
    }

    /**
     * The importer for a {@code --source} name (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown source, naming the known ones
     */
    static MovementFileImporter forSource(String source) {
        String name = source == null ? "" : source.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case GenericCsvImporter.SOURCE -> new GenericCsvImporter();
            case TastytradeImporter.SOURCE -> new TastytradeImporter();
            default -> throw new IllegalArgumentException(
                    "unknown import source '" + source + "' (expected one of " + String.join(", ", sources()) + ")");
        };
    }
}
