package dev.snapfolio.application.fakes;

/** A unit of work whose n-th commit from now fails (after the work ran), so the transaction rolls back. */
public class FailingUnitOfWork extends InMemoryUnitOfWork {
    private int commitsUntilFailure = -1;

    public FailingUnitOfWork(FakeDatabase db) {
        super(db);
    }

    /** The {@code n}-th outermost commit from now (1 = the next one) throws an {@link InjectedFault}. */
    public synchronized void failCommit(int n) {
        commitsUntilFailure = n;
    }

    public synchronized void reset() {
        commitsUntilFailure = -1;
    }

    @Override
    protected synchronized void beforeCommit() {
        if (commitsUntilFailure > 0 && --commitsUntilFailure == 0) {
            commitsUntilFailure = -1;
            throw new InjectedFault("injected commit failure");
        }
    }
}
