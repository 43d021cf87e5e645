package dev.snapfolio.application.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class RolloutBucketTest {
    @Test
    void bucketIsCrc32OfTheDecimalIdModHundred() {
        CRC32 crc = new CRC32();
        crc.update("12345".getBytes(StandardCharsets.US_ASCII));

        assertThat(StrategyDecision.rolloutBucket(12345)).isEqualTo((int) (crc.getValue() % 100));
    }

    @Test
    void bucketIsStickyAndSpreadsAccountsOverAllPercentages() {
        int[] perBucket = new int[100];
        for (long id = 1; id <= 10_000; id++) {
            int bucket = StrategyDecision.rolloutBucket(id);
            assertThat(StrategyDecision.rolloutBucket(id)).isEqualTo(bucket);
            perBucket[bucket]++;
        }
        // Roughly uniform: every bucket holds some accounts, none holds a large share.
        for (int count : perBucket) {
            assertThat(count).isBetween(40, 200);
        }
    }
}
