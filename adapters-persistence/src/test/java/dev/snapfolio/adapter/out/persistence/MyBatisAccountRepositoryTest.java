package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.contract.AccountRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link AccountRepository} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisAccountRepositoryTest {
    @Nested
    class OnEmbeddedMariaDb extends AccountRepositoryContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends AccountRepositoryContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }
    }
}
