package dev.snapfolio.importer.fields;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fields of a movement as Snapfolio's own formats name them (DESIGN §7): the columns of the
 * generic CSV, in their order, which are also the command-line flags, the columns of
 * {@code movement list} and the keys of its CSV/JSON output. Which kinds use a field, how it is read
 * from a movement and how a detail is built from it is in {@link MovementFields}.
 */
public enum MovementField {
    DATE("date", ValueType.DATE, LocalDate.class, "DATE", "Local date of the movement."),
    TIME("time", ValueType.TIME, LocalTime.class, "HH:mm", "Local time (default 00:00)."),
    KIND("kind", ValueType.CHOICE, MovementKind.class, "KIND", "The kind of movement."),
    CURRENCY("currency", ValueType.CURRENCY, Currency.class, "CUR", "Currency (default: the account's)."),
    AMOUNT("amount", ValueType.MONEY, BigDecimal.class, "N",
            "Cash amount (DEPOSIT, WITHDRAWAL, FEE, INTEREST*, LENDING_INCOME, DIVIDEND*, CONVERSION out)."),
    TICKER("ticker", ValueType.TICKER, Ticker.class, "SYMBOL", "Stock ticker (TRADE, DIVIDEND*, SECURITY_*)."),
    SIDE("side", ValueType.CHOICE, Side.class, "BUY|SELL", "Side of a TRADE."),
    QUANTITY("quantity", ValueType.QUANTITY, BigDecimal.class, "N", "Shares (TRADE, SECURITY_*)."),
    PRICE("price", ValueType.PRICE, BigDecimal.class, "N", "Price per share of a TRADE."),
    COMMISSIONS("commissions", ValueType.MONEY, BigDecimal.class, "N", "Commissions paid (default 0)."),
    FEES("fees", ValueType.MONEY, BigDecimal.class, "N", "Fees paid (default 0)."),
    UNDERLYING("underlying", ValueType.TICKER, Ticker.class, "SYMBOL", "Option contract: underlying ticker."),
    CALL_PUT("callPut", "--type", ValueType.CHOICE, OptionType.class, "CALL|PUT", "Option contract: call or put."),
    STRIKE("strike", ValueType.PRICE, BigDecimal.class, "N", "Option contract: strike."),
    EXPIRATION("expiration", ValueType.DATE, LocalDate.class, "DATE", "Option contract: expiration date."),
    MULTIPLIER("multiplier", ValueType.QUANTITY, BigDecimal.class, "N",
            "Option contract: shares per contract (default 100; 150 or 33.33333333 for a contract adjusted for a 3:2 or 1:3 split)."),
    ACTION("action", ValueType.CHOICE, OptionAction.class, "ACTION",
            "OPTION_TRADE: BUY_TO_OPEN, SELL_TO_OPEN, BUY_TO_CLOSE, SELL_TO_CLOSE."),
    EVENT("event", ValueType.CHOICE, OptionEventType.class, "EVENT", "OPTION_EVENT: EXPIRED, ASSIGNED, EXERCISED."),
    CONTRACTS("contracts", ValueType.QUANTITY, BigDecimal.class, "N", "Number of contracts (OPTION_*)."),
    PREMIUM("premium", ValueType.MONEY, BigDecimal.class, "N", "OPTION_TRADE cash: <= 0 for BUY_*, >= 0 for SELL_*."),
    NEW_STRIKE("newStrike", ValueType.PRICE, BigDecimal.class, "N", "OPTION_ADJUSTMENT: the new strike."),
    COST_PER_SHARE("costPerShare", ValueType.PRICE, BigDecimal.class, "N", "SECURITY_IN/OUT cost per share (default 0)."),
    TARGET_CURRENCY("targetCurrency", ValueType.CURRENCY, Currency.class, "CUR", "CONVERSION: the currency bought."),
    AMOUNT_IN("amountIn", ValueType.MONEY, BigDecimal.class, "N",
            "CONVERSION: the amount received in the target currency."),
    NOTES("notes", ValueType.TEXT, String.class, "TEXT", "Free text.");

    /** What a field holds: decides how it is parsed, compared for source keys and shown. */
    public enum ValueType {
        TEXT, TICKER, CURRENCY, CHOICE, DATE, TIME, WHOLE, MONEY, QUANTITY, PRICE;

        /** Numbers: a source key compares them by value ("1,300.00" is "1300"). */
        public boolean numeric() {
            return this == WHOLE || this == MONEY || this == QUANTITY || this == PRICE;
        }
    }

    /** The fields every movement has, whatever its kind; the others belong to its detail. */
    private static final List<MovementField> COMMON = List.of(DATE, TIME, KIND, CURRENCY, NOTES);
    private static final List<MovementField> DETAIL = Arrays.stream(values()).filter(f -> !COMMON.contains(f)).toList();
    private static final Map<String, MovementField> BY_COLUMN = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MovementField::column, f -> f));

    private final String column;
    private final String flag;
    private final ValueType type;
    private final Class<?> javaType;
    private final String label;
    private final String description;

    MovementField(String column, ValueType type, Class<?> javaType, String label, String description) {
        this(column, flagOf(column), type, javaType, label, description);
    }

    MovementField(String column, String flag, ValueType type, Class<?> javaType, String label, String description) {
        this.column = column;
        this.flag = flag;
        this.type = type;
        this.javaType = javaType;
        this.label = label;
        this.description = description;
    }

    /** "costPerShare" → "--cost-per-share". */
    private static String flagOf(String column) {
        StringBuilder sb = new StringBuilder("--");
        for (char ch : column.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('-').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** The generic CSV column, also the key in listings ({@code costPerShare}). */
    public String column() {
        return column;
    }

    /** The command-line flag ({@code --cost-per-share}; {@code --type} for {@code callPut}). */
    public String flag() {
        return flag;
    }

    public ValueType type() {
        return type;
    }

    /** The value's Java type when given typed (a flag): BigDecimal, Ticker, Side, LocalDate... */
    public Class<?> javaType() {
        return javaType;
    }

    /** A short placeholder for the value in help texts ({@code N}, {@code DATE}, {@code BUY|SELL}). */
    public String label() {
        return label;
    }

    /** One line for people: what the field holds and which kinds use it. */
    public String description() {
        return description;
    }

    /** Whether every kind has this field (date, time, kind, currency, notes). */
    public boolean common() {
        return COMMON.contains(this);
    }

    /** Whether a movement of this kind uses the field. */
    public boolean usedBy(MovementKind kind) {
        return common() || MovementFields.detailFields(kind).contains(this);
    }

    /** The fields of a movement's detail (not {@link #common()}), in column order. */
    public static List<MovementField> detailFields() {
        return DETAIL;
    }

    /** The field of a generic column name, or null. */
    public static MovementField ofColumn(String column) {
        return BY_COLUMN.get(column);
    }

    /** The column names in order (the generic CSV header). */
    public static List<String> columns() {
        return Arrays.stream(values()).map(MovementField::column).toList();
    }

    /** The field's value in a movement as listings show it, or null when its kind does not use it. */
    public Object valueIn(Movement movement) {
        return MovementFields.values(movement).get(this);
    }
}
