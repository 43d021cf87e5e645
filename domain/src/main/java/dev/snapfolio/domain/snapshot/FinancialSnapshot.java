package dev.snapfolio.domain.snapshot;

import dev.snapfolio.domain.money.Currency;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one currency of an account looks like at the end of a snapshot date (DESIGN §3.4). Money at
 * scale 6, percentages at scale 6: two snapshots computed the same way are equal.
 */
public record FinancialSnapshot(long accountId, LocalDate date, Currency currency, long movementCount,
        BigDecimal deposited, BigDecimal withdrawn, BigDecimal commissions, BigDecimal fees,
        BigDecimal dividendsReceived, BigDecimal optionsIncome, BigDecimal otherIncome, BigDecimal realizedGains,
        BigDecimal netCashFlow, BigDecimal invested, BigDecimal unrealizedGains, BigDecimal realizedPercentage,
        boolean openTrades, BigDecimal marketValue, BigDecimal unrealizedPercentage, int unpricedPositions) {
}
