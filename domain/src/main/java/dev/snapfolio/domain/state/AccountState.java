package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import java.time.LocalDate;
import java.util.Collections;
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
        currencies = Collections.unmodifiableSortedMap(new TreeMap<>(currencies));
        tickers = Collections.unmodifiableSortedMap(new TreeMap<>(tickers));
        contracts = Collections.unmodifiableSortedMap(new TreeMap<>(contracts));
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

    public AccountState withAsOf(LocalDate date) {
        return new AccountState(accountId, date, currencies, tickers, contracts);
    }
}
