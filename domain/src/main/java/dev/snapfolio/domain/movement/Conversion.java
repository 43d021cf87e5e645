package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import java.math.BigDecimal;

/**
 * A currency conversion: amountOut leaves the movement's currency (a withdrawal there), amountIn
 * arrives in the target currency (a deposit there); fees are charged in the movement's currency.
 */
public record Conversion(BigDecimal amountOut, Currency targetCurrency, BigDecimal amountIn, BigDecimal fees)
        implements MovementDetail {
    public Conversion {
        amountOut = Checks.positiveMoney("amount", amountOut);
        Checks.required("targetCurrency", targetCurrency);
        amountIn = Checks.positiveMoney("amountIn", amountIn);
        fees = Checks.nonNegativeMoney("fees", fees);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.CONVERSION;
    }
}
