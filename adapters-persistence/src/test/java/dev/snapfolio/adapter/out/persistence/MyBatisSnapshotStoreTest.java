package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.SnapshotStoreContract;
import org.junit.jupiter.params.Parameter;

/** The {@link SnapshotStore} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisSnapshotStoreTest extends SnapshotStoreContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected SnapshotStore store() {
        return server.get(SnapshotStore.class);
    }

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }

    @Override
    protected MovementRepository movements() {
        return server.get(MovementRepository.class);
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return server.get(UnitOfWork.class);
    }
}
