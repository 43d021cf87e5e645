package dev.snapfolio.bench;

import dev.snapfolio.sampledata.HistorySpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What one bench run measures and on which generated histories.
 *
 * <p>{@code histories} are the growth series, smallest first (DESIGN §8 / issue 7 item 6); the
 * largest one also serves the full recompute (item 2) and the persistence comparison (item 5); the
 * one at {@code compareIndex} serves the back-dated comparison (item 3) and the single movement
 * dated today (item 4). Every history is moved to end on the clock's today when the bench runs.
 *
 * @param profile "full" or "quick", reported with the figures
 * @param calculatorHistory the history the in-memory calculator folds (item 1)
 * @param calculatorWarmups folds before measuring
 * @param calculatorRounds measured folds
 * @param singleWarmups movements recorded today before measuring
 * @param singleRepetitions measured movements recorded today
 * @param persistenceRounds alternating rounds of store and plain JDBC writes (item 5); medians count
 * @param jsonFile where to write the JSON report, or null
 */
public record BenchOptions(String profile, HistorySpec calculatorHistory, int calculatorWarmups, int calculatorRounds,
        List<HistorySpec> histories, int compareIndex, int singleWarmups, int singleRepetitions, int persistenceRounds, Path jsonFile) {

    public BenchOptions {
        histories = List.copyOf(histories);
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("at least one history is needed");
        }
        if (compareIndex < 0 || compareIndex >= histories.size()) {
            throw new IllegalArgumentException("compareIndex must name one of the " + histories.size() + " histories");
        }
        if (calculatorRounds < 1 || singleRepetitions < 1 || persistenceRounds < 1 || calculatorWarmups < 0 || singleWarmups < 0) {
            throw new IllegalArgumentException("rounds and repetitions must be positive, warm-ups not negative");
        }
    }

    /**
     * The figures of DESIGN §8: the calculator on ten years; growth over 1, 2, 5 and 10 years (the
     * 10-year one is the full recompute, the 2-year one the back-dated comparison); 200 movements
     * dated today after 50 warm-up ones.
     */
    public static BenchOptions full() {
        return new BenchOptions("full", HistorySpec.years(10), 5, 7,
                List.of(HistorySpec.years(1), HistorySpec.years(2), HistorySpec.years(5), HistorySpec.years(10)), 1,
                50, 200, 5, null);
    }

    /** The same measurements on histories of a few weeks: seconds, for CI (figures not comparable to targets). */
    public static BenchOptions quick() {
        HistorySpec twoWeeks = new HistorySpec("twoWeeks", HistorySpec.DEFAULT_END.minusDays(13), HistorySpec.DEFAULT_END,
                4, 2, 8, 1, HistorySpec.DEFAULT_SEED, "");
        HistorySpec month = new HistorySpec("month", HistorySpec.DEFAULT_END.minusMonths(1).plusDays(1),
                HistorySpec.DEFAULT_END, 5, 2, 10, 1, HistorySpec.DEFAULT_SEED, "");
        return new BenchOptions("quick", HistorySpec.small(), 1, 2, List.of(twoWeeks, month), 1, 2, 10, 2, null);
    }

    public BenchOptions withJsonFile(Path file) {
        return new BenchOptions(profile, calculatorHistory, calculatorWarmups, calculatorRounds, histories, compareIndex,
                singleWarmups, singleRepetitions, persistenceRounds, file);
    }

    /**
     * Only histories of the given lengths (ascending); the comparison uses the 2-year one when
     * listed, else the first.
     */
    public BenchOptions withYears(List<Integer> years) {
        List<HistorySpec> chosen = years.stream().sorted().map(HistorySpec::years).toList();
        int compare = Math.max(0, years.stream().sorted().toList().indexOf(2));
        return new BenchOptions(profile, calculatorHistory, calculatorWarmups, calculatorRounds, chosen, compare,
                singleWarmups, singleRepetitions, persistenceRounds, jsonFile);
    }

    /** Every history (and the calculator's) generated from {@code seed} instead of the default. */
    public BenchOptions withSeed(long seed) {
        return new BenchOptions(profile, calculatorHistory.withSeed(seed), calculatorWarmups, calculatorRounds,
                histories.stream().map(h -> h.withSeed(seed)).toList(), compareIndex, singleWarmups, singleRepetitions,
                persistenceRounds, jsonFile);
    }

    /** The growth histories moved to end on {@code today}. */
    List<HistorySpec> historiesEndingOn(LocalDate today) {
        return histories.stream().map(h -> h.endingOn(today)).toList();
    }
}
