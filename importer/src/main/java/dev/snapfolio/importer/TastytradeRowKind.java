package dev.snapfolio.importer;

import static dev.snapfolio.importer.TastytradeColumns.INSTRUMENT;
import static dev.snapfolio.importer.TastytradeColumns.SUB_TYPE;
import static dev.snapfolio.importer.TastytradeColumns.TYPE;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a Tastytrade row is, from its Type, Sub Type and Instrument Type: which movement it becomes,
 * a special-dividend strike adjustment (one of a pair of rows), or a row Snapfolio does not import.
 */
enum TastytradeRowKind {
    EQUITY_TRADE, OPTION_TRADE, EXPIRATION, ASSIGNMENT, EXERCISE, CASH_SETTLED, SPECIAL_DIVIDEND, ACAT,
    DEPOSIT_OR_WITHDRAWAL, FEE, CREDIT_INTEREST, DEBIT_INTEREST, LENDING_INCOME, DIVIDEND, UNSUPPORTED;

    private static final Pattern TRADE_SUB_TYPE = Pattern.compile("(buy|sell)( to (open|close))?");

    private enum Instrument { EQUITY, OPTION, OTHER }

    static TastytradeRowKind of(CsvRow row) {
        return of(lower(row.text(TYPE)), lower(row.text(SUB_TYPE)), instrument(row));
    }

    private static TastytradeRowKind of(String type, String subType, Instrument instrument) {
        switch (type) {
            case "trade":
                if (instrument == Instrument.EQUITY && isTradeSubType(subType)) {
                    return EQUITY_TRADE;
                }
                return instrument == Instrument.OPTION && isTradeSubType(subType) ? OPTION_TRADE : UNSUPPORTED;
            case "receive deliver":
                if (instrument == Instrument.OPTION) {
                    if (subType.equals("expiration")) {
                        return EXPIRATION;
                    }
                    if (subType.equals("special dividend")) {
                        return SPECIAL_DIVIDEND;
                    }
                    if (subType.contains("assignment")) {
                        return ASSIGNMENT;
                    }
                    if (subType.contains("exercise")) {
                        return EXERCISE;
                    }
                    return subType.startsWith("cash settle") ? CASH_SETTLED : UNSUPPORTED;
                }
                if (instrument == Instrument.EQUITY) {
                    if (subType.equals("acat")) {
                        return ACAT;
                    }
                    return isTradeSubType(subType) ? EQUITY_TRADE : UNSUPPORTED;
                }
                return UNSUPPORTED;
            case "money movement":
                return switch (subType) {
                    case "deposit", "withdrawal", "transfer" -> DEPOSIT_OR_WITHDRAWAL;
                    case "balance adjustment", "fee" -> FEE;
                    case "credit interest" -> CREDIT_INTEREST;
                    case "debit interest" -> DEBIT_INTEREST;
                    case "fully paid stock lending income" -> LENDING_INCOME;
                    case "dividend" -> DIVIDEND;
                    default -> UNSUPPORTED;
                };
            default:
                return UNSUPPORTED;
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

    /** "Type / Sub Type (Instrument Type)", as warnings and errors name an unsupported row. */
    static String describe(CsvRow row) {
        String what = row.text(TYPE) + " / " + row.text(SUB_TYPE);
        return row.text(INSTRUMENT).isEmpty() ? what : what + " (" + row.text(INSTRUMENT) + ")";
    }

    /** Blanks collapsed, lower case: how the type columns are compared. */
    static String lower(String text) {
        return SourceKeys.collapseBlanks(text).toLowerCase(Locale.ROOT);
    }
}
