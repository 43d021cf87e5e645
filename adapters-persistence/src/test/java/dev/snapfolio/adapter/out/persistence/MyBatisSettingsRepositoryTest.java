package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.SettingsRepository;
import dev.snapfolio.application.port.out.contract.SettingsRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The {@link SettingsRepository} contract on every database ({@link OnEveryDatabase}). */
@OnEveryDatabase
class MyBatisSettingsRepositoryTest extends SettingsRepositoryContract {
    @Parameter
    OnEveryDatabase.Server server;

    @Override
    protected SettingsRepository settings() {
        return server.get(SettingsRepository.class);
    }
}
