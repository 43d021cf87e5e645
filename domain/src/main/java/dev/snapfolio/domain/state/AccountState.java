package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything needed to continue an account's history after {@code asOf} (DESIGN §3.3): per
 * currency the cumulative totals; per (ticker, currency) the stock lots and cumulative figures; per
 * (contract, currency) the open option lots (only open contracts are kept). Immutable; stored with
 * each snapshot date so any date can start a later run. {@code asOf} is null before the first movement.
 */
public record AccountState(long accountId, LocalDate asOf, SortedMap<Currency, CurrencyTotals> currencies,
        SortedMap<PositionKey, TickerBook> tickers, SortedMap<ContractKey, ContractBook> contracts) {

    public AccountState {
        // Copied into sealed maps, unless they are already (another state's, or a draft's).
        currencies = SealedMap.of(currencies);
        tickers = SealedMap.of(tickers);
        contracts = SealedMap.of(contracts);
    }

    /** The state of an account with no movements yet. */
    public static AccountState empty(long accountId) {
        return new AccountState(accountId, null, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** Rebuilds a stored state; trusts its input (only the persistence adapter calls this). */
    public static AccountState restore(long accountId, LocalDate asOf, Map<Currency, CurrencyTotals> currencies,
            Map<PositionKey, TickerBook> tickers, Map<ContractKey, ContractBook> contracts) {
        return new AccountState(accountId, asOf, new TreeMap<>(currencies), new TreeMap<>(tickers), new TreeMap<>(contracts));
    }

    public boolean isEmpty() {
        return currencies.isEmpty();
    }

    public boolean hasCurrency(Currency currency) {
        return currencies.containsKey(currency);
    }

    /** Tickers with open stock lots or open contracts on them (they are affected by splits). */
    public SortedSet<Ticker> heldTickers() {
        SortedSet<Ticker> held = new TreeSet<>();
        tickers.forEach((key, book) -> {
            if (book.isOpen()) {
                held.add(key.ticker());
            }
        });
        contracts.keySet().forEach(key -> held.add(key.contract().underlying()));
        return held;
    }

    /** The earliest expiration among open contracts. */
    public Optional<LocalDate> earliestOpenExpiration() {
        return contracts.keySet().stream().map(k -> k.contract().expiration()).min(LocalDate::compareTo);
    }

    /**
     * Whether every open option lot has an unknown open date (and there is at least one): the state
     * as read from a stored text written before option lots carried their open date.
     */
    public boolean hasOnlyUndatedOptionLots() {
        boolean any = false;
        for (ContractBook book : contracts.values()) {
            for (OptionLot lot : book.lots()) {
                if (lot.openDateKnown()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** This state with every option lot's open date forgotten ({@link OptionLot#UNKNOWN_OPEN_DATE}), lots in order. */
    public AccountState withoutOptionOpenDates() {
        Map<ContractKey, ContractBook> undated = new TreeMap<>();
        contracts.forEach((key, book) -> undated.put(key, new ContractBook(book.isShort(), book.lots().stream()
                .map(lot -> new OptionLot(lot.contracts(), lot.totalNet(), OptionLot.UNKNOWN_OPEN_DATE)).toList())));
        return new AccountState(accountId, asOf, currencies, tickers, new TreeMap<>(undated));
    }

    public AccountState withAsOf(LocalDate date) {
        return new AccountState(accountId, date, currencies, tickers, contracts);
    }

    /** A draft of the next state, starting from this one. */
    public Draft draft() {
        return new Draft(this);
    }

    /**
     * The next state being built (the calculator's working copy): a map is copied on its first
     * change, maps left untouched are shared with the base state, and {@link #build} hands the
     * copies over without copying them again. Not thread-safe; build once.
     */
    public static final class Draft {
        private final AccountState base;
        private SealedMap<Currency, CurrencyTotals> currencies;
        private SealedMap<PositionKey, TickerBook> tickers;
        private SealedMap<ContractKey, ContractBook> contracts;
        private boolean built;

        private Draft(AccountState base) {
            this.base = base;
        }

        /** The currencies as they stand now (read-only). */
        public SortedMap<Currency, CurrencyTotals> currencies() {
            return currencies != null ? currencies : base.currencies;
        }

        /** The tickers as they stand now (read-only). */
        public SortedMap<PositionKey, TickerBook> tickers() {
            return tickers != null ? tickers : base.tickers;
        }

        /** The open contracts as they stand now (read-only). */
        public SortedMap<ContractKey, ContractBook> contracts() {
            return contracts != null ? contracts : base.contracts;
        }

        public ContractBook contract(ContractKey key) {
            return contracts != null ? contracts.get(key) : base.contracts.get(key);
        }

        public void putCurrency(Currency currency, CurrencyTotals totals) {
            writable();
            if (currencies == null) {
                currencies = copy(base.currencies);
            }
            currencies.set(currency, totals);
        }

        public void putTicker(PositionKey key, TickerBook book) {
            writable();
            if (tickers == null) {
                tickers = copy(base.tickers);
            }
            tickers.set(key, book);
        }

        /** Puts an open contract book, or removes the contract when {@code book} is null or empty. */
        public void putContract(ContractKey key, ContractBook book) {
            writable();
            if (contracts == null) {
                contracts = copy(base.contracts);
            }
            if (book == null || book.lots().isEmpty()) {
                contracts.delete(key);
            } else {
                contracts.set(key, book);
            }
        }

        public AccountState build(LocalDate asOf) {
            writable();
            built = true;
            return new AccountState(base.accountId, asOf,
                    currencies == null ? base.currencies : currencies,
                    tickers == null ? base.tickers : tickers,
                    contracts == null ? base.contracts : contracts);
        }

        private void writable() {
            if (built) {
                throw new IllegalStateException("the draft was already built");
            }
        }

        private static <K, V> SealedMap<K, V> copy(SortedMap<K, V> map) {
            // The state's maps are always sealed (its constructor makes them so).
            return ((SealedMap<K, V>) map).copy();
        }
    }
}
