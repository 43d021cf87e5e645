package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import java.math.BigDecimal;

/** Debit interest paid (amount > 0). */
public record InterestPaid(BigDecimal amount) implements MovementDetail {
    public InterestPaid {
        amount = Checks.positiveMoney("amount", amount);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.INTEREST_PAID;
    }
}
