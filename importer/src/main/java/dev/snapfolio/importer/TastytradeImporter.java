package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
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
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tastytrade's transaction history export (DESIGN §7): newest row first, numbers with thousands
 * separators, {@code --} for 0, timestamps with an offset (dropped: the local time as written is
 * kept), expirations as {@code M/D/YY}, commissions and fees as negative numbers (their absolute
 * value is the cost). Columns are found by name, so both header variants (with or without
 * {@code Total} and {@code Currency}) and columns added by later exports are fine.
 */
final class TastytradeImporter implements MovementFileImporter {
    static final String SOURCE = "tastytrade";

    static final String DATE = "Date";
    static final String TYPE = "Type";
    static final String SUB_TYPE = "Sub Type";
    static final String ACTION = "Action";
    static final String SYMBOL = "Symbol";
    static final String INSTRUMENT = "Instrument Type";
    static final String DESCRIPTION = "Description";
    static final String VALUE = "Value";
    static final String QUANTITY = "Quantity";
    static final String AVERAGE_PRICE = "Average Price";
    static final String COMMISSIONS = "Commissions";
    static final String FEES = "Fees";
    static final String MULTIPLIER = "Multiplier";
    static final String ROOT = "Root Symbol";
    static final String UNDERLYING = "Underlying Symbol";
    static final String EXPIRATION = "Expiration Date";
    static final String STRIKE = "Strike Price";
    static final String CALL_PUT = "Call or Put";
    static final String ORDER = "Order #";
    static final String TOTAL = "Total";
    static final String CURRENCY = "Currency";

    static final List<String> REQUIRED = List.of(DATE, TYPE, SUB_TYPE, ACTION, SYMBOL, INSTRUMENT, DESCRIPTION, VALUE,
            QUANTITY, AVERAGE_PRICE, COMMISSIONS, FEES, MULTIPLIER, ROOT, UNDERLYING, EXPIRATION, STRIKE, CALL_PUT, ORDER);
    static final List<String> OPTIONAL = List.of(TOTAL, CURRENCY);
    private static final String HEADER = String.join(",", REQUIRED) + "[,Total][,Currency]";

