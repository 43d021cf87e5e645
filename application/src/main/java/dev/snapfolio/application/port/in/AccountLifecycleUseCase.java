package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Checks;

/** Renaming and deleting accounts. */
public interface AccountLifecycleUseCase {
    /** Gives the account a new name (unique, as on creation); returns it renamed. */
    Account rename(RenameAccountCommand command);

    /**
     * Deletes the account with everything stored for it — movements, import records, snapshots,
     * states, runs, its dirty mark and its own settings — in one transaction. Waits for a run on
     * the account to end first.
     */
    DeletedAccount delete(long accountId);

    record RenameAccountCommand(long accountId, String newName) {
        public RenameAccountCommand {
            Checks.required("name", newName);
        }
    }

    /** What was removed with the account. */
    record DeletedAccount(Account account, int movements) {
    }
}
