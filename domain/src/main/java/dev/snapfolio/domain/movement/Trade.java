package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/** A stock trade: quantity > 0 shares at price ≥ 0, plus commissions and fees. */
public record Trade(Ticker ticker, Side side, BigDecimal quantity, BigDecimal price, BigDecimal commissions,
        BigDecimal fees) implements MovementDetail {
    public Trade {
        Checks.required("ticker", ticker);
        Checks.required("side", side);
        quantity = Checks.positiveQuantity("quantity", quantity);
        price = Checks.nonNegativePrice("price", price);
        commissions = Checks.nonNegativeMoney("commissions", commissions);
        fees = Checks.nonNegativeMoney("fees", fees);
    }

    /** quantity × price at money scale. */
    public BigDecimal grossAmount() {
        return Decimals.multiply(quantity, price, Decimals.MONEY_SCALE);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.TRADE;
    }
}
