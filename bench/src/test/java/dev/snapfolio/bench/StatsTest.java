package dev.snapfolio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 6.0, 9.0, 8.0, 7.0);
        assertThat(Stats.median(values)).isEqualTo(5.0);
        assertThat(Stats.percentile(values, 95)).isEqualTo(10.0);
        assertThat(Stats.percentile(values, 90)).isEqualTo(9.0);
        assertThat(Stats.percentile(values, 1)).isEqualTo(1.0);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertThat(Stats.median(List.of(3.5))).isEqualTo(3.5);
        assertThat(Stats.percentile(List.of(3.5), 95)).isEqualTo(3.5);
        assertThat(Stats.median(List.of())).isNaN();
    }
}
