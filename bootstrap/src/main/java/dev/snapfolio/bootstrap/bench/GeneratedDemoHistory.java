package dev.snapfolio.bootstrap.bench;

import dev.snapfolio.adapter.in.cli.command.DemoHistory;
import dev.snapfolio.application.generator.GeneratedHistory;
import dev.snapfolio.application.generator.HistoryGenerator;
import dev.snapfolio.application.generator.HistorySpec;
import java.time.LocalDate;

/**
 * The {@code demo} command's history from the seeded generator: 10 tickers in 2 currencies, about
 * 8 movements a trading day (stocks with shorts and partial closes, options with expiries,
 * assignments and exercises, dividends with tax, fees, interest, conversions, splits), ending the
 * day before today. The same years and today always give the same history.
 */
public final class GeneratedDemoHistory implements DemoHistory {

    @Override
    public History generate(int years, LocalDate today) {
        HistorySpec spec = HistorySpec.years(years).endingOn(today.minusDays(1)).withTickers(10).withMovementsPerDay(8);
        GeneratedHistory history = HistoryGenerator.generate(spec);
        String description = String.format("generated %,d movements over %,d trading days (%s .. %s), %d tickers, "
                + "%d currencies, %d splits (seed %d)", history.movements().size(), history.tradingDays().size(),
                history.firstDate(), history.lastDate(), history.tickers().size(), history.currencies().size(),
                history.splits().size(), spec.seed());
        return new History(description, history.movements(), history.prices(), history.splits());
    }
}
