package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.RunLogRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link RunLogRepository} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisRunLogRepositoryTest {
    @Nested
    class OnEmbeddedMariaDb extends RunLogRepositoryContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected RunLogRepository runs() {
            return db.get(RunLogRepository.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return db.get(UnitOfWork.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends RunLogRepositoryContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected RunLogRepository runs() {
            return db.get(RunLogRepository.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return db.get(UnitOfWork.class);
        }
    }
}
