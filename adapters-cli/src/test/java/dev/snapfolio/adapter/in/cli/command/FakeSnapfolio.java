package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateDemoUseCase;
import dev.snapfolio.application.port.in.DeletePricesUseCase;
import dev.snapfolio.application.port.in.DeleteSplitUseCase;
import dev.snapfolio.application.port.in.ReferenceDataQueries;
import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.ProcessingMetrics;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import dev.snapfolio.application.port.in.FallbackReason;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Scenario;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A hand-written stand-in for the application behind the in-ports, enough to drive every command:
 * it stores accounts and movements, returns the snapshot rows a test gives it, records what it
 * was asked, and answers processing with a configurable outcome.
 */
final class FakeSnapfolio implements CreateAccountUseCase, AccountQueries, RecordMovementUseCase, EditMovementUseCase,
        DeleteMovementUseCase, MovementQueries, ImportMovementsUseCase, RecomputeUseCase, SnapshotQueries,
        RecordPricesUseCase, RecordSplitsUseCase, ProcessingControlUseCase, MetricsQuery, VerifySnapshotsUseCase,
        RefreshUseCase, CreateDemoUseCase, DeleteSplitUseCase, DeletePricesUseCase, ReferenceDataQueries, SplitQueries {

    final List<Account> accounts = new ArrayList<>();
    final List<Movement> movements = new ArrayList<>();
    final List<Price> prices = new ArrayList<>();
    final List<Split> splits = new ArrayList<>();
    final List<FinancialSnapshot> financials = new ArrayList<>();
    final List<TickerSnapshot> tickers = new ArrayList<>();
    final List<RunRecord> runs = new ArrayList<>();
    final List<RecomputeCommand> recomputes = new ArrayList<>();
    final List<UpdateProcessingCommand> updates = new ArrayList<>();
    final List<VerifyCommand> verifies = new ArrayList<>();
    List<Difference> differences = List.of();
    RunStatus nextStatus = RunStatus.SUCCEEDED;
    RuntimeException failure;
    private boolean batchEnabled = true;
    private final Map<Trigger, Strategy> strategies = new EnumMap<>(Map.of(Trigger.EDIT, Strategy.AUTO,
            Trigger.IMPORT, Strategy.BATCH, Trigger.RECOMPUTE, Strategy.BATCH, Trigger.REFRESH, Strategy.AUTO));
    private int rollout = 100;
    private long nextMovementId = 1;

    private void maybeFail() {
        if (failure != null) {
            throw failure;
        }
    }

    ProcessingOutcome outcome(long accountId, Trigger trigger, Strategy strategy, LocalDate from) {
        Strategy used = strategy == null || strategy == Strategy.AUTO ? Strategy.BATCH : strategy;
        Map<Scenario, Integer> rows = new EnumMap<>(Scenario.class);
        rows.put(Scenario.A, 3);
        rows.put(Scenario.E, 1);
        RunRecord run = RunRecord.started(accountId, trigger, strategy, Instant.parse("2026-01-01T10:00:00Z"))
                .id(runs.size() + 1)
                .used(used, "test")
                .fellBack(nextStatus == RunStatus.FELL_BACK ? FallbackReason.PERSIST_FAILED : null)
                .range(from, LocalDate.of(2026, 1, 1))
                .processed(4, 2, rows)
                .timings(1, 2, 3, 6)
                .queries(5)
                .ended(nextStatus, nextStatus == RunStatus.FAILED ? "boom" : null);
        runs.add(run);
        return new ProcessingOutcome(run);
    }

    @Override
    public Account create(CreateAccountCommand command) {
        maybeFail();
        if (accounts.stream().anyMatch(a -> a.name().equals(command.name()))) {
            throw new ValidationException("name", "is taken: '" + command.name() + "'");
        }
        Account account = new Account(accounts.size() + 1, command.name(), command.broker(), command.currency());
        accounts.add(account);
        return account;
    }

    @Override
    public List<Account> list() {
        maybeFail();
        return List.copyOf(accounts);
    }

    @Override
    public Account resolve(String nameOrId) {
        maybeFail();
        return accounts.stream()
                .filter(a -> a.name().equals(nameOrId) || String.valueOf(a.id()).equals(nameOrId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("account '" + nameOrId + "' not found"));
    }

    @Override
    public MovementChangeResult record(RecordMovementCommand command) {
        maybeFail();
        Movement stored = command.movement().withId(nextMovementId++);
        movements.add(stored);
        return new MovementChangeResult(stored, outcome(command.accountId(), Trigger.EDIT, Strategy.AUTO,
                stored.businessDate()));
    }

    @Override
    public MovementChangeResult edit(EditMovementCommand command) {
        maybeFail();
        int index = indexOf(command.movementId());
        movements.set(index, command.replacement());
        return new MovementChangeResult(command.replacement(), outcome(command.accountId(), Trigger.EDIT, Strategy.AUTO,
                command.replacement().businessDate()));
    }

    @Override
    public MovementChangeResult delete(DeleteMovementCommand command) {
        maybeFail();
        Movement removed = movements.remove(indexOf(command.movementId()));
        return new MovementChangeResult(removed, outcome(command.accountId(), Trigger.EDIT, Strategy.AUTO,
                removed.businessDate()));
    }

    private int indexOf(long movementId) {
        for (int i = 0; i < movements.size(); i++) {
            if (movements.get(i).id() == movementId) {
                return i;
            }
        }
        throw new NotFoundException("movement #" + movementId + " not found");
    }

    @Override
    public List<Movement> list(long accountId, LocalDate from, LocalDate to) {
        maybeFail();
        return movements.stream().filter(m -> m.accountId() == accountId)
                .filter(m -> from == null || !m.businessDate().isBefore(from))
                .filter(m -> to == null || !m.businessDate().isAfter(to))
                .sorted(Movement.APPLY_ORDER).toList();
    }

    @Override
    public ImportResult importMovements(ImportMovementsCommand command) {
        maybeFail();
        List<Movement> added = new java.util.ArrayList<>();
        for (ImportRow row : command.rows()) {
            Movement stored = row.movement().withId(nextMovementId++);
            movements.add(stored);
            added.add(stored);
        }
        return new ImportResult(command.rows().size(), command.rows().size(), 0, List.of(),
                java.util.Optional.of(outcome(command.accountId(), Trigger.IMPORT, Strategy.BATCH, null)),
                java.util.OptionalLong.of(1), null, null, added);
    }

    @Override
    public ProcessingOutcome recompute(RecomputeCommand command) {
        maybeFail();
        recomputes.add(command);
        return outcome(command.accountId(), Trigger.RECOMPUTE, command.strategy() == null ? Strategy.BATCH
                : command.strategy(), command.from());
    }

    @Override
    public List<FinancialSnapshot> financials(long accountId, LocalDate from, LocalDate to, Currency currency) {
        maybeFail();
        return financials.stream().filter(s -> s.accountId() == accountId)
                .filter(s -> from == null || !s.date().isBefore(from))
                .filter(s -> to == null || !s.date().isAfter(to))
                .filter(s -> currency == null || s.currency().equals(currency)).toList();
    }

    @Override
    public List<TickerSnapshot> tickers(long accountId, LocalDate from, LocalDate to, Currency currency) {
        maybeFail();
        return tickers.stream().filter(s -> s.accountId() == accountId)
                .filter(s -> from == null || !s.date().isBefore(from))
                .filter(s -> to == null || !s.date().isAfter(to))
                .filter(s -> currency == null || s.currency().equals(currency)).toList();
    }

    @Override
    public AsOfSnapshot asOf(long accountId, LocalDate date) {
        maybeFail();
        return new AsOfSnapshot(date, financials(accountId, null, date, null), tickers(accountId, null, date, null));
    }

    @Override
    public ReferenceDataResult recordPrices(RecordPricesCommand command) {
        maybeFail();
        prices.addAll(command.prices());
        return new ReferenceDataResult(command.prices().size(), Set.of(1L));
    }

    @Override
    public ReferenceDataResult recordSplits(RecordSplitsCommand command) {
        maybeFail();
        splits.addAll(command.splits());
        return new ReferenceDataResult(command.splits().size(), Set.of());
    }

    @Override
    public List<Split> splits(Optional<Ticker> ticker) {
        return splits.stream().filter(s -> ticker.isEmpty() || s.ticker().equals(ticker.get()))
                .sorted(Comparator.comparing(Split::ticker).thenComparing(Split::date)).toList();
    }

    @Override
    public ProcessingSettings show() {
        maybeFail();
        return new ProcessingSettings(batchEnabled, strategies, rollout, 5, 3,
                Map.of(ProcessingSettings.BATCH_ENABLED, "persisted", ProcessingSettings.ROLLOUT_PERCENT, "default"));
    }

    @Override
    public ProcessingSettings update(UpdateProcessingCommand command) {
        maybeFail();
        updates.add(command);
        if (command.batchEnabled() != null) {
            batchEnabled = command.batchEnabled();
        }
        strategies.putAll(command.strategies());
        if (command.rolloutPercent() != null) {
            rollout = command.rolloutPercent();
        }
        return show();
    }

    @Override
    public ProcessingMetrics metrics() {
        maybeFail();
        Map<FallbackReason, Long> fallbacks = new HashMap<>();
        fallbacks.put(FallbackReason.PERSIST_FAILED, 1L);
        return new ProcessingMetrics(4, 3, fallbacks, 2, 0, 0, Map.of(Strategy.BATCH, 12.5), Map.of(Strategy.BATCH, 20L));
    }

    @Override
    public List<RunRecord> runs(int limit, OptionalLong accountId) {
        maybeFail();
        List<RunRecord> newestFirst = new ArrayList<>(runs);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(r -> accountId.isEmpty() || r.accountId() == accountId.getAsLong())
                .limit(limit).toList();
    }

    @Override
    public VerifyReport verify(VerifyCommand command) {
        maybeFail();
        verifies.add(command);
        return new VerifyReport(accounts.size(), 10, differences, command.repair() && !differences.isEmpty());
    }

    /** The requests refresh was called with. */
    final List<dev.snapfolio.application.port.in.RefreshRequest> refreshes = new ArrayList<>();

    @Override
    public List<ProcessingOutcome> refresh(dev.snapfolio.application.port.in.RefreshRequest request) {
        maybeFail();
        refreshes.add(request);
        List<ProcessingOutcome> outcomes = accounts.stream()
                .map(a -> outcome(a.id(), Trigger.REFRESH, Strategy.AUTO, null)).toList();
        outcomes.forEach(request.onOutcome());
        return outcomes;
    }

    java.util.Optional<LocalDate> pendingRefresh = java.util.Optional.empty();

    @Override
    public java.util.Optional<LocalDate> pendingRefreshFrom(long accountId) {
        maybeFail();
        return pendingRefresh;
    }

    @Override
    public boolean tickersInUse(java.util.Collection<dev.snapfolio.domain.money.Ticker> symbols) {
        maybeFail();
        return prices.stream().anyMatch(p -> symbols.contains(p.ticker()));
    }

    @Override
    public DemoResult createDemo(CreateDemoCommand command) {
        maybeFail();
        Account account = create(new CreateAccountCommand(command.accountName(), command.broker(), command.currency()));
        prices.addAll(command.prices());
        splits.addAll(command.splits());
        command.movements().forEach(m -> movements.add(m.withAccount(account.id()).withId(nextMovementId++)));
        return new DemoResult(account, command.movements().size(),
                java.util.Optional.of(outcome(account.id(), Trigger.IMPORT, Strategy.BATCH, null)));
    }

    @Override
    public ReferenceDataResult deleteSplit(DeleteSplitCommand command) {
        maybeFail();
        boolean removed = splits.removeIf(x -> x.ticker().equals(command.ticker()) && x.date().equals(command.date()));
        if (!removed) {
            throw new NotFoundException("no split of " + command.ticker() + " on " + command.date());
        }
        return new ReferenceDataResult(1, java.util.Set.of());
    }

    @Override
    public ReferenceDataResult deletePrices(DeletePricesCommand command) {
        maybeFail();
        int before = prices.size();
        prices.removeIf(p -> p.ticker().equals(command.ticker()) && !p.date().isBefore(command.from())
                && !p.date().isAfter(command.to()));
        if (before == prices.size()) {
            throw new NotFoundException("no price of " + command.ticker());
        }
        return new ReferenceDataResult(before - prices.size(), java.util.Set.of());
    }

    @Override
    public List<Price> prices(dev.snapfolio.domain.money.Ticker ticker, LocalDate from, LocalDate to) {
        maybeFail();
        return prices.stream().filter(p -> ticker == null || p.ticker().equals(ticker))
                .filter(p -> from == null || !p.date().isBefore(from))
                .filter(p -> to == null || !p.date().isAfter(to)).toList();
    }
}
