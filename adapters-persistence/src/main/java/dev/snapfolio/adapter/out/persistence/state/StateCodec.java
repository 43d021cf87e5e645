package dev.snapfolio.adapter.out.persistence.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The stored state format, version {@value #VERSION}: an account's end-of-day state as compact
 * JSON, the body of an {@code account_state} row. Positional arrays (a state is stored with every
 * snapshot date, so size matters); every decimal a string, so its scale survives the trip (DESIGN
 * §3.1); strings JSON-escaped; no whitespace. Entries in the order of the state's maps (currency
 * code; ticker and currency; contract and currency); lots oldest first.
 * <pre>
 * {"v":2,
 *  "c":[[currency, movementCount, deposited, withdrawn, commissions, fees, dividends, options, other, realized]],
 *  "t":[[ticker, currency, isShort, [[quantity, totalCost]...], [realized, dividends, dividendTaxes,
 *        optionsPremium, commissions, fees, capitalDeployed]]],
 *  "o":[[underlying, type, strike, expiration, multiplier, currency, isShort, [[contracts, totalNet, openDate]...]]]}
 * </pre>
 * An option lot's {@code openDate} is the ISO date of the trade that opened it ("2024-05-02"), or
 * {@code null} when it is not known (a lot read from a version 1 text, re-encoded).
 * <p>
 * <b>Version 1</b> (still read): the same text with {@code "v":1} and option lots without their open
 * date, {@code [contracts, totalNet]}. Such a lot is decoded with {@link OptionLot#UNKNOWN_OPEN_DATE},
 * which sorts before every real date, and the lots keep their stored order. That is the order FIFO
 * had when the state was written, and it stays right after the upgrade: every lot of a stored state
 * was opened on or before the state's date, so it is older than any lot a run continuing from that
 * state opens (those get real dates after it). Taking the state's own date instead would be wrong:
 * it would make a lot opened months earlier look younger than a lot opened the same day on
 * another strike, and an adjustment merging the two would put them in the wrong FIFO order. Lots
 * without a date only arise from a version 1 text; a run from before that state's date (a change
 * there, {@code verify --repair}) recomputes them with their real dates.
 * A contract's multiplier is a JSON integer when whole (100), else a decimal string ("33.33333333",
 * a contract adjusted for a reverse split; such a state could not exist before).
 * Rows written by earlier releases are read back, so the text is fixed for a version: the golden
 * files {@code state/state-v1.json} and {@code state/state-v2.json} of the tests pin them. A change
 * to the text is a new version
 * (a new {@code "v"}, decoded next to the old one), never an edit of this one.
 */
public final class StateCodec {
    /** The format version written into every state, {@code "v"}. */
    public static final int VERSION = 2;

    /** The first version, option lots without their open date: still decoded, no longer written. */
    public static final int VERSION_1 = 1;

    private StateCodec() {
    }

    /** The text of {@code state}. */
    public static String encode(AccountState state) {
        return new Encoder().encode(state);
    }

    /**
     * Encodes states one after another, reusing the text of the keys, books and totals a state
     * shares with the state encoded just before it: consecutive states share their untouched entries
     * (instances), so a day's encoding costs what changed that day plus one append per entry. The
     * text is exactly {@link #encode}'s. {@link #matches} compares a state with a stored text the
     * same way without building the text. Holds the fragments of the last two states only. Not
     * thread-safe: one per write or per range read.
     */
    public static final class Encoder {
        private IdentityHashMap<Object, String> previous = new IdentityHashMap<>();
        private IdentityHashMap<Object, String> current = new IdentityHashMap<>();
        private long built;

        public String encode(AccountState state) {
            StringBuilder sb = new StringBuilder(1024);
            walk(state, sb::append);
            return sb.toString();
        }

        /** The text {@link #encode} gives, handed to {@code out} piece by piece (no String of the whole). */
        public void encode(AccountState state, Consumer<String> out) {
            walk(state, out);
        }

