package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a movement's detail from fields named after the generic CSV columns; values may be typed
 * (from flags) or strings (from a stored movement being edited). Missing required fields and
 * fields that do not apply to the kind are usage errors naming the flag.
 */
final class MovementBuilder {
    private static final List<String> CONTRACT = List.of("underlying", "callPut", "strike", "expiration", "multiplier");
    private static final Map<MovementKind, Set<String>> FIELDS = new EnumMap<>(MovementKind.class);

    static {
        FIELDS.put(MovementKind.DEPOSIT, Set.of("amount", "commissions", "fees"));
        FIELDS.put(MovementKind.WITHDRAWAL, Set.of("amount", "commissions", "fees"));
        FIELDS.put(MovementKind.FEE, Set.of("amount"));
        FIELDS.put(MovementKind.INTEREST, Set.of("amount"));
        FIELDS.put(MovementKind.INTEREST_PAID, Set.of("amount"));
        FIELDS.put(MovementKind.LENDING_INCOME, Set.of("amount"));
        FIELDS.put(MovementKind.DIVIDEND, Set.of("ticker", "amount"));
        FIELDS.put(MovementKind.DIVIDEND_TAX, Set.of("ticker", "amount"));
        FIELDS.put(MovementKind.TRADE, Set.of("ticker", "side", "quantity", "price", "commissions", "fees"));
        FIELDS.put(MovementKind.OPTION_TRADE, withContract("action", "contracts", "premium", "commissions", "fees"));
        FIELDS.put(MovementKind.OPTION_EVENT, withContract("event", "contracts", "amount"));
        FIELDS.put(MovementKind.OPTION_ADJUSTMENT, withContract("newStrike", "contracts"));
        FIELDS.put(MovementKind.SECURITY_IN, Set.of("ticker", "quantity", "costPerShare"));
        FIELDS.put(MovementKind.SECURITY_OUT, Set.of("ticker", "quantity", "costPerShare"));
        FIELDS.put(MovementKind.CONVERSION, Set.of("amount", "targetCurrency", "amountIn", "fees"));
    }

    private final MovementKind kind;
    private final Map<String, Object> fields;

    private MovementBuilder(MovementKind kind, Map<String, Object> fields) {
        this.kind = kind;
        this.fields = fields;
    }

    /** Rejects flags that do not apply to the kind (a --ticker on a DEPOSIT is a mistake, not noise). */
    static void checkApplicable(MovementKind kind, Set<String> given) {
        Set<String> wrong = new TreeSet<>();
        for (String field : given) {
            if (!FIELDS.get(kind).contains(field)) {
                wrong.add(flag(field));
            }
        }
        if (!wrong.isEmpty()) {
            throw new UsageException(String.join(", ", wrong) + (wrong.size() == 1 ? " does" : " do")
                    + " not apply to a " + kind);
        }
    }

    static Set<String> applicable(MovementKind kind) {
        return FIELDS.get(kind);
    }

    static MovementDetail build(MovementKind kind, Map<String, Object> fields) {
        return new MovementBuilder(kind, fields).build();
    }

    private MovementDetail build() {
        switch (kind) {
            case DEPOSIT:
                return new Deposit(decimal("amount", true), decimal("commissions", false), decimal("fees", false));
            case WITHDRAWAL:
                return new Withdrawal(decimal("amount", true), decimal("commissions", false), decimal("fees", false));
            case FEE:
                return new Fee(decimal("amount", true));
            case INTEREST:
                return new Interest(decimal("amount", true));
            case INTEREST_PAID:
                return new InterestPaid(decimal("amount", true));
            case LENDING_INCOME:
                return new LendingIncome(decimal("amount", true));
            case DIVIDEND:
                return new Dividend(ticker("ticker"), decimal("amount", true));
            case DIVIDEND_TAX:
                return new DividendTax(ticker("ticker"), decimal("amount", true));
            case TRADE:
                return new Trade(ticker("ticker"), enumValue("side", Side.class), decimal("quantity", true),
                        decimal("price", true), decimal("commissions", false), decimal("fees", false));
            case OPTION_TRADE:
                return new OptionTrade(contract(), enumValue("action", OptionAction.class), decimal("contracts", true),
                        decimal("premium", true), decimal("commissions", false), decimal("fees", false));
            case OPTION_EVENT:
                return new OptionEvent(contract(), enumValue("event", OptionEventType.class), decimal("contracts", true),
                        decimal("amount", false));
            case OPTION_ADJUSTMENT:
                return new OptionAdjustment(contract(), decimal("newStrike", true), decimal("contracts", true));
            case SECURITY_IN:
                return new SecurityIn(ticker("ticker"), decimal("quantity", true), decimal("costPerShare", false));
            case SECURITY_OUT:
                return new SecurityOut(ticker("ticker"), decimal("quantity", true), decimal("costPerShare", false));
            case CONVERSION:
                return new Conversion(decimal("amount", true), currency("targetCurrency"), decimal("amountIn", true),
                        decimal("fees", false));
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    private OptionContract contract() {
        BigDecimal multiplier = fields.get("multiplier") == null ? BigDecimal.valueOf(100) : decimal("multiplier", true);
        return new OptionContract(ticker("underlying"), enumValue("callPut", OptionType.class), decimal("strike", true),
                date("expiration"), multiplier);
    }

    private Object required(String field) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new UsageException(flag(field) + " is required for a " + kind);
        }
        return value;
    }

    private BigDecimal decimal(String field, boolean required) {
        Object value = required ? required(field) : fields.get(field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(flag(field) + ": '" + value + "' is not a number");
        }
    }

    private Ticker ticker(String field) {
        Object value = required(field);
        return value instanceof Ticker t ? t : Ticker.of(value.toString());
    }

    private Currency currency(String field) {
        Object value = required(field);
        return value instanceof Currency c ? c : Currency.of(value.toString());
    }

    private LocalDate date(String field) {
        Object value = required(field);
        return value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        Object value = required(field);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag(field) + ": '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Set<String> withContract(String... more) {
        Set<String> set = new TreeSet<>(CONTRACT);
        set.addAll(List.of(more));
        return Set.copyOf(set);
    }

    /** The command-line flag for a generic column name. */
    static String flag(String field) {
        switch (field) {
            case "callPut":
                return "--type";
            case "underlying":
            case "strike":
            case "expiration":
                return "--" + field + " (or --symbol)";
            default:
                StringBuilder sb = new StringBuilder("--");
                for (char ch : field.toCharArray()) {
                    if (Character.isUpperCase(ch)) {
                        sb.append('-').append(Character.toLowerCase(ch));
                    } else {
                        sb.append(ch);
                    }
                }
                return sb.toString();
        }
    }
}
