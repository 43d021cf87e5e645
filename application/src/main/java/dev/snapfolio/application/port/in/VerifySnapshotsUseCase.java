package dev.snapfolio.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

public interface VerifySnapshotsUseCase {
    /** Compares stored rows with a fresh computation from the first movement; with repair, rewrites what differs. */
    VerifyReport verify(VerifyCommand command);

    /** As {@link #verify(VerifyCommand)}, telling {@code progress} how far it has got, account by account. */
    default VerifyReport verify(VerifyCommand command, ProgressListener progress) {
        return verify(command);
    }

    /** @param accountId empty: every account */
    record VerifyCommand(OptionalLong accountId, boolean repair) {
    }

    /** One differing row: kind ("financial", "ticker", "state"), its key, and what is stored vs. expected. */
    record Difference(long accountId, LocalDate date, String kind, String key, String stored, String expected) {
    }

    record VerifyReport(int accountsChecked, int rowsChecked, List<Difference> differences, boolean repaired) {
        public VerifyReport {
            differences = List.copyOf(differences);
        }

        public boolean clean() {
            return differences.isEmpty();
        }
    }
}
