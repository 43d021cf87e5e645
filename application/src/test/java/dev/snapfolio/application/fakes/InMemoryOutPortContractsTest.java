package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.AccountRunLock;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.out.contract.AccountRepositoryContract;
import dev.snapfolio.application.port.out.contract.AccountRunLockContract;
import dev.snapfolio.application.port.out.contract.DirtyMarkRepositoryContract;
import dev.snapfolio.application.port.out.contract.MovementRepositoryContract;
import dev.snapfolio.application.port.out.contract.ReferenceDataRepositoryContract;
import dev.snapfolio.application.port.out.contract.RunLogRepositoryContract;
import dev.snapfolio.application.port.out.contract.SettingsRepositoryContract;
import dev.snapfolio.application.port.out.contract.SnapshotStoreContract;
import dev.snapfolio.application.port.out.contract.UnitOfWorkContract;
import dev.snapfolio.application.port.out.contract.ImportBatchRepositoryContract;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import org.junit.jupiter.api.Nested;

/** The out-port contracts, run against the in-memory fakes (the MyBatis adapters run the same ones). */
class InMemoryOutPortContractsTest {

    /** A fresh fake database per test. */
    private static final class Fakes {
        final FakeDatabase db = new FakeDatabase();
        final InMemoryAccountRepository accounts = new InMemoryAccountRepository(db);
        final InMemoryMovementRepository movements = new InMemoryMovementRepository(db);
        final InMemoryReferenceDataRepository referenceData = new InMemoryReferenceDataRepository(db, movements);
        final InMemorySnapshotStore store = new InMemorySnapshotStore(db, movements);
        final InMemoryDirtyMarkRepository marks = new InMemoryDirtyMarkRepository(db);
        final InMemorySettingsRepository settings = new InMemorySettingsRepository(db);
        final InMemoryRunLogRepository runs = new InMemoryRunLogRepository(db);
        final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(db);
        final InMemoryImportBatchRepository imports = new InMemoryImportBatchRepository(db, movements);
    }

    @Nested
    class Imports extends ImportBatchRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected ImportBatchRepository imports() {
            return fakes.imports;
        }

        @Override
        protected MovementRepository movements() {
            return fakes.movements;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }
    }

    @Nested
    class Accounts extends AccountRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }
    }

    @Nested
    class Movements extends MovementRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected MovementRepository movements() {
            return fakes.movements;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }
    }

    @Nested
    class ReferenceData extends ReferenceDataRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected ReferenceDataRepository referenceData() {
            return fakes.referenceData;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }

        @Override
        protected MovementRepository movements() {
            return fakes.movements;
        }
    }

    @Nested
    class Snapshots extends SnapshotStoreContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected SnapshotStore store() {
            return fakes.store;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }

        @Override
        protected MovementRepository movements() {
            return fakes.movements;
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return fakes.unitOfWork;
        }
    }

    @Nested
    class DirtyMarks extends DirtyMarkRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected DirtyMarkRepository marks() {
            return fakes.marks;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return fakes.unitOfWork;
        }
    }

    @Nested
    class Settings extends SettingsRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected SettingsRepository settings() {
            return fakes.settings;
        }
    }

    @Nested
    class RunLog extends RunLogRepositoryContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected RunLogRepository runs() {
            return fakes.runs;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }

        @Override
        protected UnitOfWork unitOfWork() {
            return fakes.unitOfWork;
        }
    }

    @Nested
    class Transactions extends UnitOfWorkContract {
        private final Fakes fakes = new Fakes();

        @Override
        protected UnitOfWork unitOfWork() {
            return fakes.unitOfWork;
        }

        @Override
        protected AccountRepository accounts() {
            return fakes.accounts;
        }
    }

    @Nested
    class RunLock extends AccountRunLockContract {
        private final InMemoryAccountRunLock lock = new InMemoryAccountRunLock();

        @Override
        protected AccountRunLock lock() {
            return lock;
        }
    }
}