        /** Whether {@link #encode} would give exactly {@code text}, compared piece by piece. */
        public boolean matches(AccountState state, String text) {
            Matcher matcher = new Matcher(text);
            walk(state, matcher);
            return matcher.matched();
        }

        /** How many fragments this encoder has built (not reused) so far. */
        public long fragmentsBuilt() {
            return built;
        }

        /** The text of {@code state} in pieces; every entry's fragments are looked up, for the next state. */
        private void walk(AccountState state, Consumer<String> out) {
            out.accept("{\"v\":" + VERSION + ",\"c\":[");
            boolean first = true;
            for (Map.Entry<Currency, CurrencyTotals> e : state.currencies().entrySet()) {
                first = comma(out, first);
                out.accept(fragment(e.getKey(), StateCodec::currencyKey));
                out.accept(fragment(e.getValue(), StateCodec::currencyTotals));
            }
            out.accept("],\"t\":[");
            first = true;
            for (Map.Entry<PositionKey, TickerBook> e : state.tickers().entrySet()) {
                first = comma(out, first);
                out.accept(fragment(e.getKey(), StateCodec::positionKey));
                out.accept(fragment(e.getValue(), StateCodec::tickerBook));
            }
            out.accept("],\"o\":[");
            first = true;
            for (Map.Entry<ContractKey, ContractBook> e : state.contracts().entrySet()) {
                first = comma(out, first);
                out.accept(fragment(e.getKey(), StateCodec::contractKey));
                out.accept(fragment(e.getValue(), StateCodec::contractBook));
            }
            out.accept("]}");
            IdentityHashMap<Object, String> spare = previous;
            previous = current;
            current = spare;
            current.clear();
        }

        private static boolean comma(Consumer<String> out, boolean first) {
            if (!first) {
                out.accept(",");
            }
            return false;
        }

        /** The text of an immutable part, by instance: from this state, the one before, or new. */
        private <T> String fragment(T part, Function<T, String> build) {
            String text = current.get(part);
            if (text == null) {
                text = previous.get(part);
                if (text == null) {
                    text = build.apply(part);
                    built++;
                }
                current.put(part, text);
            }
            return text;
        }
    }

    /** Compares pieces with a text in order; once a piece differs, it only lets the walk finish. */
    private static final class Matcher implements Consumer<String> {
        private final String text;
        private int position;
        private boolean same = true;

        Matcher(String text) {
            this.text = text;
        }

        @Override
        public void accept(String piece) {
            if (same) {
                same = text.startsWith(piece, position);
                position += piece.length();
            }
        }

        boolean matched() {
            return same && position == text.length();
        }
    }

    /** A currency's entry up to its totals: {@code ["USD"}. */
    private static String currencyKey(Currency currency) {
        return string(new StringBuilder(8).append('['), currency.code()).toString();
    }

    /** A ticker's entry up to its book: {@code ["AAPL","USD"}. */
    private static String positionKey(PositionKey key) {
        StringBuilder sb = new StringBuilder(16).append('[');
        string(sb, key.ticker().symbol()).append(',');
        return string(sb, key.currency().code()).toString();
    }

