package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.processing.AsOfEvaluator;
import dev.snapfolio.application.processing.BatchProcessor;
import dev.snapfolio.application.processing.PerDateProcessor;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.RunPlanner;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.application.service.AccountQueryService;
import dev.snapfolio.application.service.ChangeValidator;
import dev.snapfolio.application.service.CreateAccountService;
import dev.snapfolio.application.service.MovementChangeService;
import dev.snapfolio.application.service.ImportHistoryService;
import dev.snapfolio.application.service.ImportMovementsService;
import dev.snapfolio.application.service.MetricsService;
import dev.snapfolio.application.service.MovementQueryService;
import dev.snapfolio.application.service.ProcessingControlService;
import dev.snapfolio.application.service.RecomputeService;
import dev.snapfolio.application.service.ReferenceDataService;
import dev.snapfolio.application.service.RefreshService;
import dev.snapfolio.application.service.SnapshotQueryService;
import dev.snapfolio.application.service.VerifySnapshotsService;
import dev.snapfolio.domain.calc.DailyCalculator;
import java.time.LocalDate;

/**
 * The whole application wired by hand over the in-memory fakes: every service, the processors and
 * the coordinator, a movable clock, fault-injecting store and unit of work (no faults until asked).
 * For fast tests here and in the outer modules (shipped in the application test-jar).
 */
public final class FakeApplication {
    public final FakeDatabase db = new FakeDatabase();
    public final CountingQueryMeter meter = db.meter();
    public final MutableClock clock;
    public final InMemoryStaticConfiguration configuration = new InMemoryStaticConfiguration();
    public final InMemoryAccountRepository accounts = new InMemoryAccountRepository(db);
    public final InMemoryMovementRepository movements = new InMemoryMovementRepository(db);
    public final InMemoryImportBatchRepository importBatches = new InMemoryImportBatchRepository(db, movements);
    public final InMemoryReferenceDataRepository referenceData = new InMemoryReferenceDataRepository(db, movements);
    public final FailingSnapshotStore store = new FailingSnapshotStore(db, movements);
    public final InMemoryDirtyMarkRepository dirtyMarks = new InMemoryDirtyMarkRepository(db);
    public final InMemorySettingsRepository settingsRepository = new InMemorySettingsRepository(db);
    public final InMemoryRunLogRepository runLog = new InMemoryRunLogRepository(db);
    public final InMemoryAccountRunLock runLock = new InMemoryAccountRunLock();
    public final FailingUnitOfWork unitOfWork = new FailingUnitOfWork(db);
    public final DailyCalculator calculator = new DailyCalculator();

    public final ProcessingSettingsProvider settings;
    public final PerDateProcessor perDate;
    public final BatchProcessor batch;
    public final RunPlanner planner;
    public final SnapshotProcessingCoordinator coordinator;
    public final AsOfEvaluator asOfEvaluator;
    public final ChangeValidator validator;

    public final CreateAccountService createAccount;
    public final AccountQueryService accountQueries;
    public final MovementChangeService recordMovement;
    public final MovementChangeService editMovement;
    public final MovementChangeService deleteMovement;
    public final MovementQueryService movementQueries;
    public final ImportMovementsService importMovements;
    public final ImportHistoryService importHistory;
    public final RecomputeService recompute;
    public final SnapshotQueryService snapshotQueries;
    public final dev.snapfolio.application.service.PortfolioQueryService portfolioQueries;
    public final ReferenceDataService recordPrices;
    public final ReferenceDataService recordSplits;
    public final ProcessingControlService processingControl;
    public final MetricsService metrics;
    public final VerifySnapshotsService verify;
    public final RefreshService refresh;

    public FakeApplication(LocalDate today) {
        clock = new MutableClock(today);
        // Tests that hold an account's run lock should not wait the production default.
        configuration.fileValue(ProcessingSettings.LOCK_WAIT_MILLIS, "50");
        settings = new ProcessingSettingsProvider(settingsRepository, configuration);
        perDate = new PerDateProcessor(movements, referenceData, store, unitOfWork, meter, calculator);
        batch = new BatchProcessor(movements, referenceData, store, unitOfWork, meter, calculator);
        planner = new RunPlanner(store, dirtyMarks);
        coordinator = new SnapshotProcessingCoordinator(perDate, batch, planner, store, movements, referenceData, dirtyMarks, runLock,
                runLog, unitOfWork, settings, meter, clock);
        asOfEvaluator = new AsOfEvaluator(store, movements, referenceData, calculator);
        validator = new ChangeValidator(movements, referenceData, planner);

        createAccount = new CreateAccountService(accounts, unitOfWork);
        accountQueries = new AccountQueryService(accounts);
        recordMovement = new MovementChangeService(accounts, movements, dirtyMarks, unitOfWork, validator, coordinator,
                settings, clock);
        editMovement = recordMovement;
        deleteMovement = recordMovement;
        movementQueries = new MovementQueryService(accounts, movements);
        importMovements = new ImportMovementsService(accounts, movements, dirtyMarks, unitOfWork, validator,
                coordinator, settings, settingsRepository, importBatches, clock);
        importHistory = new ImportHistoryService(accounts, movements, importBatches, dirtyMarks, unitOfWork, validator,
                coordinator, settings, clock);
        recompute = new RecomputeService(accounts, movements, store, coordinator, dirtyMarks, unitOfWork, clock);
        snapshotQueries = new SnapshotQueryService(accounts, store, asOfEvaluator, settings, clock, dirtyMarks);
        portfolioQueries = new dev.snapfolio.application.service.PortfolioQueryService(accounts, asOfEvaluator,
                referenceData, settings, clock);
        recordPrices = new ReferenceDataService(referenceData, movements, dirtyMarks, unitOfWork, accounts, validator,
                settings, clock);
        recordSplits = recordPrices;
        processingControl = new ProcessingControlService(settingsRepository, settings, accounts, movements, dirtyMarks,
                unitOfWork);
        metrics = new MetricsService(runLog);
        verify = new VerifySnapshotsService(accounts, movements, referenceData, store, dirtyMarks, runLock, unitOfWork,
                settings, clock);
        refresh = new RefreshService(dirtyMarks, store, unitOfWork, coordinator, settings, clock);
    }
}
