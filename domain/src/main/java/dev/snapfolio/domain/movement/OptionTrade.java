package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import java.math.BigDecimal;

/**
 * An option trade. The premium is the cash of the trade, signed: BUY_* ≤ 0, SELL_* ≥ 0. Its net is
 * premium − commissions − fees.
 */
public record OptionTrade(OptionContract contract, OptionAction action, BigDecimal contracts, BigDecimal premium,
        BigDecimal commissions, BigDecimal fees) implements MovementDetail {
    public OptionTrade {
        Checks.required("contract", contract);
        Checks.required("action", action);
        contracts = Checks.positiveQuantity("contracts", contracts);
        premium = Checks.money("premium", Checks.required("premium", premium));
        if (action.isBuy() && premium.signum() > 0) {
            throw new ValidationException("premium", "of a " + action + " must be <= 0 (cash paid), got " + premium.toPlainString());
        }
        if (!action.isBuy() && premium.signum() < 0) {
            throw new ValidationException("premium", "of a " + action + " must be >= 0 (cash received), got " + premium.toPlainString());
        }
        commissions = Checks.nonNegativeMoney("commissions", commissions);
        fees = Checks.nonNegativeMoney("fees", fees);
    }

    /** premium − commissions − fees. */
    public BigDecimal net() {
        return premium.subtract(commissions).subtract(fees);
    }

    @Override
    public Ticker ticker() {
        return contract.underlying();
    }

    @Override
    public MovementKind kind() {
        return MovementKind.OPTION_TRADE;
    }
}
