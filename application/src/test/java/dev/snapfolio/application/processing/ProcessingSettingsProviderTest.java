package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.fakes.FakeDatabase;
import dev.snapfolio.application.fakes.InMemorySettingsRepository;
import dev.snapfolio.application.fakes.InMemoryStaticConfiguration;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.domain.money.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProcessingSettingsProviderTest {
    private final InMemorySettingsRepository persisted = new InMemorySettingsRepository(new FakeDatabase());
    private final InMemoryStaticConfiguration configuration = new InMemoryStaticConfiguration();
    private final ProcessingSettingsProvider provider = new ProcessingSettingsProvider(persisted, configuration);

    @Test
    void defaultsAreThoseOfTheDesign() {
        ProcessingSettings settings = provider.current();

        assertThat(settings.batchEnabled()).isTrue();
        assertThat(settings.strategy(Trigger.IMPORT)).isEqualTo(Strategy.BATCH);
        assertThat(settings.strategy(Trigger.RECOMPUTE)).isEqualTo(Strategy.BATCH);
        assertThat(settings.strategy(Trigger.EDIT)).isEqualTo(Strategy.AUTO);
        assertThat(settings.strategy(Trigger.REFRESH)).isEqualTo(Strategy.AUTO);
        assertThat(settings.rolloutPercent()).isEqualTo(100);
        assertThat(settings.autoMaxPerDateDates()).isEqualTo(5);
        assertThat(settings.expiryGraceDays()).isEqualTo(3);
        assertThat(settings.sources()).containsEntry(ProcessingSettings.BATCH_ENABLED, ProcessingSettings.SOURCE_DEFAULT);
        assertThat(provider.lockWait()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void overrideBeatsPersistedWhichBeatsConfigFile() {
        configuration.fileValue(ProcessingSettings.ROLLOUT_PERCENT, "10");
        assertThat(provider.current().rolloutPercent()).isEqualTo(10);
        assertThat(provider.current().sources()).containsEntry(ProcessingSettings.ROLLOUT_PERCENT,
                ProcessingSettings.SOURCE_FILE);

        persisted.save(ProcessingSettings.ROLLOUT_PERCENT, "20");
        assertThat(provider.current().rolloutPercent()).isEqualTo(20);
        assertThat(provider.current().sources()).containsEntry(ProcessingSettings.ROLLOUT_PERCENT,
                ProcessingSettings.SOURCE_PERSISTED);

        configuration.override(ProcessingSettings.ROLLOUT_PERCENT, "30");
        assertThat(provider.current().rolloutPercent()).isEqualTo(30);
        assertThat(provider.current().sources()).containsEntry(ProcessingSettings.ROLLOUT_PERCENT,
                ProcessingSettings.SOURCE_OVERRIDE);
    }

    @Test
    void valuesAreReadLeniently() {
        persisted.save(ProcessingSettings.BATCH_ENABLED, "off");
        persisted.save(ProcessingSettings.strategyKey(Trigger.IMPORT), "per-date");
        persisted.save(ProcessingSettings.strategyKey(Trigger.EDIT), "batch");

        ProcessingSettings settings = provider.current();

        assertThat(settings.batchEnabled()).isFalse();
        assertThat(settings.strategy(Trigger.IMPORT)).isEqualTo(Strategy.PER_DATE);
        assertThat(settings.strategy(Trigger.EDIT)).isEqualTo(Strategy.BATCH);
    }

    @Test
    void badValuesNameTheirKey() {
        configuration.override(ProcessingSettings.AUTO_MAX_PER_DATE_DATES, "many");
        assertThatThrownBy(provider::current).isInstanceOf(ValidationException.class)
                .hasMessageContaining(ProcessingSettings.AUTO_MAX_PER_DATE_DATES);

        configuration.override(ProcessingSettings.AUTO_MAX_PER_DATE_DATES, "5");
        persisted.save(ProcessingSettings.ROLLOUT_PERCENT, "101");
        assertThatThrownBy(provider::current).isInstanceOf(ValidationException.class)
                .hasMessageContaining(ProcessingSettings.ROLLOUT_PERCENT);

        persisted.save(ProcessingSettings.ROLLOUT_PERCENT, "100");
        persisted.save(ProcessingSettings.strategyKey(Trigger.REFRESH), "sometimes");
        assertThatThrownBy(provider::current).isInstanceOf(ValidationException.class)
                .hasMessageContaining("strategy.refresh");
    }
}
