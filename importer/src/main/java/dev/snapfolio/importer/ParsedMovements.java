package dev.snapfolio.importer;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import java.util.List;

/**
 * The movements of one file, ready for {@code ImportMovementsUseCase}: sorted in the order their ids
 * are to be assigned, each with its source key and location ({@code file:line}).
 *
 * @param rows the movements, chronological
 * @param rowsRead data rows read from the file (blank lines not counted)
 * @param warnings things the user should hear about that did not stop the import (skipped rows)
 */
public record ParsedMovements(List<ImportRow> rows, int rowsRead, List<String> warnings) {
    public ParsedMovements {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
