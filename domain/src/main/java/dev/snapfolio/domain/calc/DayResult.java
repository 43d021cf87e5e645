package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of one day: the state after it, one financial snapshot per currency with state,
 * the ticker snapshots of the day, the currencies with activity (movements or applied events —
 * "M" of DESIGN §3.5), whether the day is a snapshot date (a movement, a split of a held
 * ticker, or an applied auto-expiry), and the warnings of the day (orphan closes accepted by
 * {@link Policy#allowOrphanCloses()}, as values the caller formats; empty otherwise).
 */
public record DayResult(LocalDate date, AccountState state, List<FinancialSnapshot> financials,
        List<TickerSnapshot> tickers, Set<Currency> activeCurrencies, boolean snapshotDate, List<MovementProblem> warnings) {
    public DayResult {
        financials = List.copyOf(financials);
        tickers = List.copyOf(tickers);
        activeCurrencies = Set.copyOf(activeCurrencies);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public DayResult(LocalDate date, AccountState state, List<FinancialSnapshot> financials,
            List<TickerSnapshot> tickers, Set<Currency> activeCurrencies, boolean snapshotDate) {
        this(date, state, financials, tickers, activeCurrencies, snapshotDate, List.of());
    }

    /** The financial snapshot of a currency on this day, if the currency has state. */
    public Optional<FinancialSnapshot> financial(Currency currency) {
        for (FinancialSnapshot f : financials) {
            if (f.currency().equals(currency)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