    /** Which column a domain field error points at. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("amount", VALUE), Map.entry("premium", VALUE), Map.entry("cashSettlement", VALUE),
            Map.entry("price", VALUE), Map.entry("quantity", QUANTITY), Map.entry("contracts", QUANTITY),
            Map.entry("commissions", COMMISSIONS), Map.entry("fees", FEES), Map.entry("ticker", SYMBOL),
            Map.entry("underlying", UNDERLYING), Map.entry("strike", STRIKE), Map.entry("newStrike", STRIKE),
            Map.entry("expiration", EXPIRATION), Map.entry("multiplier", MULTIPLIER), Map.entry("callPut", CALL_PUT),
            Map.entry("timestamp", DATE), Map.entry("currency", CURRENCY), Map.entry("costPerShare", AVERAGE_PRICE),
            Map.entry("symbol", SYMBOL), Map.entry("action", ACTION), Map.entry("side", ACTION));

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern TRADE_SUB_TYPE = Pattern.compile("(buy|sell)( to (open|close))?");
    private static final BigDecimal PAIR_VALUE_TOLERANCE = new BigDecimal("0.01");
    private static final long PAIR_SECONDS = 2;

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ParsedMovements read(Reader reader, String fileName, long accountId, ImportOptions options) {
        List<Pending> pending = new ArrayList<>();
        List<Leg> legs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int rowsRead = 0;
        try (CsvTable table = CsvTable.open(reader, fileName, HEADER)) {
            table.requireColumns(REQUIRED, OPTIONAL, true, "a Tastytrade transaction history");
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                rowsRead++;
                if (rowsRead % ImportOptions.PROGRESS_EVERY == 0) {
                    options.progress().accept(rowsRead);
                }
                readRow(row, accountId, options, pending, legs, skipped);
            }
        }
        List<Pending> adjustments = adjustments(fileName, accountId, legs, pending);
        pending.addAll(adjustments);
        List<String> warnings = skipped.isEmpty() ? List.of()
                : List.of(fileName + ": skipped " + skipped.size() + " unsupported row" + (skipped.size() == 1 ? "" : "s")
                        + ": " + String.join(", ", skipped));
        return new ParsedMovements(Pending.finish(pending), rowsRead, warnings);
    }

    private void readRow(CsvRow row, long accountId, ImportOptions options, List<Pending> pending, List<Leg> legs,
            List<String> skipped) {
        Stamp stamp = stamp(row);
        Currency currency = currency(row);
        String type = lower(row.text(TYPE));
        String subType = lower(row.text(SUB_TYPE));
        Kind kind = kind(type, subType, instrument(row));
        if (kind == Kind.UNSUPPORTED) {
            String what = describeType(row);
            if (!options.skipUnsupported()) {
                throw row.error(TYPE, "unsupported row type '" + what + "' (--skip-unsupported skips such rows)");
            }
            skipped.add("line " + row.line() + " (" + what + ")");
            return;
        }
        String keyFields = SourceKeys.join(SOURCE, Long.toString(accountId), stamp.instantKey(),
                SourceKeys.text(row.text(TYPE)), SourceKeys.text(row.text(SUB_TYPE)), SourceKeys.text(row.text(SYMBOL)),
                SourceKeys.text(row.text(ACTION)), SourceKeys.number(Cells.decimal(row, VALUE, true)),
                SourceKeys.number(Cells.decimal(row, QUANTITY, true)), SourceKeys.number(costs(row, COMMISSIONS)),
                SourceKeys.number(costs(row, FEES)), SourceKeys.text(row.text(ORDER)));
        String description = row.raw(DESCRIPTION).strip();
        // the broker's description is for reference only: keep what the notes column holds
        String notes = description.length() > GenericCsvImporter.MAX_NOTES
                ? description.substring(0, GenericCsvImporter.MAX_NOTES) : description;
        if (kind == Kind.SPECIAL_DIVIDEND) {
            OptionContract contract = contract(row);
            BigDecimal quantity = Cells.positive(row, QUANTITY, true, "for a special-dividend adjustment");
            BigDecimal value = orZero(Cells.decimal(row, VALUE, true));
            legs.add(new Leg(row.file(), row.line(), stamp, currency, contract, optionActionOrNull(row), quantity, value,
                    keyFields, notes));
            return;
        }
        MovementDetail detail = detail(kind, row);
        Movement movement = movement(row, () -> new Movement(0, accountId, stamp.local(), currency, detail, notes, null));
        pending.add(new Pending(movement, -row.line(), keyFields, row.location()));
    }

    private enum Kind {
        EQUITY_TRADE, OPTION_TRADE, EXPIRATION, ASSIGNMENT, EXERCISE, CASH_SETTLED, SPECIAL_DIVIDEND, ACAT,
        DEPOSIT_OR_WITHDRAWAL, FEE, CREDIT_INTEREST, DEBIT_INTEREST, LENDING_INCOME, DIVIDEND, UNSUPPORTED
    }

    private enum Instrument { EQUITY, OPTION, OTHER }

    private static Kind kind(String type, String subType, Instrument instrument) {
        switch (type) {
            case "trade":
                if (instrument == Instrument.EQUITY && isTradeSubType(subType)) {
                    return Kind.EQUITY_TRADE;
                }
                return instrument == Instrument.OPTION && isTradeSubType(subType) ? Kind.OPTION_TRADE : Kind.UNSUPPORTED;
            case "receive deliver":
                if (instrument == Instrument.OPTION) {
                    if (subType.equals("expiration")) {
                        return Kind.EXPIRATION;
                    }
                    if (subType.equals("special dividend")) {
                        return Kind.SPECIAL_DIVIDEND;
                    }
                    if (subType.contains("assignment")) {
                        return Kind.ASSIGNMENT;
                    }
                    if (subType.contains("exercise")) {
                        return Kind.EXERCISE;
                    }
                    return subType.startsWith("cash settle") ? Kind.CASH_SETTLED : Kind.UNSUPPORTED;
                }
                if (instrument == Instrument.EQUITY) {
                    if (subType.equals("acat")) {
                        return Kind.ACAT;
                    }
                    return isTradeSubType(subType) ? Kind.EQUITY_TRADE : Kind.UNSUPPORTED;
                }
                return Kind.UNSUPPORTED;
            case "money movement":
                return switch (subType) {
                    case "deposit", "withdrawal", "transfer" -> Kind.DEPOSIT_OR_WITHDRAWAL;
                    case "balance adjustment", "fee" -> Kind.FEE;
                    case "credit interest" -> Kind.CREDIT_INTEREST;
                    case "debit interest" -> Kind.DEBIT_INTEREST;
                    case "fully paid stock lending income" -> Kind.LENDING_INCOME;
                    case "dividend" -> Kind.DIVIDEND;
                    default -> Kind.UNSUPPORTED;
                };
            default:
                return Kind.UNSUPPORTED;
        }
    }

    private static boolean isTradeSubType(String subType) {
        return TRADE_SUB_TYPE.matcher(subType).matches();
    }

    private static Instrument instrument(CsvRow row) {
        return switch (lower(row.text(INSTRUMENT))) {
            case "equity" -> Instrument.EQUITY;
            case "equity option", "future option" -> Instrument.OPTION;
            default -> Instrument.OTHER;
        };
    }

    private static String describeType(CsvRow row) {
        String what = row.text(TYPE) + " / " + row.text(SUB_TYPE);
        return row.text(INSTRUMENT).isEmpty() ? what : what + " (" + row.text(INSTRUMENT) + ")";
    }

    private MovementDetail detail(Kind kind, CsvRow row) {
        return detail(row, () -> switch (kind) {
            case EQUITY_TRADE -> equityTrade(row);
            case OPTION_TRADE -> new OptionTrade(contract(row), optionAction(row),
                    Cells.positive(row, QUANTITY, true, "for an option trade"),
                    Cells.requiredDecimal(row, VALUE, true, "for an option trade"), costs(row, COMMISSIONS), costs(row, FEES));
            case EXPIRATION -> event(row, OptionEventType.EXPIRED, BigDecimal.ZERO);
            case ASSIGNMENT -> event(row, OptionEventType.ASSIGNED, orZero(Cells.decimal(row, VALUE, true)));
            case EXERCISE -> event(row, OptionEventType.EXERCISED, orZero(Cells.decimal(row, VALUE, true)));
            case CASH_SETTLED -> event(row, optionAction(row).isBuy() ? OptionEventType.ASSIGNED : OptionEventType.EXERCISED,
                    orZero(Cells.decimal(row, VALUE, true)));
            case ACAT -> acat(row);
            case DEPOSIT_OR_WITHDRAWAL -> {
                BigDecimal value = nonZeroValue(row);
                yield value.signum() > 0 ? new Deposit(value, costs(row, COMMISSIONS), costs(row, FEES))
                        : new Withdrawal(value.negate(), costs(row, COMMISSIONS), costs(row, FEES));
            }
            case FEE -> new Fee(nonZeroValue(row).negate());
            case CREDIT_INTEREST -> new Interest(nonZeroValue(row).abs());
            case DEBIT_INTEREST -> new InterestPaid(nonZeroValue(row).abs());
            case LENDING_INCOME -> new LendingIncome(nonZeroValue(row).abs());
            case DIVIDEND -> {
                BigDecimal value = nonZeroValue(row);
                Ticker ticker = ticker(row, "for a dividend");
                yield value.signum() > 0 ? new Dividend(ticker, value) : new DividendTax(ticker, value.negate());
            }
            case SPECIAL_DIVIDEND, UNSUPPORTED -> throw new IllegalStateException("not a single-row kind: " + kind);
        });
    }

    private static Trade equityTrade(CsvRow row) {
        Side side = side(row);
        BigDecimal quantity = Cells.positive(row, QUANTITY, true, "for a trade");
        BigDecimal value = Cells.requiredDecimal(row, VALUE, true, "for a trade");
        BigDecimal price = Decimals.price(Decimals.divide(value.abs(), quantity));
        return new Trade(ticker(row, "for a trade"), side, quantity, price, costs(row, COMMISSIONS), costs(row, FEES));
    }

    private static MovementDetail acat(CsvRow row) {
        Side side = side(row);
        BigDecimal quantity = Cells.positive(row, QUANTITY, true, "for a share transfer");
        BigDecimal cost = Cells.abs(Cells.decimal(row, AVERAGE_PRICE, true));
        Ticker ticker = ticker(row, "for a share transfer");
        return side == Side.BUY ? new SecurityIn(ticker, quantity, cost) : new SecurityOut(ticker, quantity, cost);
    }

    private static OptionEvent event(CsvRow row, OptionEventType type, BigDecimal cashSettlement) {
        return new OptionEvent(contract(row), type, Cells.positive(row, QUANTITY, true, "for an option event"),
                cashSettlement);
    }

    private static BigDecimal nonZeroValue(CsvRow row) {
        BigDecimal value = Cells.requiredDecimal(row, VALUE, true, "for a " + lower(row.text(SUB_TYPE)));
        if (value.signum() == 0) {
            throw row.error(VALUE, "must not be 0 for a " + lower(row.text(SUB_TYPE)));
        }
        return value;
    }

    private static OptionContract contract(CsvRow row) {
        String underlying = row.text(UNDERLYING);
        if (underlying.isEmpty()) {
            throw row.error(UNDERLYING, "is required for an option");
        }
        OptionType type = switch (row.text(CALL_PUT).toUpperCase(Locale.ROOT)) {
            case "CALL", "C" -> OptionType.CALL;
            case "PUT", "P" -> OptionType.PUT;
            case "" -> throw row.error(CALL_PUT, "is required for an option");
            default -> throw row.error(CALL_PUT, "not CALL or PUT: '" + row.text(CALL_PUT) + "'");
        };
        BigDecimal strike = Cells.positive(row, STRIKE, false, "for an option");
        var expiration = Cells.usOrIsoDate(row, EXPIRATION, "for an option");
        return detail(row, () -> new OptionContract(Ticker.of(underlying), type, strike, expiration, multiplier(row)));
    }

    private static int multiplier(CsvRow row) {
        BigDecimal value = Cells.decimal(row, MULTIPLIER, false);
        if (value == null) {
            if (lower(row.text(INSTRUMENT)).equals("equity option")) {
                return 100;
            }
            throw row.error(MULTIPLIER, "is required for a future option");
        }
        try {
            int multiplier = value.intValueExact();
            if (multiplier > 0) {
                return multiplier;
            }
        } catch (ArithmeticException e) {
            // falls through to the error below
        }
        throw row.error(MULTIPLIER, "must be a whole number > 0, got " + row.text(MULTIPLIER));
    }

    private static OptionAction optionAction(CsvRow row) {
        OptionAction action = optionActionOrNull(row);
        if (action == null) {
            throw row.error(ACTION, "not an option action: '" + row.text(ACTION)
                    + "' (expected BUY_TO_OPEN, SELL_TO_OPEN, BUY_TO_CLOSE or SELL_TO_CLOSE)");
        }
        return action;
    }

    /** From the Action column, else from the Sub Type ("Buy to Open"); null when neither says. */
    private static OptionAction optionActionOrNull(CsvRow row) {
        for (String text : List.of(row.text(ACTION), row.text(SUB_TYPE))) {
            String name = text.toUpperCase(Locale.ROOT).replace(' ', '_');
            for (OptionAction action : OptionAction.values()) {
                if (action.name().equals(name)) {
                    return action;
                }
            }
        }
        return null;
    }

