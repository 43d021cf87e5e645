package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one day: the state after it, one financial snapshot per currency with state,
 * the ticker snapshots of the day, the currencies with activity (movements or applied events —
 * "M" of DESIGN §3.5), and whether the day is a snapshot date (a movement, a split of a held
 * ticker, or an applied auto-expiry).
 */
public record DayResult(LocalDate date, AccountState state, List<FinancialSnapshot> financials,
        List<TickerSnapshot> tickers, Set<Currency> activeCurrencies, boolean snapshotDate) {
    public DayResult {
        financials = List.copyOf(financials);
        tickers = List.copyOf(tickers);
        activeCurrencies = Set.copyOf(activeCurrencies);
    }
}
