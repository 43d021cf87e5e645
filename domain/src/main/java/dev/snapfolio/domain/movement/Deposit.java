package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import java.math.BigDecimal;

/** Cash paid into the account (amount > 0); its commissions and fees are costs. */
public record Deposit(BigDecimal amount, BigDecimal commissions, BigDecimal fees) implements MovementDetail {
    public Deposit {
        amount = Checks.positiveMoney("amount", amount);
        commissions = Checks.nonNegativeMoney("commissions", commissions);
        fees = Checks.nonNegativeMoney("fees", fees);
    }

    public Deposit(BigDecimal amount) {
        this(amount, null, null);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.DEPOSIT;
    }
}
