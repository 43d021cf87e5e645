package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.SettingsRepository;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsRepository} does. Implementations start each test with no settings. */
public abstract class SettingsRepositoryContract {
    protected abstract SettingsRepository settings();

    @Test
    void aSavedValueIsFoundAndASecondSaveReplacesIt() {
        settings().save("batch-mode", "off");
        assertThat(settings().find("batch-mode")).contains("off");

        settings().save("batch-mode", "on");
        assertThat(settings().find("batch-mode")).contains("on");
        assertThat(settings().find("rollout")).isEmpty();
    }

    @Test
    void deletingRemovesOnlyThatKey() {
        settings().save("strategy.EDIT", "AUTO");
        settings().save("rollout", "25");

        settings().delete("strategy.EDIT");
        settings().delete("never-saved");

        assertThat(settings().findAll()).isEqualTo(Map.of("rollout", "25"));
    }

    @Test
    void findAllReturnsEveryKeyAndValue() {
        settings().save("auto.maxPerDateDates", "5");
        settings().save("expiryGraceDays", "3");
        settings().save("note", "a value with spaces, commas = and ünïcödé");

        assertThat(settings().findAll()).isEqualTo(Map.of("auto.maxPerDateDates", "5", "expiryGraceDays", "3",
                "note", "a value with spaces, commas = and ünïcödé"));
    }
}
