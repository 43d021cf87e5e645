package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import java.math.BigDecimal;

/** A fee charged (amount > 0) or refunded/credited (amount < 0). */
public record Fee(BigDecimal amount) implements MovementDetail {
    public Fee {
        amount = Checks.nonZeroMoney("amount", amount);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.FEE;
    }
}
