package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.domain.movement.Movement;

/** The stored movement (the deleted one, for a delete) and the processing the change caused. */
public record MovementChangeResult(Movement movement, ProcessingOutcome outcome) {
}
