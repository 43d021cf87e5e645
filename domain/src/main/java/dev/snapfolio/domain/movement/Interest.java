package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import java.math.BigDecimal;

/** Credit interest received (amount > 0). */
public record Interest(BigDecimal amount) implements MovementDetail {
    public Interest {
        amount = Checks.positiveMoney("amount", amount);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.INTEREST;
    }
}
