package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.RunLogRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link RunLogRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisRunLogRepositoryTest extends RunLogRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected RunLogRepository runs() {
        return server.get(RunLogRepository.class);
    }

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return server.get(UnitOfWork.class);
    }
}
