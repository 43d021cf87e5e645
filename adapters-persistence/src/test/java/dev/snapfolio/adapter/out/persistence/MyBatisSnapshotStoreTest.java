package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.SnapshotStoreContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link SnapshotStore} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisSnapshotStoreTest {
    @Nested
    class OnEmbeddedMariaDb extends SnapshotStoreContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected SnapshotStore store() {
            return db.get(SnapshotStore.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }

        @Override
        protected MovementRepository movements() {
            return db.get(MovementRepository.class);
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return db.get(UnitOfWork.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends SnapshotStoreContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected SnapshotStore store() {
            return db.get(SnapshotStore.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }

        @Override
        protected MovementRepository movements() {
            return db.get(MovementRepository.class);
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return db.get(UnitOfWork.class);
        }
    }
}
