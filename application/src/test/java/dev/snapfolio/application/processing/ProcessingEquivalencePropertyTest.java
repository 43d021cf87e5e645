package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.RunStatus;
import static dev.snapfolio.application.testing.Histories.account;
import static dev.snapfolio.application.testing.Histories.app;
import static dev.snapfolio.application.testing.Histories.assertSameRows;
import static dev.snapfolio.application.testing.Histories.assertVerifiesClean;
import static dev.snapfolio.application.testing.Histories.importAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.application.testing.RandomChange;
import dev.snapfolio.application.testing.RandomHistory;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The central property (DESIGN §10): for random histories and random changes, per-date processing,
 * batch processing and a full recompute from the first movement store identical rows (financial,
 * ticker, state), and those rows equal the domain's own fold of the whole history; and a history
 * imported in parts stores the same rows as the history imported at once.
 */
class ProcessingEquivalencePropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("seeds", 200));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void perDateBatchAndFullRecomputeStoreIdenticalRowsAfterRandomChanges(long seed) {
        RandomHistory history = RandomHistory.generate(seed);
        FakeApplication perDate = app(history.today, Strategy.PER_DATE);
        FakeApplication batch = app(history.today, Strategy.BATCH);
        long accountId = account(perDate);
        assertThat(account(batch)).isEqualTo(accountId);
        for (FakeApplication app : List.of(perDate, batch)) {
            app.referenceData.savePrices(history.prices);
            app.referenceData.saveSplits(history.splits);
            ImportResult imported = importAll(app, accountId, history.movements);
            assertThat(imported.outcome()).hasValueSatisfying(o -> assertThat(o.run().status()).isEqualTo(RunStatus.SUCCEEDED));
        }
        assertSameRows(batch, perDate, accountId, "after the import");

        int changes = 2 + history.random().nextInt(5);
        List<String> log = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            List<Movement> current = perDate.movementQueries.list(accountId, null, null);
            RandomChange change = RandomChange.next(history, current, perDate.clock.today());
            String perDateResult = change.applyTo(perDate, accountId);
            String batchResult = change.applyTo(batch, accountId);
            log.add(change + " -> " + perDateResult);
            assertThat(batchResult).as("both applications accept or reject %s", change).isEqualTo(perDateResult);
            assertThat(batch.movementQueries.list(accountId, null, null))
                    .isEqualTo(perDate.movementQueries.list(accountId, null, null));
        }
        String what = "seed " + seed + " after " + log;
        assertSameRows(batch, perDate, accountId, what);
        assertThat(perDate.dirtyMarks.findAll()).as(what).allSatisfy(
                mark -> assertThat(mark.dirtyFrom()).isAfter(perDate.clock.today()));

        // A fresh store with the final movements, recomputed from the first movement.
        FakeApplication full = app(perDate.clock.today(), Strategy.BATCH);
        account(full);
        full.referenceData.savePrices(allPrices(perDate));
        full.referenceData.saveSplits(allSplits(perDate));
        List<Movement> finalMovements = perDate.movementQueries.list(accountId, null, null);
        full.movements.insertAll(finalMovements.stream().map(m -> m.withId(0)).toList());
        assertThat(full.recompute.recompute(new RecomputeCommand(accountId, null, null)).run().status())
                .isEqualTo(RunStatus.SUCCEEDED);
        assertSameRows(perDate, full, accountId, what + " vs a full recompute");
        assertVerifiesClean(perDate, accountId, what);
        assertThat(perDate.runLog.findAll()).as(what).noneMatch(run -> run.status() == RunStatus.FAILED);
        assertThat(batch.runLog.findAll()).as(what).noneMatch(run -> run.status() == RunStatus.FAILED
                || run.status() == RunStatus.FELL_BACK);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHistoryImportedInPartsEqualsTheWholeImport(long seed) {
        RandomHistory history = RandomHistory.generate(seed);
        Random random = new Random(seed * 31);
        FakeApplication whole = app(history.today, random.nextBoolean() ? Strategy.BATCH : Strategy.PER_DATE);
        FakeApplication parts = app(history.today, random.nextBoolean() ? Strategy.BATCH : Strategy.AUTO);
        long accountId = account(whole);
        account(parts);
        for (FakeApplication app : List.of(whole, parts)) {
            app.referenceData.savePrices(history.prices);
            app.referenceData.saveSplits(history.splits);
        }
        importAll(whole, accountId, history.movements);

        List<ImportRow> rows = Histories.rows(history.movements, "export.csv");
        int cuts = 1 + random.nextInt(3);
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        for (int i = 0; i < cuts; i++) {
            bounds.add(random.nextInt(rows.size() + 1));
        }
        bounds.add(rows.size());
        bounds.sort(null);
        for (int i = 0; i + 1 < bounds.size(); i++) {
            // Overlapping exports: each part repeats a few rows of the one before, which are skipped.
            int from = Math.max(0, bounds.get(i) - random.nextInt(3));
            List<ImportRow> part = rows.subList(from, bounds.get(i + 1));
            parts.importMovements.importMovements(new ImportMovementsCommand(accountId, "part" + i, part, false));
        }
        ImportResult again = parts.importMovements.importMovements(
                new ImportMovementsCommand(accountId, "again", rows, false));

        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(rows.size());
        assertSameRows(parts, whole, accountId, "seed " + seed + " imported in parts at " + bounds);
        assertVerifiesClean(whole, accountId, "seed " + seed);
    }

    private static List<Price> allPrices(FakeApplication app) {
        List<Price> prices = new ArrayList<>();
        for (var ticker : List.of(RandomHistory.AAA, RandomHistory.BBB, RandomHistory.CCC, RandomHistory.EEE)) {
            prices.addAll(app.referenceData.findPrices(ticker));
        }
        return prices;
    }

    private static List<Split> allSplits(FakeApplication app) {
        return app.referenceData.findSplits(RandomHistory.CCC);
    }
}
