package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import java.math.BigDecimal;

/** Fully-paid stock lending income (amount > 0). */
public record LendingIncome(BigDecimal amount) implements MovementDetail {
    public LendingIncome {
        amount = Checks.positiveMoney("amount", amount);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.LENDING_INCOME;
    }
}
