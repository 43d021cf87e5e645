package dev.snapfolio.adapter.in.cli.importer;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    static final List<String> COLUMNS = List.of("date", "time", "kind", "currency", "amount", "ticker", "side", "quantity",
            "price", "commissions", "fees", "underlying", "callPut", "strike", "expiration", "multiplier", "action", "event",
            "contracts", "premium", "newStrike", "costPerShare", "targetCurrency", "amountIn", "notes");
    private static final List<String> REQUIRED = List.of("date", "kind", "currency");
    private static final String HEADER = String.join(",", COLUMNS);
    /** Columns every kind may fill. */
    private static final Set<String> COMMON = Set.of("date", "time", "kind", "currency", "notes");
    private static final Set<String> NUMERIC = Set.of("amount", "quantity", "price", "commissions", "fees", "strike",
            "multiplier", "contracts", "premium", "newStrike", "costPerShare", "amountIn");
    private static final List<String> CONTRACT = List.of("underlying", "callPut", "strike", "expiration", "multiplier");
    private static final Map<MovementKind, Set<String>> USED = new EnumMap<>(MovementKind.class);

    static {
        USED.put(MovementKind.DEPOSIT, Set.of("amount", "commissions", "fees"));
        USED.put(MovementKind.WITHDRAWAL, Set.of("amount", "commissions", "fees"));
        USED.put(MovementKind.FEE, Set.of("amount"));
        USED.put(MovementKind.INTEREST, Set.of("amount"));
        USED.put(MovementKind.INTEREST_PAID, Set.of("amount"));
        USED.put(MovementKind.LENDING_INCOME, Set.of("amount"));
        USED.put(MovementKind.DIVIDEND, Set.of("ticker", "amount"));
        USED.put(MovementKind.DIVIDEND_TAX, Set.of("ticker", "amount"));
        USED.put(MovementKind.TRADE, Set.of("ticker", "side", "quantity", "price", "commissions", "fees"));
        USED.put(MovementKind.OPTION_TRADE, with(CONTRACT, "action", "contracts", "premium", "commissions", "fees"));
        USED.put(MovementKind.OPTION_EVENT, with(CONTRACT, "event", "contracts", "amount"));
        USED.put(MovementKind.OPTION_ADJUSTMENT, with(CONTRACT, "contracts", "newStrike"));
        USED.put(MovementKind.SECURITY_IN, Set.of("ticker", "quantity", "costPerShare"));
        USED.put(MovementKind.SECURITY_OUT, Set.of("ticker", "quantity", "costPerShare"));
        USED.put(MovementKind.CONVERSION, Set.of("amount", "fees", "targetCurrency", "amountIn"));
    }

    private static Set<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }

    private static final Comparator<String> COLUMNS_ORDER = Comparator.comparingInt(COLUMNS::indexOf);

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
        int rowsRead = 0;
        try (CsvTable table = CsvTable.open(reader, fileName, HEADER)) {
            table.requireColumns(REQUIRED, COLUMNS, false, "a generic movement file");
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                rowsRead++;
                if (rowsRead % ImportOptions.PROGRESS_EVERY == 0) {
                    options.progress().accept(rowsRead);
                }
                pending.add(readRow(row, accountId));
            }
        }
        return new ParsedMovements(Pending.finish(pending), rowsRead, List.of());
    }

    private static Pending readRow(CsvRow row, long accountId) {
        LocalDate date = Cells.isoDate(row, "date");
        LocalTime time = Cells.timeOrNull(row, "time");
        MovementKind kind = kind(row);
        Currency currency = build(row, () -> Currency.of(required(row, "currency", "")));
        Set<String> used = USED.get(kind);
        List<String> keyFields = new ArrayList<>(List.of(SOURCE, Long.toString(accountId)));
        LocalDateTime timestamp = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        keyFields.add(timestamp.toString());
        keyFields.add(kind.name());
        keyFields.add(currency.code());
        for (String column : COLUMNS) {
            if (COMMON.contains(column)) {
                continue;
            }
            String normalized;
            if (NUMERIC.contains(column)) {
                normalized = SourceKeys.number(Cells.decimal(row, column, false));
            } else {
                normalized = SourceKeys.text(row.text(column));
            }
            boolean empty = normalized.isEmpty() || normalized.equals("0");
            if (!used.contains(column) && !empty) {
                throw row.error(column, "is not used by kind " + kind + " (leave it empty; "
                        + kind + " uses " + used.stream().sorted(COLUMNS_ORDER).collect(Collectors.joining(", ")) + ")");
            }
            keyFields.add(column + "=" + normalized);
        }
        MovementDetail detail = build(row, () -> detail(kind, row));
        String notes = row.raw("notes").strip();
        if (notes.length() > MAX_NOTES) {
            throw row.error("notes", "is longer than " + MAX_NOTES + " characters (" + notes.length() + ")");
        }
        Movement movement = build(row, () -> new Movement(0, accountId, timestamp, currency, detail, notes, null));
        return new Pending(movement, row.line(), SourceKeys.join(keyFields.toArray(String[]::new)), row.location());
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

    private static MovementDetail detail(MovementKind kind, CsvRow row) {
        return switch (kind) {
            case DEPOSIT -> new Deposit(number(row, "amount"), number(row, "commissions"), number(row, "fees"));
            case WITHDRAWAL -> new Withdrawal(number(row, "amount"), number(row, "commissions"), number(row, "fees"));
            case FEE -> new Fee(number(row, "amount"));
            case INTEREST -> new Interest(number(row, "amount"));
            case INTEREST_PAID -> new InterestPaid(number(row, "amount"));
            case LENDING_INCOME -> new LendingIncome(number(row, "amount"));
            case DIVIDEND -> new Dividend(ticker(row, "ticker", kind), number(row, "amount"));
            case DIVIDEND_TAX -> new DividendTax(ticker(row, "ticker", kind), number(row, "amount"));
            case TRADE -> new Trade(ticker(row, "ticker", kind), named(row, "side", Side.class, kind),
                    number(row, "quantity"), requiredNumber(row, "price", kind), number(row, "commissions"),
                    number(row, "fees"));
            case OPTION_TRADE -> new OptionTrade(contract(row, kind), named(row, "action", OptionAction.class, kind),
                    number(row, "contracts"), number(row, "premium"), number(row, "commissions"), number(row, "fees"));
            case OPTION_EVENT -> new OptionEvent(contract(row, kind), named(row, "event", OptionEventType.class, kind),
                    number(row, "contracts"), number(row, "amount"));
            case OPTION_ADJUSTMENT -> new OptionAdjustment(contract(row, kind), number(row, "newStrike"),
                    number(row, "contracts"));
            case SECURITY_IN -> new SecurityIn(ticker(row, "ticker", kind), number(row, "quantity"),
                    number(row, "costPerShare"));
            case SECURITY_OUT -> new SecurityOut(ticker(row, "ticker", kind), number(row, "quantity"),
                    number(row, "costPerShare"));
            case CONVERSION -> new Conversion(number(row, "amount"),
                    Currency.of(required(row, "targetCurrency", "for kind " + kind)), number(row, "amountIn"),
                    number(row, "fees"));
        };
    }

    private static OptionContract contract(CsvRow row, MovementKind kind) {
        Ticker underlying = ticker(row, "underlying", kind);
        OptionType type = named(row, "callPut", OptionType.class, kind);
        BigDecimal strike = requiredNumber(row, "strike", kind);
        LocalDate expiration = Cells.isoDate(row, "expiration");
        // Shares per contract: 100, or what an adjusted contract delivers after a split (150 after a
        // 3:2, 33.33333333 after a 1:3; docs/GENERIC-CSV.md).
        BigDecimal multiplier = number(row, "multiplier");
        if (multiplier != null && multiplier.signum() <= 0) {
            throw row.error("multiplier", "must be > 0, got " + row.text("multiplier"));
        }
        return new OptionContract(underlying, type, strike, expiration,
                multiplier == null ? BigDecimal.valueOf(100) : multiplier);
    }

    private static BigDecimal number(CsvRow row, String column) {
        return Cells.decimal(row, column, false);
    }

    private static BigDecimal requiredNumber(CsvRow row, String column, MovementKind kind) {
        return Cells.requiredDecimal(row, column, false, "for kind " + kind);
    }

    private static Ticker ticker(CsvRow row, String column, MovementKind kind) {
        return Ticker.of(required(row, column, "for kind " + kind));
    }

    private static <E extends Enum<E>> E named(CsvRow row, String column, Class<E> type, MovementKind kind) {
        String text = required(row, column, "for kind " + kind);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error(column, "unknown value '" + text + "' (expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ")");
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
