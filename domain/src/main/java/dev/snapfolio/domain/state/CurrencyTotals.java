package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;

/**
 * Cumulative figures of one currency since the account's first movement (DESIGN §3.4); the figures
 * derived from them are formulas of {@link dev.snapfolio.domain.snapshot.SnapshotFigures}.
 */
public record CurrencyTotals(long movementCount, BigDecimal deposited, BigDecimal withdrawn, BigDecimal commissions,
        BigDecimal fees, BigDecimal dividendsReceived, BigDecimal optionsIncome, BigDecimal otherIncome,
        BigDecimal realizedGains) {

    public static final CurrencyTotals ZERO = new CurrencyTotals(0, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY,
            Decimals.ZERO_MONEY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY,
            Decimals.ZERO_MONEY);

    public CurrencyTotals {
        deposited = Decimals.money(deposited);
        withdrawn = Decimals.money(withdrawn);
        commissions = Decimals.money(commissions);
        fees = Decimals.money(fees);
        dividendsReceived = Decimals.money(dividendsReceived);
        optionsIncome = Decimals.money(optionsIncome);
        otherIncome = Decimals.money(otherIncome);
        realizedGains = Decimals.money(realizedGains);
    }
}
