package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.DirtyMarkRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link DirtyMarkRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisDirtyMarkRepositoryTest extends DirtyMarkRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected DirtyMarkRepository marks() {
        return server.get(DirtyMarkRepository.class);
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
