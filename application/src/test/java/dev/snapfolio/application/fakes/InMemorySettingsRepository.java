package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.SettingsRepository;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public class InMemorySettingsRepository implements SettingsRepository, FakeDatabase.Participant {
    private final FakeDatabase db;
    private TreeMap<String, String> settings = new TreeMap<>();

    public InMemorySettingsRepository(FakeDatabase db) {
        this.db = db;
        db.register(this);
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
        return db.statement(() -> Map.copyOf(settings));
    }

    @Override
    public Object snapshot() {
        return new TreeMap<>(settings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        settings = new TreeMap<>((TreeMap<String, String>) snapshot);
    }
}