    /** A currency's entry after its code: {@code ,movementCount,"deposited",...]}. */
    private static String currencyTotals(CurrencyTotals t) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(',').append(t.movementCount());
        for (BigDecimal d : List.of(t.deposited(), t.withdrawn(), t.commissions(), t.fees(), t.dividendsReceived(),
                t.optionsIncome(), t.otherIncome(), t.realizedGains())) {
            decimal(sb.append(','), d);
        }
        return sb.append(']').toString();
    }

    /** A ticker's entry after its key: {@code ,isShort,[[quantity,totalCost]...],[totals...]]}. */
    private static String tickerBook(TickerBook book) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(',').append(book.isShort()).append(",[");
        boolean firstLot = true;
        for (StockLot lot : book.lots()) {
            firstLot = comma(sb, firstLot);
            decimal(sb.append('['), lot.quantity()).append(',');
            decimal(sb, lot.totalCost()).append(']');
        }
        sb.append("],[");
        TickerTotals t = book.totals();
        boolean firstTotal = true;
        for (BigDecimal d : List.of(t.realized(), t.dividends(), t.dividendTaxes(), t.optionsPremium(),
                t.commissions(), t.fees(), t.capitalDeployed())) {
            firstTotal = comma(sb, firstTotal);
            decimal(sb, d);
        }
        return sb.append("]]").toString();
    }

    /** A contract's entry up to its book: {@code [underlying,type,strike,expiration,multiplier,currency}. */
    private static String contractKey(ContractKey key) {
        StringBuilder sb = new StringBuilder(64);
        OptionContract c = key.contract();
        sb.append('[');
        string(sb, c.underlying().symbol()).append(',');
        string(sb, c.type().name()).append(',');
        decimal(sb, c.strike()).append(',');
        string(sb, c.expiration().toString()).append(',');
        multiplier(sb, c.multiplier()).append(',');
        return string(sb, key.currency().code()).toString();
    }

    /**
     * A whole multiplier as a JSON integer (every state written before options were adjusted for
     * 3:2 and reverse splits, unchanged); a fractional one (33.33333333 after a 1:3 split) as a
     * decimal string like every other decimal, so its scale survives. The reader takes both.
     */
    private static StringBuilder multiplier(StringBuilder sb, BigDecimal multiplier) {
        BigDecimal plain = multiplier.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return sb.append(plain.toBigIntegerExact());
        }
        return decimal(sb, multiplier);
    }

    /** A contract's entry after its key: {@code ,isShort,[[contracts,totalNet,openDate]...]]}. */
    private static String contractBook(ContractBook book) {
        StringBuilder sb = new StringBuilder(80);
        sb.append(',').append(book.isShort()).append(",[");
        boolean firstLot = true;
        for (OptionLot lot : book.lots()) {
            firstLot = comma(sb, firstLot);
            decimal(sb.append('['), lot.contracts()).append(',');
            decimal(sb, lot.totalNet()).append(',');
            if (lot.openDateKnown()) {
                string(sb, lot.openDate().toString()).append(']');
            } else {
                sb.append("null]");
            }
        }
        return sb.append("]]").toString();
    }

    /**
     * The state of {@code accountId} at the end of {@code asOf} stored as {@code json}.
     *
     * @throws IllegalStateException when the text is malformed or of an unknown version
     */
    public static AccountState decode(long accountId, LocalDate asOf, String json) {
        Object parsed = new Parser(json).parseDocument();
        if (!(parsed instanceof Map<?, ?> root)) {
            throw new IllegalStateException("stored state of account #" + accountId + " on " + asOf + " is not an object");
        }
        Object version = root.get("v");
        if (!(version instanceof Long v) || (v != VERSION && v != VERSION_1)) {
            throw new IllegalStateException("stored state of account #" + accountId + " on " + asOf
                    + " has an unknown format version " + version);
        }
        Map<Currency, CurrencyTotals> currencies = new TreeMap<>();
        for (Object o : list(root.get("c"))) {
            List<Object> a = list(o);
            currencies.put(Interned.currency(str(a.get(0))), new CurrencyTotals(num(a.get(1)), dec(a.get(2)), dec(a.get(3)),
                    dec(a.get(4)), dec(a.get(5)), dec(a.get(6)), dec(a.get(7)), dec(a.get(8)), dec(a.get(9))));
        }
        Map<PositionKey, TickerBook> tickers = new TreeMap<>();
        for (Object o : list(root.get("t"))) {
            List<Object> a = list(o);
            List<StockLot> lots = new ArrayList<>();
            for (Object l : list(a.get(3))) {
                List<Object> lot = list(l);
                lots.add(new StockLot(dec(lot.get(0)), dec(lot.get(1))));
            }
            List<Object> t = list(a.get(4));
            TickerTotals totals = new TickerTotals(dec(t.get(0)), dec(t.get(1)), dec(t.get(2)), dec(t.get(3)),
                    dec(t.get(4)), dec(t.get(5)), dec(t.get(6)));
            tickers.put(new PositionKey(Interned.ticker(str(a.get(0))), Interned.currency(str(a.get(1)))),
                    new TickerBook(bool(a.get(2)), lots, totals));
        }
        Map<ContractKey, ContractBook> contracts = new TreeMap<>();
        for (Object o : list(root.get("o"))) {
            List<Object> a = list(o);
            OptionContract contract = new OptionContract(Interned.ticker(str(a.get(0))), OptionType.valueOf(str(a.get(1))),
                    dec(a.get(2)), LocalDate.parse(str(a.get(3))),
                    a.get(4) instanceof String text ? new BigDecimal(text) : BigDecimal.valueOf(num(a.get(4))));
            List<OptionLot> lots = new ArrayList<>();
            for (Object l : list(a.get(7))) {
                List<Object> lot = list(l);
                // version 1: no open date (see the class comment); version 2: a date or null
                LocalDate opened = lot.size() > 2 && lot.get(2) != null ? LocalDate.parse(str(lot.get(2)))
                        : OptionLot.UNKNOWN_OPEN_DATE;
                lots.add(new OptionLot(dec(lot.get(0)), dec(lot.get(1)), opened));
            }
            contracts.put(new ContractKey(contract, Interned.currency(str(a.get(5)))), new ContractBook(bool(a.get(6)), lots));
        }
        return AccountState.restore(accountId, asOf, currencies, tickers, contracts);
    }

    private static boolean comma(StringBuilder sb, boolean first) {
        if (!first) {
            sb.append(',');
        }
        return false;
    }

    private static StringBuilder decimal(StringBuilder sb, BigDecimal value) {
        return sb.append('"').append(value.toPlainString()).append('"');
    }

    private static StringBuilder string(StringBuilder sb, String value) {
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"');
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        return (List<Object>) o;
    }

    private static String str(Object o) {
        return (String) o;
    }

    private static BigDecimal dec(Object o) {
        return new BigDecimal((String) o);
    }

    private static long num(Object o) {
        return (Long) o;
    }

    private static boolean bool(Object o) {
        return (Boolean) o;
    }

    /** Just enough JSON for this format: objects, arrays, strings, integers, booleans, null. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object parseDocument() {
            Object value = value();
            skipSpace();
            if (i != s.length()) {
                throw error("trailing characters");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char ch = s.charAt(i);
            switch (ch) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    expect("true");
                    return Boolean.TRUE;
                case 'f':
                    expect("false");
                    return Boolean.FALSE;
                case 'n':
                    expect("null");
                    return null;
                default:
                    return integer();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (peek() == '}') {
                i++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                if (peek() != ':') {
                    throw error("expected ':'");
                }
                i++;
                map.put(key, value());
                skipSpace();
                char ch = s.charAt(i++);
                if (ch == '}') {
                    return map;
                }
                if (ch != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            skipSpace();
            if (peek() == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                char ch = s.charAt(i++);
                if (ch == ']') {
                    return list;
                }
                if (ch != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        private String string() {
            if (peek() != '"') {
                throw error("expected a string");
            }
            i++;
            StringBuilder sb = null;
            int start = i;
            while (true) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    String chunk = s.substring(start, i++);
                    return sb == null ? chunk : sb.append(chunk).toString();
                }
                if (ch == '\\') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(s, start, i);
                    char esc = s.charAt(i + 1);
                    if (esc == 'u') {
                        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 6;
                    } else {
                        sb.append(switch (esc) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> esc;
                        });
                        i += 2;
                    }
                    start = i;
                } else {
                    i++;
                }
            }
        }

        private Long integer() {
            int start = i;
            if (peek() == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character");
            }
            return Long.parseLong(s.substring(start, i));
        }

        private void expect(String word) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalStateException error(String what) {
            return new IllegalStateException("malformed stored state at character " + i + ": " + what);
        }
    }
}
