package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.contract.MovementRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link MovementRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisMovementRepositoryTest extends MovementRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected MovementRepository movements() {
        return server.get(MovementRepository.class);
    }

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }
}
