package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;

public interface RecordMovementUseCase {
    /**
     * Validates the new movement in memory from its change date, then stores it with the dirty mark
     * in one transaction and runs the coordinator (trigger EDIT).
     */
    MovementChangeResult record(RecordMovementCommand command);

    record RecordMovementCommand(long accountId, Movement movement) {
        public RecordMovementCommand {
            Checks.required("movement", movement);
            if (movement.id() != 0) {
                throw new ValidationException("id", "must not be set on a new movement");
            }
            movement = movement.withAccount(accountId);
        }
    }
}
