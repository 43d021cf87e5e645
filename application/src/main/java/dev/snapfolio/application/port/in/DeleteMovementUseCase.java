package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.ValidationException;

public interface DeleteMovementUseCase {
    /** Deletes a stored movement, after checking that the history without it is still valid. */
    MovementChangeResult delete(DeleteMovementCommand command);

    record DeleteMovementCommand(long accountId, long movementId) {
        public DeleteMovementCommand {
            if (movementId <= 0) {
                throw new ValidationException("movementId", "must be > 0");
            }
        }
    }
}
