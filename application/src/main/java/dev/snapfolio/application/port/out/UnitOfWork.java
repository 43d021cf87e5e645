package dev.snapfolio.application.port.out;

import java.util.function.Supplier;

/**
 * A transaction. Work inside commits together or not at all; an exception rolls back and is
 * rethrown. Nested calls join the outer transaction.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
