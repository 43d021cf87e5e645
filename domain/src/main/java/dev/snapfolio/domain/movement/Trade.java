package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
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
        // (the fields are assigned after this body: compute from the parameters)
        BigDecimal gross = Decimals.multiply(quantity, price, Decimals.MONEY_SCALE);
        if (!Checks.isRestoring() && (long) gross.precision() - gross.scale() > Checks.MONEY_INTEGER_DIGITS) {
            // its cost or proceeds feed money columns: refused here rather than in the database
            throw new ValidationException("price", "× quantity must be less than 10^" + Checks.MONEY_INTEGER_DIGITS
                    + ", got " + quantity.toPlainString() + " × " + price.toPlainString());
        }
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
