package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.contract.ImportBatchRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link ImportBatchRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisImportBatchRepositoryTest extends ImportBatchRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected ImportBatchRepository imports() {
        return server.get(ImportBatchRepository.class);
    }

    @Override
    protected MovementRepository movements() {
        return server.get(MovementRepository.class);
    }

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }
}
