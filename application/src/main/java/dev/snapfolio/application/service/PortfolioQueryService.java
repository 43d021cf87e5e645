package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.PortfolioQueries;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.processing.AsOfEvaluator;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.reference.FxRate;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Holdings;
import dev.snapfolio.domain.state.PositionKey;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Holdings and summary: the as-of evaluation of the snapshots (nothing written), the open lots of
 * its state valued by the domain ({@link Holdings}), and FX closes read like prices.
 */
public class PortfolioQueryService implements PortfolioQueries {
    private final AccountRepository accounts;
    private final AsOfEvaluator asOf;
    private final ReferenceDataRepository referenceData;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public PortfolioQueryService(AccountRepository accounts, AsOfEvaluator asOf, ReferenceDataRepository referenceData,
            ProcessingSettingsProvider settings, Clock clock) {
        this.accounts = accounts;
        this.asOf = asOf;
        this.referenceData = referenceData;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Holdings holdings(long accountId, LocalDate date) {
        LocalDate at = date == null ? LocalDate.now(clock) : date;
        return evaluate(accountId, at).holdings;
    }

    @Override
    public Summary summary(long accountId, LocalDate date, Currency base) {
        LocalDate at = date == null ? LocalDate.now(clock) : date;
        Evaluated evaluated = evaluate(accountId, at);
        List<FinancialSnapshot> rows = new ArrayList<>(evaluated.day.financials());
        rows.sort(Comparator.comparing(FinancialSnapshot::currency));
        ReferenceData fx = base == null ? ReferenceData.empty() : fxCloses(rows, base, at);
        List<Line> lines = new ArrayList<>();
        BigDecimal totalCash = Decimals.ZERO_MONEY;
        BigDecimal totalValue = Decimals.ZERO_MONEY;
        for (FinancialSnapshot row : rows) {
            Holdings.Cash cash = evaluated.holdings.cashOf(row.currency())
                    .orElseThrow(() -> new IllegalStateException("no cash line for " + row.currency()));
            if (base == null) {
                lines.add(new Line(row, cash.cash(), cash.netWorth(), Optional.empty(), null, null, null));
                continue;
            }
            Optional<FxRate> rate = Optional.empty();
            BigDecimal cashInBase = cash.cash();
            BigDecimal valueInBase = row.marketValue();
            if (!row.currency().equals(base)) {
                FxRate found = FxRate.find(fx, row.currency(), base, at).orElseThrow(() -> new NotFoundException("no "
                        + FxRate.pair(base, row.currency()) + " close on or before " + at + " (nor "
                        + FxRate.pair(row.currency(), base) + ") to convert " + row.currency() + " into " + base));
                rate = Optional.of(found);
                cashInBase = found.convert(cash.cash());
                valueInBase = found.convert(row.marketValue());
            }
            BigDecimal worthInBase = Decimals.money(cashInBase.add(valueInBase));
            totalCash = totalCash.add(cashInBase);
            totalValue = totalValue.add(valueInBase);
            lines.add(new Line(row, cash.cash(), cash.netWorth(), rate, cashInBase, valueInBase, worthInBase));
        }
        Optional<Total> total = base == null ? Optional.empty()
                : Optional.of(new Total(base, totalCash, totalValue, Decimals.money(totalCash.add(totalValue))));
        return new Summary(at, lines, total);
    }

    private ReferenceData fxCloses(List<FinancialSnapshot> rows, Currency base, LocalDate at) {
        List<PositionKey> series = new ArrayList<>();
        for (FinancialSnapshot row : rows) {
            if (!row.currency().equals(base)) {
                series.add(new PositionKey(FxRate.pair(base, row.currency()), row.currency()));
                series.add(new PositionKey(FxRate.pair(row.currency(), base), base));
            }
        }
        return series.isEmpty() ? ReferenceData.empty() : referenceData.loadPrices(series, at, at);
    }

    private Evaluated evaluate(long accountId, LocalDate at) {
        ServiceSupport.requireAccount(accounts, accountId);
        DayResult day = asOf.evaluate(accountId, at, ServiceSupport.policy(clock, settings, accountId));
        // the closes with their dates (and the splits that adjust them), as the calculator read them
        ReferenceData prices = referenceData.loadForAccount(accountId, at, at);
        return new Evaluated(day, Holdings.of(day.state(), at, prices));
    }

    private record Evaluated(DayResult day, Holdings holdings) {
    }
}
