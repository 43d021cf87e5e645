package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/**
 * Expiry, assignment or exercise of open contracts, closing them with a cash settlement (usually
 * 0). A stock delivery from an assignment or exercise is its own {@link Trade}.
 */
public record OptionEvent(OptionContract contract, OptionEventType event, BigDecimal contracts,
        BigDecimal cashSettlement) implements MovementDetail {
    public OptionEvent {
        Checks.required("contract", contract);
        Checks.required("event", event);
        contracts = Checks.positiveQuantity("contracts", contracts);
        cashSettlement = cashSettlement == null ? Decimals.ZERO_MONEY : Checks.money("cashSettlement", cashSettlement);
    }

    @Override
    public Ticker ticker() {
        return contract.underlying();
    }

    @Override
    public MovementKind kind() {
        return MovementKind.OPTION_EVENT;
    }
}
