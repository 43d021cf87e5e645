package dev.snapfolio.importer.fields;

import static dev.snapfolio.importer.fields.MovementField.ACTION;
import static dev.snapfolio.importer.fields.MovementField.AMOUNT;
import static dev.snapfolio.importer.fields.MovementField.AMOUNT_IN;
import static dev.snapfolio.importer.fields.MovementField.CALL_PUT;
import static dev.snapfolio.importer.fields.MovementField.COMMISSIONS;
import static dev.snapfolio.importer.fields.MovementField.CONTRACTS;
import static dev.snapfolio.importer.fields.MovementField.COST_PER_SHARE;
import static dev.snapfolio.importer.fields.MovementField.EVENT;
import static dev.snapfolio.importer.fields.MovementField.EXPIRATION;
import static dev.snapfolio.importer.fields.MovementField.FEES;
import static dev.snapfolio.importer.fields.MovementField.MULTIPLIER;
import static dev.snapfolio.importer.fields.MovementField.NEW_STRIKE;
import static dev.snapfolio.importer.fields.MovementField.PREMIUM;
import static dev.snapfolio.importer.fields.MovementField.PRICE;
import static dev.snapfolio.importer.fields.MovementField.QUANTITY;
import static dev.snapfolio.importer.fields.MovementField.SIDE;
import static dev.snapfolio.importer.fields.MovementField.STRIKE;
import static dev.snapfolio.importer.fields.MovementField.TARGET_CURRENCY;
import static dev.snapfolio.importer.fields.MovementField.TICKER;
import static dev.snapfolio.importer.fields.MovementField.UNDERLYING;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For each movement kind, written once: the detail fields it uses, how its detail is built from
 * them and how they are read back from a stored movement. The generic CSV reader, the command-line
 * flags, {@code movement list} and its writers all go through here.
 */
public final class MovementFields {

    /**
     * Where a detail's values come from — a CSV row, command-line flags, a request body. Each
     * source parses text its own way and reports a missing or malformed value in its own terms (a
     * column, a flag); the domain constructors then check the values.
     */
    public interface Source {
        /** A number, or null when not given. */
        BigDecimal number(MovementField field);

        /** A number the kind cannot do without. */
        BigDecimal requiredNumber(MovementField field);

        /** A whole number, or null when not given. */
        Integer whole(MovementField field);

        /** A required ticker. */
        Ticker ticker(MovementField field);

        /** A required currency. */
        Currency currency(MovementField field);

        /** A required date. */
        LocalDate date(MovementField field);

        /** A required value of an enum ({@code BUY}, {@code CALL}, {@code SELL_TO_OPEN}). */
        <E extends Enum<E>> E choice(MovementField field, Class<E> type);
    }

    /** Option contracts are not an OCC symbol in these formats but these five fields. */
    private static final List<MovementField> CONTRACT = List.of(UNDERLYING, CALL_PUT, STRIKE, EXPIRATION, MULTIPLIER);
    private static final int DEFAULT_MULTIPLIER = 100;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Map<MovementKind, Shape<?>> SHAPES = new EnumMap<>(MovementKind.class);

