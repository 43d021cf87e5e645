package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.UnitOfWorkContract;
import org.junit.jupiter.params.Parameter;

/** The {@link UnitOfWork} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisUnitOfWorkTest extends UnitOfWorkContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected UnitOfWork unitOfWork() {
        return server.get(UnitOfWork.class);
    }

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }
}
