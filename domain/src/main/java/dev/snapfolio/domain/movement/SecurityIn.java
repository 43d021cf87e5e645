package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/** Shares moved in without cash (e.g. ACAT): opens a long lot at quantity × cost per share. */
public record SecurityIn(Ticker ticker, BigDecimal quantity, BigDecimal costPerShare) implements MovementDetail {
    public SecurityIn {
        Checks.required("ticker", ticker);
        quantity = Checks.positiveQuantity("quantity", quantity);
        costPerShare = Checks.nonNegativePrice("costPerShare", costPerShare);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.SECURITY_IN;
    }
}