    static {
        shape(MovementKind.DEPOSIT, Deposit.class, List.of(AMOUNT, COMMISSIONS, FEES),
                s -> new Deposit(s.requiredNumber(AMOUNT), s.number(COMMISSIONS), s.number(FEES)),
                d -> values(d.amount(), d.commissions(), d.fees()));
        shape(MovementKind.WITHDRAWAL, Withdrawal.class, List.of(AMOUNT, COMMISSIONS, FEES),
                s -> new Withdrawal(s.requiredNumber(AMOUNT), s.number(COMMISSIONS), s.number(FEES)),
                w -> values(w.amount(), w.commissions(), w.fees()));
        shape(MovementKind.FEE, Fee.class, List.of(AMOUNT), s -> new Fee(s.requiredNumber(AMOUNT)),
                f -> values(f.amount()));
        shape(MovementKind.INTEREST, Interest.class, List.of(AMOUNT), s -> new Interest(s.requiredNumber(AMOUNT)),
                i -> values(i.amount()));
        shape(MovementKind.INTEREST_PAID, InterestPaid.class, List.of(AMOUNT),
                s -> new InterestPaid(s.requiredNumber(AMOUNT)), i -> values(i.amount()));
        shape(MovementKind.LENDING_INCOME, LendingIncome.class, List.of(AMOUNT),
                s -> new LendingIncome(s.requiredNumber(AMOUNT)), i -> values(i.amount()));
        shape(MovementKind.DIVIDEND, Dividend.class, List.of(TICKER, AMOUNT),
                s -> new Dividend(s.ticker(TICKER), s.requiredNumber(AMOUNT)),
                d -> values(d.ticker().symbol(), d.amount()));
        shape(MovementKind.DIVIDEND_TAX, DividendTax.class, List.of(TICKER, AMOUNT),
                s -> new DividendTax(s.ticker(TICKER), s.requiredNumber(AMOUNT)),
                d -> values(d.ticker().symbol(), d.amount()));
        shape(MovementKind.TRADE, Trade.class, List.of(TICKER, SIDE, QUANTITY, PRICE, COMMISSIONS, FEES),
                s -> new Trade(s.ticker(TICKER), s.choice(SIDE, Side.class), s.requiredNumber(QUANTITY),
                        s.requiredNumber(PRICE), s.number(COMMISSIONS), s.number(FEES)),
                t -> values(t.ticker().symbol(), t.side().name(), t.quantity(), t.price(), t.commissions(), t.fees()));
        shape(MovementKind.OPTION_TRADE, OptionTrade.class, withContract(ACTION, CONTRACTS, PREMIUM, COMMISSIONS, FEES),
                s -> new OptionTrade(contract(s), s.choice(ACTION, OptionAction.class), s.requiredNumber(CONTRACTS),
                        s.requiredNumber(PREMIUM), s.number(COMMISSIONS), s.number(FEES)),
                t -> withContract(t.contract(), t.action().name(), t.contracts(), t.premium(), t.commissions(), t.fees()));
        // an option event's cash settlement is its amount
        shape(MovementKind.OPTION_EVENT, OptionEvent.class, withContract(EVENT, CONTRACTS, AMOUNT),
                s -> new OptionEvent(contract(s), s.choice(EVENT, OptionEventType.class), s.requiredNumber(CONTRACTS),
                        s.number(AMOUNT)),
                e -> withContract(e.contract(), e.event().name(), e.contracts(), e.cashSettlement()));
        shape(MovementKind.OPTION_ADJUSTMENT, OptionAdjustment.class, withContract(NEW_STRIKE, CONTRACTS),
                s -> new OptionAdjustment(contract(s), s.requiredNumber(NEW_STRIKE), s.requiredNumber(CONTRACTS)),
                a -> withContract(a.contract(), a.newStrike(), a.contracts()));
        shape(MovementKind.SECURITY_IN, SecurityIn.class, List.of(TICKER, QUANTITY, COST_PER_SHARE),
                s -> new SecurityIn(s.ticker(TICKER), s.requiredNumber(QUANTITY), s.number(COST_PER_SHARE)),
                i -> values(i.ticker().symbol(), i.quantity(), i.costPerShare()));
        shape(MovementKind.SECURITY_OUT, SecurityOut.class, List.of(TICKER, QUANTITY, COST_PER_SHARE),
                s -> new SecurityOut(s.ticker(TICKER), s.requiredNumber(QUANTITY), s.number(COST_PER_SHARE)),
                o -> values(o.ticker().symbol(), o.quantity(), o.costPerShare()));
        shape(MovementKind.CONVERSION, Conversion.class, List.of(AMOUNT, TARGET_CURRENCY, AMOUNT_IN, FEES),
                s -> new Conversion(s.requiredNumber(AMOUNT), s.currency(TARGET_CURRENCY), s.requiredNumber(AMOUNT_IN),
                        s.number(FEES)),
                c -> values(c.amountOut(), c.targetCurrency().code(), c.amountIn(), c.fees()));
    }

