package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.SettingsRepository;
import java.util.Map;
import java.util.Optional;

public class InMemorySettingsRepository implements SettingsRepository {
    private final FakeDatabase db;
    private final TxMap<String, String> settings;

    public InMemorySettingsRepository(FakeDatabase db) {
        this.db = db;
        this.settings = new TxMap<>(db);
    }

    @Override
    public Optional<String> find(String key) {
        return db.statement(() -> Optional.ofNullable(settings.get(key)));
    }

    @Override
    public void save(String key, String value) {
        db.statement(() -> {
            settings.put(key, value);
        });
    }

    @Override
    public void delete(String key) {
        db.statement(() -> {
            settings.remove(key);
        });
    }

    @Override
    public Map<String, String> findAll() {
        return db.statement(() -> Map.copyOf(settings.view()));
    }
}
