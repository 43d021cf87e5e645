package dev.snapfolio.bootstrap;

import com.google.inject.Binder;
import com.google.inject.Scopes;
import dev.snapfolio.application.port.in.AccountLifecycleUseCase;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.BackupUseCase;
import dev.snapfolio.application.port.in.ImportHistoryUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.CreateSampleAccountsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.DeleteSplitUseCase;
import dev.snapfolio.application.port.in.DeletePricesUseCase;
import dev.snapfolio.application.port.in.ReferenceDataQueries;
import dev.snapfolio.application.port.in.CreateDemoUseCase;
import dev.snapfolio.application.service.DemoService;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import dev.snapfolio.application.service.AccountLifecycleService;
import dev.snapfolio.application.service.AccountQueryService;
import dev.snapfolio.application.service.BackupService;
import dev.snapfolio.application.service.ImportHistoryService;
import dev.snapfolio.application.service.CreateAccountService;
import dev.snapfolio.application.service.MovementChangeService;
import dev.snapfolio.application.service.ImportMovementsService;
import dev.snapfolio.application.service.MetricsService;
import dev.snapfolio.application.service.MovementQueryService;
import dev.snapfolio.application.service.ProcessingControlService;
import dev.snapfolio.application.service.RecomputeService;
import dev.snapfolio.application.service.ReferenceDataService;
import dev.snapfolio.application.service.RebuildAccountsService;
import dev.snapfolio.application.service.RefreshService;
import dev.snapfolio.application.service.SampleAccountsService;
import dev.snapfolio.application.service.SnapshotQueryService;
import dev.snapfolio.application.service.VerifySnapshotsService;

/** Each in-port to its service; the application itself knows nothing of Guice. */
final class ApplicationBindings {
    private ApplicationBindings() {
    }

    static void bindServices(Binder binder) {
        binder.bind(CreateAccountUseCase.class).to(CreateAccountService.class).in(Scopes.SINGLETON);
        binder.bind(AccountQueries.class).to(AccountQueryService.class).in(Scopes.SINGLETON);
        // One service records, edits and deletes movements: the same steps, one instance for the three ports.
        binder.bind(MovementChangeService.class).in(Scopes.SINGLETON);
        binder.bind(RecordMovementUseCase.class).to(MovementChangeService.class);
        binder.bind(EditMovementUseCase.class).to(MovementChangeService.class);
        binder.bind(DeleteMovementUseCase.class).to(MovementChangeService.class);
        binder.bind(MovementQueries.class).to(MovementQueryService.class).in(Scopes.SINGLETON);
        binder.bind(ImportMovementsUseCase.class).to(ImportMovementsService.class).in(Scopes.SINGLETON);
        binder.bind(RecomputeUseCase.class).to(RecomputeService.class).in(Scopes.SINGLETON);
        binder.bind(RebuildAccountsUseCase.class).to(RebuildAccountsService.class).in(Scopes.SINGLETON);
        binder.bind(CreateSampleAccountsUseCase.class).to(SampleAccountsService.class).in(Scopes.SINGLETON);
        binder.bind(SnapshotQueries.class).to(SnapshotQueryService.class).in(Scopes.SINGLETON);
        binder.bind(ReferenceDataService.class).in(Scopes.SINGLETON);
        binder.bind(RecordPricesUseCase.class).to(ReferenceDataService.class);
        binder.bind(RecordSplitsUseCase.class).to(ReferenceDataService.class);
        binder.bind(DeleteSplitUseCase.class).to(ReferenceDataService.class);
        binder.bind(DeletePricesUseCase.class).to(ReferenceDataService.class);
        binder.bind(ReferenceDataQueries.class).to(ReferenceDataService.class);
        binder.bind(CreateDemoUseCase.class).to(DemoService.class).in(Scopes.SINGLETON);
        binder.bind(SplitQueries.class).to(ReferenceDataService.class);
        binder.bind(ProcessingControlUseCase.class).to(ProcessingControlService.class).in(Scopes.SINGLETON);
        binder.bind(MetricsQuery.class).to(MetricsService.class).in(Scopes.SINGLETON);
        binder.bind(VerifySnapshotsUseCase.class).to(VerifySnapshotsService.class).in(Scopes.SINGLETON);
        binder.bind(RefreshUseCase.class).to(RefreshService.class).in(Scopes.SINGLETON);
        binder.bind(AccountLifecycleUseCase.class).to(AccountLifecycleService.class).in(Scopes.SINGLETON);
        binder.bind(ImportHistoryUseCase.class).to(ImportHistoryService.class).in(Scopes.SINGLETON);
        binder.bind(BackupUseCase.class).to(BackupService.class).in(Scopes.SINGLETON);
    }
}
