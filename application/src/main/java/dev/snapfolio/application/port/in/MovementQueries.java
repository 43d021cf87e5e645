package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.List;

public interface MovementQueries {
    /** The account's movements with business date in [from, to] (nulls: open ends), in apply order. */
    List<Movement> list(long accountId, LocalDate from, LocalDate to);
}
