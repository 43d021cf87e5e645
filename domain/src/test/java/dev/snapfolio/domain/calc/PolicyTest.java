package dev.snapfolio.domain.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyTest {
    @Test
    void theLastDueExpirationIsTheLatestDateWhoseAutoExpiryIsDue() {
        for (int grace : new int[] {0, 1, 3, 30}) {
            Policy policy = new Policy(LocalDate.parse("2024-03-01"), grace);

            LocalDate last = policy.lastDueExpiration();

            assertThat(policy.autoExpiryDue(last)).as("grace %d", grace).isTrue();
            assertThat(policy.autoExpiryDue(last.plusDays(1))).as("grace %d", grace).isFalse();
            assertThat(policy.autoExpiryDue(last.minusDays(100))).isTrue();
        }
        assertThat(new Policy(LocalDate.parse("2024-03-01"), 3).lastDueExpiration()).isEqualTo("2024-02-26");
    }
}
