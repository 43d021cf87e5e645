package dev.snapfolio.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of measured times. */
final class Stats {
    private Stats() {
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
