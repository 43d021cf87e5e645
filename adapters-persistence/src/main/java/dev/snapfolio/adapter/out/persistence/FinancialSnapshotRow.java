package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code financial_snapshot}. */
record FinancialSnapshotRow(long accountId, LocalDate snapshotDate, String currency, long movementCount,
        BigDecimal deposited, BigDecimal withdrawn, BigDecimal commissions, BigDecimal fees,
        BigDecimal dividendsReceived, BigDecimal optionsIncome, BigDecimal otherIncome, BigDecimal realizedGains,
        BigDecimal netCashFlow, BigDecimal invested, BigDecimal unrealizedGains, BigDecimal realizedPercentage,
        boolean openTrades, BigDecimal marketValue, BigDecimal unrealizedPercentage, int unpricedPositions) {

    FinancialSnapshot toDomain() {
        return new FinancialSnapshot(accountId, snapshotDate, Interned.currency(currency), movementCount, deposited, withdrawn,
                commissions, fees, dividendsReceived, optionsIncome, otherIncome, realizedGains, netCashFlow, invested,
                unrealizedGains, realizedPercentage, openTrades, marketValue, unrealizedPercentage, unpricedPositions);
    }
}
