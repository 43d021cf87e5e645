package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.state.CurrencyTotals;
import java.math.BigDecimal;

/** The mutable form of {@link CurrencyTotals} used while a day is applied; frozen once per day. */
final class TotalsBuilder {
    long movementCount;
    BigDecimal deposited;
    BigDecimal withdrawn;
    BigDecimal commissions;
    BigDecimal fees;
    BigDecimal dividendsReceived;
    BigDecimal optionsIncome;
    BigDecimal otherIncome;
    BigDecimal realizedGains;

    TotalsBuilder(CurrencyTotals from) {
        movementCount = from.movementCount();
        deposited = from.deposited();
        withdrawn = from.withdrawn();
        commissions = from.commissions();
        fees = from.fees();
        dividendsReceived = from.dividendsReceived();
        optionsIncome = from.optionsIncome();
        otherIncome = from.otherIncome();
        realizedGains = from.realizedGains();
    }

    CurrencyTotals freeze() {
        return new CurrencyTotals(movementCount, deposited, withdrawn, commissions, fees, dividendsReceived,
                optionsIncome, otherIncome, realizedGains);
    }
}
