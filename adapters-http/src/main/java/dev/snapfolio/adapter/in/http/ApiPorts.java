package dev.snapfolio.adapter.in.http;

import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import jakarta.inject.Inject;

/** The in-ports the HTTP adapter drives: the same use cases as the command line, nothing else. */
public final class ApiPorts {
    final AccountQueries accounts;
    final CreateAccountUseCase createAccount;
    final MovementQueries movements;
    final RecordMovementUseCase recordMovement;
    final EditMovementUseCase editMovement;
    final DeleteMovementUseCase deleteMovement;
    final ImportMovementsUseCase importMovements;
    final RecordPricesUseCase recordPrices;
    final RecordSplitsUseCase recordSplits;
    final SnapshotQueries snapshots;
    final RecomputeUseCase recompute;
    final MetricsQuery metrics;
    final ProcessingControlUseCase processing;
    final VerifySnapshotsUseCase verify;
    final PortfolioQueries portfolio;

    @Inject
    public ApiPorts(AccountQueries accounts, CreateAccountUseCase createAccount, MovementQueries movements,
            RecordMovementUseCase recordMovement, EditMovementUseCase editMovement, DeleteMovementUseCase deleteMovement,
            ImportMovementsUseCase importMovements, RecordPricesUseCase recordPrices, RecordSplitsUseCase recordSplits,
            SnapshotQueries snapshots, RecomputeUseCase recompute, MetricsQuery metrics,
            ProcessingControlUseCase processing, VerifySnapshotsUseCase verify, PortfolioQueries portfolio) {
        this.portfolio = portfolio;
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.movements = movements;
        this.recordMovement = recordMovement;
        this.editMovement = editMovement;
        this.deleteMovement = deleteMovement;
        this.importMovements = importMovements;
        this.recordPrices = recordPrices;
        this.recordSplits = recordSplits;
        this.snapshots = snapshots;
        this.recompute = recompute;
        this.metrics = metrics;
        this.processing = processing;
        this.verify = verify;
    }
}
