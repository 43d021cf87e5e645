package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.contract.AccountRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link AccountRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisAccountRepositoryTest extends AccountRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected AccountRepository accounts() {
        return server.get(AccountRepository.class);
    }
}
