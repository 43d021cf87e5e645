package dev.snapfolio.application.fakes;

import dev.snapfolio.application.fakes.InjectedFault.InjectedTimeout;
import dev.snapfolio.application.port.out.SnapshotChanges;
import java.util.List;

/**
 * The in-memory store with one-shot fault injection: fail after a number of row writes (rows before
 * it are really applied, so only a rollback removes them), or fail a given load statement.
 */
public class FailingSnapshotStore extends InMemorySnapshotStore {
    private int rowsUntilFailure = -1;
    private String failingLoad;
    private boolean timeout;
    private int rowWrites;
    private List<Integer> lastWriteShape = List.of();

    public FailingSnapshotStore(FakeDatabase db, InMemoryMovementRepository movements) {
        super(db, movements);
    }

    /** The next writes fail when about to write row number {@code n + 1} (0: the very first row). */
    public synchronized void failAfterRowWrites(int n) {
        rowsUntilFailure = n;
        timeout = false;
    }

    /** Like {@link #failAfterRowWrites} but the failure looks like a lock or statement timeout. */
    public synchronized void timeOutAfterRowWrites(int n) {
        rowsUntilFailure = n;
        timeout = true;
    }

    /** The next call of the named load statement ({@code findRange}, {@code findStateBefore}, ...) fails. */
    public synchronized void failNextLoad(String statement) {
        failingLoad = statement;
    }

    public synchronized void reset() {
        rowsUntilFailure = -1;
        failingLoad = null;
        timeout = false;
    }

    /** Row writes attempted so far (including ones rolled back). */
    public synchronized int rowWrites() {
        return rowWrites;
    }

    /** The sizes of the eight lists of the last write, in the order they are applied. */
    public synchronized List<Integer> lastWriteShape() {
        return lastWriteShape;
    }

    @Override
    public void write(SnapshotChanges changes) {
        synchronized (this) {
            lastWriteShape = List.of(changes.insertFinancials().size(), changes.updateFinancials().size(),
                    changes.deleteFinancials().size(), changes.insertTickers().size(), changes.updateTickers().size(),
                    changes.deleteTickers().size(), changes.upsertStates().size(), changes.deleteStates().size());
        }
        super.write(changes);
    }

    @Override
    protected synchronized void beforeRowWrite() {
        rowWrites++;
        if (rowsUntilFailure == 0) {
            rowsUntilFailure = -1;
            throw timeout ? new InjectedTimeout("injected lock wait timeout") : new InjectedFault("injected write failure");
        }
        if (rowsUntilFailure > 0) {
            rowsUntilFailure--;
        }
    }

    @Override
    protected synchronized void onLoad(String statement) {
        if (statement.equals(failingLoad)) {
            failingLoad = null;
            throw new InjectedFault("injected failure of " + statement);
        }
    }
}
