package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;

/**
 * Cumulative figures of one ticker in one currency (DESIGN §3.4): realized (stock and options on
 * this underlying), dividends, dividend taxes, option premiums, commissions and fees of this
 * ticker's movements, and capital deployed (never released). The figures derived from them are
 * formulas of {@link dev.snapfolio.domain.snapshot.SnapshotFigures}.
 */
public record TickerTotals(BigDecimal realized, BigDecimal dividends, BigDecimal dividendTaxes,
        BigDecimal optionsPremium, BigDecimal commissions, BigDecimal fees, BigDecimal capitalDeployed) {

    public static final TickerTotals ZERO = new TickerTotals(Decimals.ZERO_MONEY, Decimals.ZERO_MONEY,
            Decimals.ZERO_MONEY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY, Decimals.ZERO_MONEY);

    public TickerTotals {
        realized = Decimals.money(realized);
        dividends = Decimals.money(dividends);
        dividendTaxes = Decimals.money(dividendTaxes);
        optionsPremium = Decimals.money(optionsPremium);
        commissions = Decimals.money(commissions);
        fees = Decimals.money(fees);
        capitalDeployed = Decimals.money(capitalDeployed);
    }
}
