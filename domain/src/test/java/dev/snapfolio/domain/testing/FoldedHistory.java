package dev.snapfolio.domain.testing;

import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A whole history folded in memory ({@link HistoryFold#full}) with lookups by date, for tests:
 * {@code FoldedHistory.of(m.all(), refs, "2026-01-01").financial("2024-01-05", "USD")}.
 */
public record FoldedHistory(List<DayResult> days) {

    public static FoldedHistory of(List<Movement> movements, ReferenceData refs, Policy policy) {
        long accountId = movements.isEmpty() ? 1 : movements.get(0).accountId();
        return new FoldedHistory(HistoryFold.full(accountId, movements, refs, policy));
    }

    public static FoldedHistory of(List<Movement> movements, ReferenceData refs, String today) {
        return of(movements, refs, Policy.of(LocalDate.parse(today)));
    }

    public static FoldedHistory of(List<Movement> movements, String today) {
        return of(movements, ReferenceData.empty(), today);
    }

    /** The snapshot dates visited, in order. */
    public List<LocalDate> dates() {
        return days.stream().map(DayResult::date).toList();
    }

    public Optional<DayResult> day(String date) {
        LocalDate d = LocalDate.parse(date);
        return days.stream().filter(r -> r.date().equals(d)).findFirst();
    }

    public DayResult dayOf(String date) {
        return day(date).orElseThrow(() -> new NoSuchElementException("no snapshot date " + date + " in " + dates()));
    }

    public FinancialSnapshot financial(String date, String currency) {
        return dayOf(date).financial(Currency.of(currency))
                .orElseThrow(() -> new NoSuchElementException("no " + currency + " row on " + date));
    }

    public Optional<TickerSnapshot> tickerRow(String date, String ticker, String currency) {
        Ticker t = Ticker.of(ticker);
        Currency c = Currency.of(currency);
        return dayOf(date).tickers().stream().filter(s -> s.ticker().equals(t) && s.currency().equals(c)).findFirst();
    }

    public TickerSnapshot ticker(String date, String ticker, String currency) {
        return tickerRow(date, ticker, currency)
                .orElseThrow(() -> new NoSuchElementException("no " + ticker + "/" + currency + " row on " + date));
    }

    public TickerSnapshot ticker(String date, String ticker) {
        return ticker(date, ticker, "USD");
    }

    /** The state at the end of a snapshot date. */
    public AccountState state(String date) {
        return dayOf(date).state();
    }

    /** The state at the end of the last snapshot date. */
    public AccountState lastState() {
        return days.get(days.size() - 1).state();
    }

    public List<FinancialSnapshot> financials() {
        return days.stream().flatMap(d -> d.financials().stream()).toList();
    }

    public List<TickerSnapshot> tickers() {
        return days.stream().flatMap(d -> d.tickers().stream()).toList();
    }
}
