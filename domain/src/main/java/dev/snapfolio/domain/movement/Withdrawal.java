package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import java.math.BigDecimal;

/** Cash taken out of the account (amount > 0); its commissions and fees are costs. */
public record Withdrawal(BigDecimal amount, BigDecimal commissions, BigDecimal fees) implements MovementDetail {
    public Withdrawal {
        amount = Checks.positiveMoney("amount", amount);
        commissions = Checks.nonNegativeMoney("commissions", commissions);
        fees = Checks.nonNegativeMoney("fees", fees);
    }

    public Withdrawal(BigDecimal amount) {
        this(amount, null, null);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.WITHDRAWAL;
    }
}
