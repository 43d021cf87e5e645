package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface SnapshotQueries {
    /**
     * The date from which the account's stored rows are stale (a change or a price/split is
     * waiting for {@code refresh}), or empty when they are up to date.
     */
    Optional<LocalDate> pendingRefreshFrom(long accountId);

    /** Stored financial rows in [from, to] (nulls: open ends), optionally of one currency; by date, then currency. */
    List<FinancialSnapshot> financials(long accountId, LocalDate from, LocalDate to, Currency currency);

    /** Stored ticker rows in [from, to], optionally of one currency; by date, ticker, currency. */
    List<TickerSnapshot> tickers(long accountId, LocalDate from, LocalDate to, Currency currency);

    /**
     * The account as of any date: from the latest stored state on or before it, applying pending
     * splits and expiries and that date's prices (nothing is written).
     */
    AsOfSnapshot asOf(long accountId, LocalDate date);

    record AsOfSnapshot(LocalDate date, List<FinancialSnapshot> financials, List<TickerSnapshot> tickers) {
    }
}
