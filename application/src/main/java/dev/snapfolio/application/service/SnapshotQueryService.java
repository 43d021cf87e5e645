package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.processing.AsOfEvaluator;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public class SnapshotQueryService implements SnapshotQueries {
    private static final Comparator<FinancialSnapshot> FINANCIAL_ORDER =
            Comparator.comparing(FinancialSnapshot::date).thenComparing(FinancialSnapshot::currency);
    private static final Comparator<TickerSnapshot> TICKER_ORDER = Comparator.comparing(TickerSnapshot::date)
            .thenComparing(TickerSnapshot::ticker).thenComparing(TickerSnapshot::currency);

    private final AccountRepository accounts;
    private final SnapshotStore store;
    private final AsOfEvaluator asOf;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;
    private final DirtyMarkRepository dirtyMarks;

    @Inject
    public SnapshotQueryService(AccountRepository accounts, SnapshotStore store, AsOfEvaluator asOf,
            ProcessingSettingsProvider settings, Clock clock, DirtyMarkRepository dirtyMarks) {
        this.dirtyMarks = dirtyMarks;
        this.accounts = accounts;
        this.store = store;
        this.asOf = asOf;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<LocalDate> pendingRefreshFrom(long accountId) {
        ServiceSupport.requireAccount(accounts, accountId);
        return dirtyMarks.find(accountId).map(DirtyMark::dirtyFrom);
    }

    @Override
    public List<FinancialSnapshot> financials(long accountId, LocalDate from, LocalDate to, Currency currency) {
        ServiceSupport.requireAccount(accounts, accountId);
        return store.findFinancials(accountId, from == null ? ServiceSupport.OPEN_START : from,
                        to == null ? ServiceSupport.OPEN_END : to).stream()
                .filter(row -> currency == null || row.currency().equals(currency))
                .sorted(FINANCIAL_ORDER)
                .toList();
    }

    @Override
    public List<TickerSnapshot> tickers(long accountId, LocalDate from, LocalDate to, Currency currency) {
        ServiceSupport.requireAccount(accounts, accountId);
        return store.findTickers(accountId, from == null ? ServiceSupport.OPEN_START : from,
                        to == null ? ServiceSupport.OPEN_END : to).stream()
                .filter(row -> currency == null || row.currency().equals(currency))
                .sorted(TICKER_ORDER)
                .toList();
    }

    @Override
    public AsOfSnapshot asOf(long accountId, LocalDate date) {
        Checks.required("date", date);
        ServiceSupport.requireAccount(accounts, accountId);
        DayResult result = asOf.evaluate(accountId, date, ServiceSupport.policy(clock, settings, accountId));
        return new AsOfSnapshot(date, result.financials().stream().sorted(FINANCIAL_ORDER).toList(),
                result.tickers().stream().sorted(TICKER_ORDER).toList());
    }
}
