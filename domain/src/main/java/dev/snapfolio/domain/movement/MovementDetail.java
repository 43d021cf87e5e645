package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;

/**
 * What a movement is, per kind (DESIGN §3.2). Each record validates itself and normalizes its
 * decimals; the shared fields (id, account, timestamp, currency) live on {@link Movement}.
 */
public sealed interface MovementDetail permits Deposit, Withdrawal, Fee, Interest, InterestPaid, LendingIncome,
        Dividend, DividendTax, Trade, OptionTrade, OptionEvent, OptionAdjustment, SecurityIn, SecurityOut, Conversion {

    MovementKind kind();

    /** Commissions paid with this movement (≥ 0); 0 for kinds without commissions. */
    default BigDecimal commissions() {
        return Decimals.ZERO_MONEY;
    }

    /** Fees paid with this movement (≥ 0); 0 for kinds without fees. A FEE's own amount is not here. */
    default BigDecimal fees() {
        return Decimals.ZERO_MONEY;
    }

    /** The ticker this movement belongs to (an option's underlying), or null for cash movements. */
    default Ticker ticker() {
        return null;
    }

    /** The option contract this movement acts on, or null. */
    default OptionContract contract() {
        return null;
    }
}
