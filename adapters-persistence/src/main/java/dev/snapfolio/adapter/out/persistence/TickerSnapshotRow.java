package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code ticker_snapshot}; {@code marketPrice} is NULL when no price is known. */
record TickerSnapshotRow(long accountId, LocalDate snapshotDate, String ticker, String currency, BigDecimal shares,
        BigDecimal costBasis, BigDecimal invested, BigDecimal realized, BigDecimal dividends, BigDecimal dividendTaxes,
        BigDecimal optionsPremium, BigDecimal commissions, BigDecimal fees, BigDecimal totalIncome,
        BigDecimal capitalDeployed, BigDecimal performance, BigDecimal marketPrice, BigDecimal marketValue,
        BigDecimal unrealizedGains, boolean openTrades) {

    TickerSnapshot toDomain() {
        return new TickerSnapshot(accountId, snapshotDate, Interned.ticker(ticker), Interned.currency(currency), shares, costBasis,
                invested, realized, dividends, dividendTaxes, optionsPremium, commissions, fees, totalIncome,
                capitalDeployed, performance, marketPrice, marketValue, unrealizedGains, openTrades);
    }
}
