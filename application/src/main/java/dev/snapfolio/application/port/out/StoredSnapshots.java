package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows stored for an account in a date range: financial rows, ticker rows and the state per
 * date. A run only compares the stored states ({@link StoredState#matches}); {@link #states()}
 * reads them all.
 */
public record StoredSnapshots(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers,
        Map<LocalDate, StoredState> storedStates) {
    public StoredSnapshots {
        financials = List.copyOf(financials);
        tickers = List.copyOf(tickers);
        storedStates = Map.copyOf(storedStates);
    }

    /** Rows and states held as they are. */
    public static StoredSnapshots of(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers,
            Map<LocalDate, AccountState> states) {
        Map<LocalDate, StoredState> stored = new LinkedHashMap<>();
        states.forEach((date, state) -> stored.put(date, StoredState.of(state)));
        return new StoredSnapshots(financials, tickers, stored);
    }

    public static StoredSnapshots empty() {
        return new StoredSnapshots(List.of(), List.of(), Map.of());
    }

    /** Every stored state, read. */
    public Map<LocalDate, AccountState> states() {
        Map<LocalDate, AccountState> states = new LinkedHashMap<>();
        storedStates.forEach((date, stored) -> states.put(date, stored.state()));
        return Map.copyOf(states);
    }
}
