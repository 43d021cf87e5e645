package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.importer.TastytradeMovements.Stamp;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Tastytrade's transaction history export (DESIGN §7), newest row first. Columns are found by name
 * ({@link TastytradeColumns}), so both header variants (with or without {@code Total} and
 * {@code Currency}) and columns added by later exports are fine. Each row is classified
 * ({@link TastytradeRowKind}), turned into a movement ({@link TastytradeMovements}), and the two
 * rows of a special dividend's strike adjustment are paired ({@link SpecialDividendPairing}).
 */
final class TastytradeImporter implements MovementFileImporter {
    static final String SOURCE = "tastytrade";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ParsedMovements read(Reader reader, String fileName, long accountId, ImportOptions options) {
        List<Pending> pending = new ArrayList<>();
        SpecialDividendPairing specialDividends = new SpecialDividendPairing(fileName, accountId);
        List<String> skipped = new ArrayList<>();
        int rowsRead;
        try (CsvTable table = CsvTable.open(reader, fileName, TastytradeColumns.HEADER)) {
            table.requireColumns(TastytradeColumns.REQUIRED, TastytradeColumns.OPTIONAL, true,
                    "a Tastytrade transaction history");
            rowsRead = table.forEachRow(options.progress(),
                    row -> readRow(row, accountId, options, pending, specialDividends, skipped));
        }
        pending.addAll(specialDividends.adjustments(pending));
        List<String> warnings = skipped.isEmpty() ? List.of()
                : List.of(fileName + ": skipped " + skipped.size() + " unsupported row" + (skipped.size() == 1 ? "" : "s")
                        + ": " + String.join(", ", skipped));
        return new ParsedMovements(Pending.finish(pending), rowsRead, warnings);
    }

    private static void readRow(CsvRow row, long accountId, ImportOptions options, List<Pending> pending,
            SpecialDividendPairing specialDividends, List<String> skipped) {
        Stamp stamp = TastytradeMovements.stamp(row);
        Currency currency = TastytradeMovements.currency(row);
        TastytradeRowKind kind = TastytradeRowKind.of(row);
        if (kind == TastytradeRowKind.UNSUPPORTED) {
            String what = TastytradeRowKind.describe(row);
            if (!options.skipUnsupported()) {
                throw row.error(TastytradeColumns.TYPE, "unsupported row type '" + what
                        + "' (--skip-unsupported skips such rows)");
            }
            skipped.add("line " + row.line() + " (" + what + ")");
            return;
        }
        String keyFields = TastytradeMovements.keyFields(row, accountId, stamp);
        String notes = TastytradeMovements.notes(row);
        if (kind == TastytradeRowKind.SPECIAL_DIVIDEND) {
            specialDividends.add(TastytradeMovements.leg(row, stamp, currency, keyFields, notes));
        } else {
            pending.add(TastytradeMovements.movement(kind, row, accountId, stamp, currency, notes, keyFields));
        }
    }
}
