package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;

/** A strike change (e.g. after a special dividend): the oldest {@code contracts} open lots move to the new strike. */
public record OptionAdjustment(OptionContract contract, BigDecimal newStrike, BigDecimal contracts) implements MovementDetail {
    public OptionAdjustment {
        Checks.required("contract", contract);
        newStrike = Checks.positivePrice("newStrike", newStrike);
        contracts = Checks.positiveQuantity("contracts", contracts);
        if (newStrike.equals(contract.strike())) {
            throw new ValidationException("newStrike", "must differ from the old strike " + contract.strike().toPlainString());
        }
    }

    public OptionContract newContract() {
        return contract.withStrike(newStrike);
    }

    @Override
    public Ticker ticker() {
        return contract.underlying();
    }

    @Override
    public MovementKind kind() {
        return MovementKind.OPTION_ADJUSTMENT;
    }
}
