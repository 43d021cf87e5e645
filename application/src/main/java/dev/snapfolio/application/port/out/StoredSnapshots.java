package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rows stored for an account in a date range: financial rows, ticker rows and the state per date. */
public record StoredSnapshots(List<FinancialSnapshot> financials, List<TickerSnapshot> tickers,
        Map<LocalDate, AccountState> states) {
    public StoredSnapshots {
        financials = List.copyOf(financials);
        tickers = List.copyOf(tickers);
        states = Map.copyOf(states);
    }

    public static StoredSnapshots empty() {
        return new StoredSnapshots(List.of(), List.of(), Map.of());
    }
}
