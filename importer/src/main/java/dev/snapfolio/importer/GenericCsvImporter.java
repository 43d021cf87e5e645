package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Snapfolio's own CSV format (documented in {@code docs/GENERIC-CSV.md}): one row per movement, a
 * {@code kind} column and one column per field; columns a kind does not use stay empty. Rows are
 * in chronological order; {@code time} is optional (00:00, file order breaks ties).
 */
final class GenericCsvImporter implements MovementFileImporter {
    static final String SOURCE = "generic";
    /** The length of the movement table's notes column. */
    static final int MAX_NOTES = 2000;
    /** The length of the movement table's source_key column. */
    static final int MAX_SOURCE_KEY = 128;

    /** The generic columns, in header order (see {@link MovementField}). */
    static final List<String> COLUMNS = MovementField.columns();
    private static final List<String> REQUIRED = List.of(MovementField.DATE.column(), MovementField.KIND.column(),
            MovementField.CURRENCY.column());
    private static final String HEADER = String.join(",", COLUMNS);
    /** What {@code movement list --format csv} puts first: read and ignored (a new import gets new ids). */
    static final String ID = "id";
    /**
     * A movement's own source key (backups keep them): used as given, so that importing the file
     * again, or an export it came from, adds nothing twice. Empty: computed as for any row.
     */
    static final String SOURCE_KEY = "sourceKey";
    private static final List<String> OPTIONAL = optionalColumns();

    private static List<String> optionalColumns() {
        List<String> optional = new ArrayList<>(COLUMNS);
        optional.add(ID);
        optional.add(SOURCE_KEY);
        return List.copyOf(optional);
    }

    /** Domain field names that differ from the column they come from. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("timestamp", "date", "cashSettlement", "amount",
            "symbol", "ticker");

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ParsedMovements read(Reader reader, String fileName, long accountId, ImportOptions options) {
        List<Pending> pending = new ArrayList<>();
        int rowsRead;
        try (CsvTable table = CsvTable.open(reader, fileName, HEADER)) {
            table.requireColumns(REQUIRED, OPTIONAL, false, "a generic movement file");
            rowsRead = table.forEachRow(options.progress(), row -> pending.add(readRow(row, accountId)));
        }
        return new ParsedMovements(Pending.finish(pending), rowsRead, List.of());
    }

    private static Pending readRow(CsvRow row, long accountId) {
        LocalDate date = Cells.isoDate(row, "date");
        LocalTime time = Cells.timeOrNull(row, "time");
        MovementKind kind = kind(row);
        Currency currency = build(row, () -> Currency.of(required(row, "currency", "")));
        List<MovementField> used = MovementFields.detailFields(kind);
        List<String> keyFields = new ArrayList<>(List.of(SOURCE, Long.toString(accountId)));
        LocalDateTime timestamp = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        keyFields.add(timestamp.toString());
        keyFields.add(kind.name());
        keyFields.add(currency.code());
        for (MovementField field : MovementField.detailFields()) {
            String column = field.column();
            String normalized = field.type().numeric() ? SourceKeys.number(Cells.decimal(row, column, false))
                    : SourceKeys.text(row.text(column));
            boolean empty = normalized.isEmpty() || normalized.equals("0");
            if (!used.contains(field) && !empty) {
                throw row.error(column, "is not used by kind " + kind + " (leave it empty; " + kind + " uses "
                        + used.stream().map(MovementField::column).collect(Collectors.joining(", ")) + ")");
            }
            keyFields.add(column + "=" + normalized);
        }
        MovementDetail detail = build(row, () -> MovementFields.build(kind, new RowValues(row, kind)));
        String notes = row.raw("notes").strip();
        if (notes.length() > MAX_NOTES) {
            throw row.error("notes", "is longer than " + MAX_NOTES + " characters (" + notes.length() + ")");
        }
        Movement movement = build(row, () -> new Movement(0, accountId, timestamp, currency, detail, notes, null));
        String givenKey = row.text(SOURCE_KEY);
        if (givenKey.length() > MAX_SOURCE_KEY) {
            throw row.error(SOURCE_KEY, "is longer than " + MAX_SOURCE_KEY + " characters (" + givenKey.length() + ")");
        }
        return new Pending(movement, row.line(), SourceKeys.join(keyFields.toArray(String[]::new)), row.location(),
                givenKey.isEmpty() ? null : givenKey);
    }

    private static MovementKind kind(CsvRow row) {
        String text = required(row, "kind", "");
        try {
            return MovementKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("kind", "unknown kind '" + text + "' (expected one of " + Arrays.stream(MovementKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** A row's values for {@link MovementFields#build}, each problem an error on its column. */
    private record RowValues(CsvRow row, MovementKind kind) implements MovementFields.Source {
        @Override
        public BigDecimal number(MovementField field) {
            return Cells.decimal(row, field.column(), false);
        }

        @Override
        public BigDecimal requiredNumber(MovementField field) {
            return Cells.requiredDecimal(row, field.column(), false, forKind());
        }

        @Override
        public Integer whole(MovementField field) {
            BigDecimal value = number(field);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw row.error(field.column(), "must be a whole number > 0, got " + row.text(field.column()));
            }
        }

        @Override
        public Ticker ticker(MovementField field) {
            return Ticker.of(required(row, field.column(), forKind()));
        }

        @Override
        public Currency currency(MovementField field) {
            return Currency.of(required(row, field.column(), forKind()));
        }

        @Override
        public LocalDate date(MovementField field) {
            return Cells.isoDate(row, field.column());
        }

        @Override
        public <E extends Enum<E>> E choice(MovementField field, Class<E> type) {
            String column = field.column();
            String text = required(row, column, forKind());
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error(column, "unknown value '" + text + "' (expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
            }
        }

        private String forKind() {
            return "for kind " + kind;
        }
    }

    private static String required(CsvRow row, String column, String forWhat) {
        String text = row.text(column);
        if (text.isEmpty()) {
            throw row.error(column, ("is required " + forWhat).strip());
        }
        return text;
    }

    /** Runs a domain constructor; its field error becomes an error on the matching column of this row. */
    private static <T> T build(CsvRow row, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (ValidationException e) {
            String column = COLUMN_OF_FIELD.getOrDefault(e.field(), e.field());
            if (!COLUMNS.contains(column)) {
                return throwAt(row, null, e.getMessage());
            }
            // "column amount: must be > 0" rather than "column amount: amount must be > 0"
            String problem = e.getMessage().startsWith(column + " ") ? e.getMessage().substring(column.length() + 1)
                    : e.getMessage();
            return throwAt(row, column, problem);
        }
    }

    private static <T> T throwAt(CsvRow row, String column, String message) {
        throw row.error(column, message);
    }
}
