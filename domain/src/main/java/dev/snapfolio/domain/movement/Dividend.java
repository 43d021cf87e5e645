package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/** A gross dividend received on a ticker (amount > 0). */
public record Dividend(Ticker ticker, BigDecimal amount) implements MovementDetail {
    public Dividend {
        Checks.required("ticker", ticker);
        amount = Checks.positiveMoney("amount", amount);
    }

    @Override
    public MovementKind kind() {
        return MovementKind.DIVIDEND;
    }
}