    private MovementFields() {
    }

    /** The detail fields a kind uses, in column order. */
    public static List<MovementField> detailFields(MovementKind kind) {
        return SHAPES.get(kind).ordered();
    }

    /**
     * Builds the detail of a movement of this kind from a source's values.
     *
     * @throws dev.snapfolio.domain.money.ValidationException when the domain rejects a value
     */
    public static MovementDetail build(MovementKind kind, Source source) {
        return SHAPES.get(kind).build().apply(source);
    }

    /**
     * A movement's values by field, as listings show them (tickers, currencies and choices as text,
     * the time as {@code HH:mm} or {@code HH:mm:ss}); the fields its kind does not use are absent.
     */
    public static Map<MovementField, Object> values(Movement movement) {
        Map<MovementField, Object> values = new EnumMap<>(MovementField.class);
        values.put(MovementField.DATE, movement.timestamp().toLocalDate());
        LocalTime time = movement.timestamp().toLocalTime();
        values.put(MovementField.TIME, time.getNano() != 0 ? time.format(DateTimeFormatter.ISO_LOCAL_TIME)
                : time.format(time.getSecond() == 0 ? MINUTES : SECONDS));
        values.put(MovementField.KIND, movement.kind().name());
        values.put(MovementField.CURRENCY, movement.currency().code());
        values.putAll(SHAPES.get(movement.kind()).read(movement.detail()));
        if (movement.notes() != null) {
            values.put(MovementField.NOTES, movement.notes());
        }
        return values;
    }

    private static OptionContract contract(Source s) {
        Ticker underlying = s.ticker(UNDERLYING);
        OptionType type = s.choice(CALL_PUT, OptionType.class);
        BigDecimal strike = s.requiredNumber(STRIKE);
        LocalDate expiration = s.date(EXPIRATION);
        // Shares per contract: 100, or what an adjusted contract delivers after a split (150 after a
        // 3:2, 33.33333333 after a 1:3; docs/GENERIC-CSV.md).
        BigDecimal multiplier = s.number(MULTIPLIER);
        return new OptionContract(underlying, type, strike, expiration,
                multiplier == null ? BigDecimal.valueOf(DEFAULT_MULTIPLIER) : multiplier);
    }

    private static List<MovementField> withContract(MovementField... more) {
        List<MovementField> fields = new ArrayList<>(CONTRACT);
        fields.addAll(Arrays.asList(more));
        return List.copyOf(fields);
    }

    private static List<Object> withContract(OptionContract c, Object... more) {
        List<Object> values = values(c.underlying().symbol(), c.type().name(), c.strike(), c.expiration(),
                new BigDecimal(c.multiplierText()));
        values.addAll(Arrays.asList(more));
        return values;
    }

    private static List<Object> values(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private static <D extends MovementDetail> void shape(MovementKind kind, Class<D> type, List<MovementField> fields,
            Function<Source, D> build, Function<D, List<Object>> read) {
        SHAPES.put(kind, new Shape<>(type, fields, fields.stream().sorted().toList(), build, read));
    }

    /**
     * One kind's detail: its fields in the order of its constructor and of {@code reader}'s values,
     * and in column order.
     */
    private record Shape<D extends MovementDetail>(Class<D> type, List<MovementField> fields,
            List<MovementField> ordered, Function<Source, D> build, Function<D, List<Object>> reader) {

        Map<MovementField, Object> read(MovementDetail detail) {
            List<Object> values = reader.apply(type.cast(detail));
            if (values.size() != fields.size()) {
                throw new IllegalStateException(type.getSimpleName() + " reads " + values.size() + " values for "
                        + fields.size() + " fields");
            }
            Map<MovementField, Object> byField = new EnumMap<>(MovementField.class);
            for (int i = 0; i < fields.size(); i++) {
                byField.put(fields.get(i), values.get(i));
            }
            return byField;
        }
    }
}
