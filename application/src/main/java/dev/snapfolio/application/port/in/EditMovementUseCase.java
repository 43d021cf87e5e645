package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;

public interface EditMovementUseCase {
    /** Replaces a stored movement (same id), validated first; the change date covers both versions. */
    MovementChangeResult edit(EditMovementCommand command);

    record EditMovementCommand(long accountId, long movementId, Movement replacement) {
        public EditMovementCommand {
            if (movementId <= 0) {
                throw new ValidationException("movementId", "must be > 0");
            }
            Checks.required("replacement", replacement);
            replacement = replacement.withAccount(accountId).withId(movementId);
        }
    }
}