    private static Side side(CsvRow row) {
        for (String text : List.of(row.text(ACTION), row.text(SUB_TYPE))) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (upper.startsWith("BUY")) {
                return Side.BUY;
            }
            if (upper.startsWith("SELL")) {
                return Side.SELL;
            }
        }
        throw row.error(ACTION, "does not say buy or sell: '" + row.text(ACTION) + "'");
    }

    private static Ticker ticker(CsvRow row, String forWhat) {
        String symbol = row.text(SYMBOL).isEmpty() ? row.text(UNDERLYING) : row.text(SYMBOL);
        if (symbol.isEmpty()) {
            throw row.error(SYMBOL, "is required " + forWhat);
        }
        return detail(row, () -> Ticker.of(symbol));
    }

    /** Commissions and fees are written negative; the cost is their absolute value. */
    private static BigDecimal costs(CsvRow row, String column) {
        BigDecimal value = Cells.decimal(row, column, true);
        return value == null ? BigDecimal.ZERO : value.abs();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Currency currency(CsvRow row) {
        String code = row.text(CURRENCY);
        return code.isEmpty() ? Currency.USD : detail(row, () -> Currency.of(code));
    }

    private static Stamp stamp(CsvRow row) {
        String text = row.text(DATE);
        if (text.isEmpty()) {
            throw row.error(DATE, "is required");
        }
        Matcher m = TIMESTAMP.matcher(text);
        if (m.matches()) {
            try {
                LocalDateTime local = localDateTime(m.group(1), m.group(2));
                if (m.group(3) == null) {
                    return new Stamp(local, local + "L", local.toEpochSecond(ZoneOffset.UTC));
                }
                ZoneOffset offset = ZoneOffset.of(m.group(3));
                long epochSecond = local.toEpochSecond(offset);
                return new Stamp(local, epochSecond + "." + local.getNano(), epochSecond);
            } catch (DateTimeParseException e) {
                // falls through to the error below
            } catch (DateTimeException e) {
                if (e.getMessage() != null && e.getMessage().contains("offset")) {
                    throw row.error(DATE, "bad time offset in '" + text + "'");
                }
            }
        }
        throw row.error(DATE, "not a timestamp '" + text + "' (expected e.g. 2025-10-03T20:55:09+0100)");
    }

    /** "2025-10-03" and "20:55:09[.123]" (shapes already checked); by hand, it runs for every row of large files. */
    private static LocalDateTime localDateTime(String date, String time) {
        int hour = Integer.parseInt(time, 0, 2, 10);
        int minute = Integer.parseInt(time, 3, 5, 10);
        int second = time.length() >= 8 ? Integer.parseInt(time, 6, 8, 10) : 0;
        int nano = 0;
        if (time.length() > 9) {
            String fraction = (time.substring(9) + "000000000").substring(0, 9);
            nano = Integer.parseInt(fraction);
        }
        return LocalDateTime.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
                Integer.parseInt(date, 8, 10, 10), hour, minute, second, nano);
    }

    /** The local time as written (offset dropped), the instant for source keys, seconds for pairing. */
    private record Stamp(LocalDateTime local, String instantKey, long epochSecond) {
    }

    private static String lower(String text) {
        return SourceKeys.collapseBlanks(text).toLowerCase(Locale.ROOT);
    }

    /** Runs a domain constructor; its field error becomes an error on the matching column of this row. */
    private static <T> T detail(CsvRow row, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            throw row.error(COLUMN_OF_FIELD.get(e.field()), e.getMessage());
        }
    }

    private static Movement movement(CsvRow row, Supplier<Movement> build) {
        return detail(row, build);
    }

    // ---- special dividends ---------------------------------------------------------------------

    /** One row of a special-dividend strike adjustment: the old or the new strike, not yet known which. */
    private record Leg(String file, int line, Stamp stamp, Currency currency, OptionContract contract,
            OptionAction action, BigDecimal quantity, BigDecimal value, String keyFields, String notes) {
        boolean pairsWith(Leg other) {
            return contract.underlying().equals(other.contract.underlying())
                    && contract.expiration().equals(other.contract.expiration())
                    && contract.type() == other.contract.type()
                    && quantity.compareTo(other.quantity) == 0
                    && Math.abs(stamp.epochSecond() - other.stamp.epochSecond()) <= PAIR_SECONDS
                    && contract.strike().compareTo(other.contract.strike()) != 0
                    && value.add(other.value).abs().compareTo(PAIR_VALUE_TOLERANCE) <= 0;
        }
    }

    private record Pair(Leg first, Leg second) {
        LocalDateTime timestamp() {
            return first.stamp.local().isBefore(second.stamp.local()) ? first.stamp.local() : second.stamp.local();
        }

        int order() {
            return -Math.max(first.line, second.line);
        }
    }

    /**
     * Pairs the special-dividend rows and turns each pair into an OPTION_ADJUSTMENT of the strike
     * held open. Which of the two strikes is the old one: when the Action column says (one row
     * closes, the other opens), the closing row; otherwise the strike that the earlier rows of this
     * file left open. When neither tells, the import stops rather than guess.
     */
    private static List<Pending> adjustments(String file, long accountId, List<Leg> legs, List<Pending> others) {
        if (legs.isEmpty()) {
            return List.of();
        }
        List<Leg> sorted = new ArrayList<>(legs);
        sorted.sort(Comparator.comparingLong((Leg l) -> l.stamp.epochSecond()).thenComparingInt(l -> -l.line));
        boolean[] used = new boolean[sorted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Leg leg = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && !used[i]; j++) {
                Leg other = sorted.get(j);
                if (other.stamp.epochSecond() - leg.stamp.epochSecond() > PAIR_SECONDS) {
                    break;
                }
                if (!used[j] && leg.pairsWith(other)) {
                    used[i] = true;
                    used[j] = true;
                    pairs.add(new Pair(leg, other));
                }
            }
            if (!used[i]) {
                throw new ImportException(file, leg.line, null, "special-dividend row without its partner (a row with the"
                        + " same underlying, expiration, call/put and quantity, another strike, at most 2 s apart, Values"
                        + " summing to 0 within 0.01)");
            }
        }
        pairs.sort(Comparator.comparing(Pair::timestamp).thenComparingInt(Pair::order));
        List<Pending> chronological = new ArrayList<>(others);
        chronological.sort(Pending.CHRONOLOGICAL);
        Map<OptionContract, BigDecimal> open = new HashMap<>();
        List<Pending> result = new ArrayList<>();
        int next = 0;
        for (Pair pair : pairs) {
            while (next < chronological.size() && before(chronological.get(next), pair)) {
                applyOpen(open, chronological.get(next++).movement().detail());
            }
            Pending adjustment = adjustment(file, accountId, pair, open);
            applyOpen(open, adjustment.movement().detail());
            result.add(adjustment);
        }
        return result;
    }

    private static boolean before(Pending p, Pair pair) {
        int byTime = p.movement().timestamp().compareTo(pair.timestamp());
        return byTime < 0 || byTime == 0 && p.order() < pair.order();
    }

    private static Pending adjustment(String file, long accountId, Pair pair, Map<OptionContract, BigDecimal> open) {
        Leg a = pair.first();
        Leg b = pair.second();
        Leg old;
        if (a.action != null && b.action != null && a.action.isOpen() != b.action.isOpen()) {
            old = a.action.isOpen() ? b : a;
        } else {
            boolean aOpen = open.getOrDefault(a.contract, BigDecimal.ZERO).signum() != 0;
            boolean bOpen = open.getOrDefault(b.contract, BigDecimal.ZERO).signum() != 0;
            if (aOpen == bOpen) {
                int first = Math.min(a.line, b.line);
                throw new ImportException(file, first, null, "cannot tell which strike of the special-dividend pair on lines "
                        + first + " and " + Math.max(a.line, b.line) + " is held open: the Action column does not say and "
                        + (aOpen ? "earlier rows of the file leave both open" : "no earlier row of the file opens either"));
            }
            old = aOpen ? a : b;
        }
        Leg replacement = old == a ? b : a;
        int firstLine = Math.min(a.line, b.line);
        int lastLine = Math.max(a.line, b.line);
        String location = file + ":" + firstLine + "+" + lastLine;
        Movement movement;
        try {
            movement = new Movement(0, accountId, pair.timestamp(), old.currency,
                    new OptionAdjustment(old.contract, replacement.contract.strike(), old.quantity), old.notes, null);
        } catch (ValidationException e) {
            throw new ImportException(file, firstLine, COLUMN_OF_FIELD.get(e.field()), e.getMessage());
        }
        String keyFields = List.of(a.keyFields, b.keyFields).stream().sorted().collect(Collectors.joining("\u001e"));
        return new Pending(movement, pair.order(), keyFields, location);
    }

    /** Tracks signed open contracts per contract (long > 0, short < 0) to find the strike held open. */
    private static void applyOpen(Map<OptionContract, BigDecimal> open, MovementDetail detail) {
        if (detail instanceof OptionTrade trade) {
            BigDecimal delta = trade.action().isBuy() ? trade.contracts() : trade.contracts().negate();
            open.merge(trade.contract(), delta, BigDecimal::add);
        } else if (detail instanceof OptionEvent event) {
            BigDecimal held = open.getOrDefault(event.contract(), BigDecimal.ZERO);
            BigDecimal closed = held.abs().min(event.contracts());
            open.put(event.contract(), held.signum() >= 0 ? held.subtract(closed) : held.add(closed));
        } else if (detail instanceof OptionAdjustment adjustment) {
            BigDecimal held = open.getOrDefault(adjustment.contract(), BigDecimal.ZERO);
            BigDecimal moved = held.abs().min(adjustment.contracts());
            BigDecimal signed = held.signum() >= 0 ? moved : moved.negate();
            open.put(adjustment.contract(), held.subtract(signed));
            open.merge(adjustment.newContract(), signed, BigDecimal::add);
        }
    }
}
