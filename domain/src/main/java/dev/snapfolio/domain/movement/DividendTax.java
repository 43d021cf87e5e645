package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/** Tax withheld on a dividend (amount > 0). */
public record DividendTax(Ticker ticker, BigDecimal amount) implements MovementDetail {
    public DividendTax {
        Checks.required("ticker", ticker);
        amount = Checks.positiveMoney("amount", amount);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.DIVIDEND_TAX;
    }
}
