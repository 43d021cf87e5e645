package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/** Shares moved out without cash: closes long lots FIFO at their cost, realizing nothing. */
public record SecurityOut(Ticker ticker, BigDecimal quantity, BigDecimal costPerShare) implements MovementDetail {
    public SecurityOut {
        Checks.required("ticker", ticker);
        quantity = Checks.positiveQuantity("quantity", quantity);
        costPerShare = Checks.nonNegativePrice("costPerShare", costPerShare);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.SECURITY_OUT;
    }
}
