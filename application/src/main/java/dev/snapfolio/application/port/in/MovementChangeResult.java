package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.movement.Movement;
import java.util.List;

/**
 * The stored movement (the deleted one, for a delete), the processing the change caused, and what
 * was accepted but looks like a mistake (a sale that opens a short, a currency that is not ISO
 * 4217, a ticker with no price), each said once.
 */
public record MovementChangeResult(Movement movement, ProcessingOutcome outcome, List<String> warnings) {
    public MovementChangeResult {
        warnings = List.copyOf(warnings);
    }

    public MovementChangeResult(Movement movement, ProcessingOutcome outcome) {
        this(movement, outcome, List.of());
    }
}
