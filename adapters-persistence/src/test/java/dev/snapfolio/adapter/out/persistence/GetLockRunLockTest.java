package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.contract.AccountRunLockContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link AccountRunLock} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class GetLockRunLockTest {
    @Nested
    class OnEmbeddedMariaDb extends AccountRunLockContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected AccountRunLock lock() {
            return db.get(AccountRunLock.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends AccountRunLockContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected AccountRunLock lock() {
            return db.get(AccountRunLock.class);
        }
    }
}
