package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;

/** An open option lot: contracts > 0 (scale 8) and the net cash of its opening (premium − costs, signed). */
public record OptionLot(BigDecimal contracts, BigDecimal totalNet) {
    public OptionLot {
        contracts = Decimals.quantity(contracts);
        totalNet = Decimals.money(totalNet);
    }
}
