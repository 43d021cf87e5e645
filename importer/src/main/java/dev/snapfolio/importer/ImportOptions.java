package dev.snapfolio.importer;

import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * How to read a movement file.
 *
 * @param skipUnsupported skip rows of a type Snapfolio does not import (one warning lists them)
 *     instead of failing on the first one
 * @param progress told the number of data rows read so far, every {@link #PROGRESS_EVERY} rows
 */
public record ImportOptions(boolean skipUnsupported, IntConsumer progress) {
    public static final int PROGRESS_EVERY = 10_000;

    public ImportOptions {
        progress = Objects.requireNonNullElse(progress, rows -> { });
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, null);
    }

    public ImportOptions withSkipUnsupported(boolean skip) {
        return new ImportOptions(skip, progress);
    }

    public ImportOptions withProgress(IntConsumer listener) {
        return new ImportOptions(skipUnsupported, listener);
    }
}
