package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.SettingsRepository;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

class MyBatisSettingsRepository implements SettingsRepository {
    private final ProcessingMapper mapper;

    @Inject
    MyBatisSettingsRepository(ProcessingMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<String> find(String key) {
        return Optional.ofNullable(mapper.findSetting(key));
    }

    @Override
    public void save(String key, String value) {
        mapper.saveSetting(key, value);
    }

    @Override
    public void delete(String key) {
        mapper.deleteSetting(key);
    }

    @Override
    public Map<String, String> findAll() {
        Map<String, String> all = new TreeMap<>();
        for (SettingRow row : mapper.findAllSettings()) {
            all.put(row.key(), row.value());
        }
        return all;
    }
}
