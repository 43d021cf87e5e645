package dev.snapfolio.domain.snapshot;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ticker of an account in one currency at the end of a snapshot date (DESIGN §3.4).
 * {@code marketPrice} is null when no price is known on or before the date.
 */
public record TickerSnapshot(long accountId, LocalDate date, Ticker ticker, Currency currency, BigDecimal shares,
        BigDecimal costBasis, BigDecimal invested, BigDecimal realized, BigDecimal dividends, BigDecimal dividendTaxes,
        BigDecimal optionsPremium, BigDecimal commissions, BigDecimal fees, BigDecimal totalIncome,
        BigDecimal capitalDeployed, BigDecimal performance, BigDecimal marketPrice, BigDecimal marketValue,
        BigDecimal unrealizedGains, boolean openTrades) {
}
