package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ProgressListener;

import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.CreateDemoUseCase;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's data in one transaction, on tickers reserved for it and unused: checked, validated
 * in memory, written together (account, prices, splits, movements, dirty mark), then processed.
 */
public class DemoService implements CreateDemoUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public DemoService(AccountRepository accounts, MovementRepository movements, ReferenceDataRepository referenceData,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork, SnapshotProcessingCoordinator coordinator,
            ProcessingSettingsProvider settings, Clock clock) {
        this.accounts = accounts;
        this.movements = movements;
        this.referenceData = referenceData;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.coordinator = coordinator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean tickersInUse(Collection<Ticker> tickers) {
        if (!referenceData.tickersWithPrices(tickers).isEmpty()) {
            return true;
        }
        for (Ticker ticker : tickers) {
            if (!referenceData.findSplits(ticker).isEmpty() || !movements.findAccountsWithTicker(ticker).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public DemoResult createDemo(CreateDemoCommand command) {
        return createDemo(command, ProgressListener.NONE);
    }

    @Override
    public DemoResult createDemo(CreateDemoCommand command, ProgressListener progress) {
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        String phase = "demo of " + command.movements().size() + " movements";
        listener.progress(phase + ": validating", 0, 3);
        Set<Ticker> tickers = new TreeSet<>();
        command.prices().forEach(p -> tickers.add(p.ticker()));
        command.splits().forEach(s -> tickers.add(s.ticker()));
        command.movements().forEach(m -> {
            if (m.detail().ticker() != null) {
                tickers.add(m.detail().ticker());
            }
        });
        for (Ticker ticker : tickers) {
            if (!ticker.reservedForDemo()) {
                throw new ValidationException("ticker", "'" + ticker + "' is not a demo ticker: the demo writes only "
                        + "tickers reserved for it (DEMO:<symbol>)");
            }
        }
        if (tickersInUse(tickers)) {
            throw new ValidationException("ticker", "the demo's tickers " + tickers.iterator().next()
                    + "... already have data: the demo writes only data it creates");
        }
        accounts.findByName(command.accountName()).ifPresent(existing -> {
            throw new ValidationException("name", "'" + command.accountName() + "' is already used by account #"
                    + existing.id());
        });
        Policy policy = settings.policy(LocalDate.now(clock), 0);
        validate(command, policy);

        LocalDate firstDate = command.movements().isEmpty() ? null : command.movements().stream()
                .map(Movement::businessDate).min(LocalDate::compareTo).orElseThrow();
        Account account = unitOfWork.inTransaction(() -> {
            Account created = accounts.create(new Account(0, command.accountName(), command.broker(), command.currency()));
            referenceData.savePrices(command.prices());
            referenceData.saveSplits(command.splits());
            List<Movement> rows = new ArrayList<>(command.movements().size());
            command.movements().forEach(m -> rows.add(m.withAccount(created.id()).withId(0)));
            ServiceSupport.insertInChunks(movements, rows, listener, phase + ": storing movements");
            if (firstDate != null) {
                dirtyMarks.markDirty(created.id(), firstDate);
            }
            return created;
        });
        LOG.info("demo account {} '{}': {} movements, {} prices, {} splits stored", account.id(), account.name(),
                command.movements().size(), command.prices().size(), command.splits().size());
        listener.progress(phase + ": computing snapshots", 2, 3);
        Optional<ProcessingOutcome> outcome = firstDate == null ? Optional.empty()
                : Optional.of(coordinator.process(account.id(), firstDate, Trigger.IMPORT, null,
                        settings.forAccount(account.id())));
        listener.progress(phase + ": done", 3, 3);
        return new DemoResult(account, command.movements().size(), outcome);
    }

    /** The whole history in memory with its own prices and splits, before anything is written. */
    private static void validate(CreateDemoCommand command, Policy policy) {
        List<Movement> history = new ArrayList<>(command.movements().size());
        long id = 1;
        for (Movement m : command.movements()) {
            history.add(m.withAccount(0).withId(id++));
        }
        try {
            HistoryFold.full(0, history, ReferenceData.of(command.prices(), command.splits()), policy);
        } catch (DomainException e) {
            throw new ChangeRejectedException("the generated demo history is invalid: "
                    + ChangeValidator.describe(e, Map.of()), e.date(), e);
        }
    }

}
