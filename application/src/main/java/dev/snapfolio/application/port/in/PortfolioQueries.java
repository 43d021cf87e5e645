package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.reference.FxRate;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Holdings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The views of an account investors read: what it holds on a date, and its figures per currency and in total. */
public interface PortfolioQueries {
    /**
     * The open positions, option positions, cash and net worth per currency at the end of
     * {@code date} (null: today), valued at the latest closes on or before it. Nothing is written.
     */
    Holdings holdings(long accountId, LocalDate date);

    /**
     * The financial snapshot per currency as of {@code date} (null: today) with its cash and net
     * worth; with a {@code base} currency, every currency's net worth converted at the latest FX
     * close on or before the date ({@link FxRate}) and their total.
     *
     * @throws NotFoundException when a currency has no FX close on or before the date
     */
    Summary summary(long accountId, LocalDate date, Currency base);

    record Summary(LocalDate date, List<Line> lines, Optional<Total> total) {
        public Summary {
            lines = List.copyOf(lines);
        }
    }

    /** One currency: its snapshot, cash and net worth; {@code rate} and the *InBase figures only with a base. */
    record Line(FinancialSnapshot snapshot, BigDecimal cash, BigDecimal netWorth, Optional<FxRate> rate,
            BigDecimal cashInBase, BigDecimal marketValueInBase, BigDecimal netWorthInBase) {
    }

    /** Every currency's figures converted into {@code base} and added up. */
    record Total(Currency base, BigDecimal cash, BigDecimal marketValue, BigDecimal netWorth) {
    }
}
