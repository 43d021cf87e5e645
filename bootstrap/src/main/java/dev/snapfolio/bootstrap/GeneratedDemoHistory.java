package dev.snapfolio.bootstrap;

import dev.snapfolio.adapter.cli.command.DemoHistory;
import dev.snapfolio.application.generator.GeneratedHistory;
import dev.snapfolio.application.generator.HistoryGenerator;
import dev.snapfolio.application.generator.HistorySpec;
import java.time.LocalDate;

/**
 * The demo's history from the seeded generator: {@code years} years up to yesterday, 8 tickers in
 * two currencies, a few movements per trading day — realistic, yet processed in seconds.
 */
final class GeneratedDemoHistory implements DemoHistory {
    @Override
    public History generate(int years, LocalDate today) {
        HistorySpec spec = HistorySpec.years(years).endingOn(today.minusDays(1)).withTickers(8).withMovementsPerDay(4);
        GeneratedHistory history = HistoryGenerator.generate(spec);
        return new History("generated " + history.toString().replace("GeneratedHistory", "history"), history.movements(), history.prices(), history.splits());
    }
}
