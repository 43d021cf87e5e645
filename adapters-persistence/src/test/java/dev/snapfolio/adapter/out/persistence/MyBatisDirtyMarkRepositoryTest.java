package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.DirtyMarkRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link DirtyMarkRepository} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisDirtyMarkRepositoryTest {
    @Nested
    class OnEmbeddedMariaDb extends DirtyMarkRepositoryContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected DirtyMarkRepository marks() {
            return db.get(DirtyMarkRepository.class);
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
    class OnExternalMariaDb extends DirtyMarkRepositoryContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected DirtyMarkRepository marks() {
            return db.get(DirtyMarkRepository.class);
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
