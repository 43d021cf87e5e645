package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;

/**
 * An open stock lot: quantity > 0 (scale 8) and its total cost (money scale). A long lot's cost is
 * the gross amount plus its costs (> 0); a short lot's is −(proceeds − its costs) (< 0).
 */
public record StockLot(BigDecimal quantity, BigDecimal totalCost) {
    public StockLot {
        quantity = Decimals.quantity(quantity);
        totalCost = Decimals.money(totalCost);
    }
}
