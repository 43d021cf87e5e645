package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.contract.AccountRunLockContract;
import org.junit.jupiter.params.Parameter;

/** The {@link AccountRunLock} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class GetLockRunLockTest extends AccountRunLockContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected AccountRunLock lock() {
        return server.get(AccountRunLock.class);
    }
}
