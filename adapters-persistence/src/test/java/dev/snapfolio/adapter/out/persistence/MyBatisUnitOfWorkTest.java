package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.UnitOfWorkContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link UnitOfWork} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisUnitOfWorkTest {
    @Nested
    class OnEmbeddedMariaDb extends UnitOfWorkContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return db.get(UnitOfWork.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends UnitOfWorkContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return db.get(UnitOfWork.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }
    }
}
