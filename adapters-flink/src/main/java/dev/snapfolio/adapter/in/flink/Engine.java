package dev.snapfolio.adapter.in.flink;

import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;

/** The in-ports a Flink task calls, on a connection pool of its own; closed when the task ends. */
public interface Engine extends AutoCloseable {
    RebuildAccountsUseCase rebuildAccounts();

    ImportMovementsUseCase importMovements();

    @Override
    void close();
}
