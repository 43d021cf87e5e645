package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.contract.ReferenceDataRepositoryContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The {@link ReferenceDataRepository} contract on the embedded MariaDB, and on SNAPFOLIO_DB_URL's server when set. */
class MyBatisReferenceDataRepositoryTest {
    @Nested
    class OnEmbeddedMariaDb extends ReferenceDataRepositoryContract {
        private final TestDatabase db = TestDatabase.embedded();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected ReferenceDataRepository referenceData() {
            return db.get(ReferenceDataRepository.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }

        @Override
        protected MovementRepository movements() {
            return db.get(MovementRepository.class);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    class OnExternalMariaDb extends ReferenceDataRepositoryContract {
        private final TestDatabase db = TestDatabase.external().orElseThrow();

        @BeforeEach
        void emptyTables() {
            db.clean();
        }

        @Override
        protected ReferenceDataRepository referenceData() {
            return db.get(ReferenceDataRepository.class);
        }

        @Override
        protected AccountRepository accounts() {
            return db.get(AccountRepository.class);
        }

        @Override
        protected MovementRepository movements() {
            return db.get(MovementRepository.class);
        }
    }
}
