package dev.snapfolio.importer;

import java.util.List;
import java.util.Map;

/** The columns of Tastytrade's transaction history export, found by name. */
final class TastytradeColumns {
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
    static final String HEADER = String.join(",", REQUIRED) + "[,Total][,Currency]";

    /** Which column a domain field error points at. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("amount", VALUE), Map.entry("premium", VALUE), Map.entry("cashSettlement", VALUE),
            Map.entry("price", VALUE), Map.entry("quantity", QUANTITY), Map.entry("contracts", QUANTITY),
            Map.entry("commissions", COMMISSIONS), Map.entry("fees", FEES), Map.entry("ticker", SYMBOL),
            Map.entry("underlying", UNDERLYING), Map.entry("strike", STRIKE), Map.entry("newStrike", STRIKE),
            Map.entry("expiration", EXPIRATION), Map.entry("multiplier", MULTIPLIER), Map.entry("callPut", CALL_PUT),
            Map.entry("timestamp", DATE), Map.entry("currency", CURRENCY), Map.entry("costPerShare", AVERAGE_PRICE),
            Map.entry("symbol", SYMBOL), Map.entry("action", ACTION), Map.entry("side", ACTION));

    private TastytradeColumns() {
    }
}
