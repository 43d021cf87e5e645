package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.contract.ReferenceDataRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link ReferenceDataRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisReferenceDataRepositoryTest extends ReferenceDataRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected ReferenceDataRepository referenceData() {
        return server.get(ReferenceDataRepository.class);
    }

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }

    @Override
    protected MovementRepository movements() {
        return server.get(MovementRepository.class);
    }
}
