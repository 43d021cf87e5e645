package dev.snapfolio.importer;

import static dev.snapfolio.importer.TastytradeColumns.ACTION;
import static dev.snapfolio.importer.TastytradeColumns.AVERAGE_PRICE;
import static dev.snapfolio.importer.TastytradeColumns.CALL_PUT;
import static dev.snapfolio.importer.TastytradeColumns.COLUMN_OF_FIELD;
import static dev.snapfolio.importer.TastytradeColumns.COMMISSIONS;
import static dev.snapfolio.importer.TastytradeColumns.CURRENCY;
import static dev.snapfolio.importer.TastytradeColumns.DATE;
import static dev.snapfolio.importer.TastytradeColumns.DESCRIPTION;
import static dev.snapfolio.importer.TastytradeColumns.EXPIRATION;
import static dev.snapfolio.importer.TastytradeColumns.FEES;
import static dev.snapfolio.importer.TastytradeColumns.INSTRUMENT;
import static dev.snapfolio.importer.TastytradeColumns.MULTIPLIER;
import static dev.snapfolio.importer.TastytradeColumns.ORDER;
import static dev.snapfolio.importer.TastytradeColumns.QUANTITY;
import static dev.snapfolio.importer.TastytradeColumns.STRIKE;
import static dev.snapfolio.importer.TastytradeColumns.SUB_TYPE;
import static dev.snapfolio.importer.TastytradeColumns.SYMBOL;
import static dev.snapfolio.importer.TastytradeColumns.TYPE;
import static dev.snapfolio.importer.TastytradeColumns.UNDERLYING;
import static dev.snapfolio.importer.TastytradeColumns.VALUE;
import static dev.snapfolio.importer.TastytradeRowKind.lower;

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
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Tastytrade row to one movement: numbers with thousands separators, {@code --} for 0,
 * timestamps with an offset (dropped: the local time as written is kept), expirations as
 * {@code M/D/YY}, commissions and fees as negative numbers (their absolute value is the cost).
 * Special-dividend rows become a {@link SpecialDividendPairing.Leg}, paired later.
 */
final class TastytradeMovements {
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private TastytradeMovements() {
    }

    /** The local time as written (offset dropped), the instant for source keys, seconds for pairing. */
    record Stamp(LocalDateTime local, String instantKey, long epochSecond) {
    }

    /** The normalized fields a row's source key is made of. */
    static String keyFields(CsvRow row, long accountId, Stamp stamp) {
        return SourceKeys.join(TastytradeImporter.SOURCE, Long.toString(accountId), stamp.instantKey(),
                SourceKeys.text(row.text(TYPE)), SourceKeys.text(row.text(SUB_TYPE)), SourceKeys.text(row.text(SYMBOL)),
                SourceKeys.text(row.text(ACTION)), SourceKeys.number(Cells.decimal(row, VALUE, true)),
                SourceKeys.number(Cells.decimal(row, QUANTITY, true)), SourceKeys.number(costs(row, COMMISSIONS)),
                SourceKeys.number(costs(row, FEES)), SourceKeys.text(row.text(ORDER)));
    }

    /** The broker's description, for reference only: as much as the notes column holds. */
    static String notes(CsvRow row) {
        String description = row.raw(DESCRIPTION).strip();
        return description.length() > GenericCsvImporter.MAX_NOTES
                ? description.substring(0, GenericCsvImporter.MAX_NOTES) : description;
    }

    /** A movement of a single-row kind, placed newest-first (the file's order). */
    static Pending movement(TastytradeRowKind kind, CsvRow row, long accountId, Stamp stamp, Currency currency,
            String notes, String keyFields) {
        MovementDetail detail = detail(kind, row);
        Movement movement = validated(row, () -> new Movement(0, accountId, stamp.local(), currency, detail, notes, null));
        return new Pending(movement, -row.line(), keyFields, row.location());
    }

    /** One row of a special-dividend strike adjustment. */
    static SpecialDividendPairing.Leg leg(CsvRow row, Stamp stamp, Currency currency, String keyFields, String notes) {
        OptionContract contract = contract(row);
        BigDecimal quantity = Cells.positive(row, QUANTITY, true, "for a special-dividend adjustment");
        BigDecimal value = orZero(Cells.decimal(row, VALUE, true));
        return new SpecialDividendPairing.Leg(row.file(), row.line(), stamp, currency, contract, optionActionOrNull(row),
                quantity, value, keyFields, notes);
    }

    private static MovementDetail detail(TastytradeRowKind kind, CsvRow row) {
        return validated(row, () -> switch (kind) {
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
        return validated(row, () -> new OptionContract(Ticker.of(underlying), type, strike, expiration, multiplier(row)));
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
        return validated(row, () -> Ticker.of(symbol));
    }

    /** Commissions and fees are written negative; the cost is their absolute value. */
    private static BigDecimal costs(CsvRow row, String column) {
        BigDecimal value = Cells.decimal(row, column, true);
        return value == null ? BigDecimal.ZERO : value.abs();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The Currency column; USD when the export has none. */
    static Currency currency(CsvRow row) {
        String code = row.text(CURRENCY);
        return code.isEmpty() ? Currency.USD : validated(row, () -> Currency.of(code));
    }

    static Stamp stamp(CsvRow row) {
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

    /** Runs a domain constructor; its field error becomes an error on the matching column of this row. */
    private static <T> T validated(CsvRow row, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            throw row.error(COLUMN_OF_FIELD.get(e.field()), e.getMessage());
        }
    }
}
