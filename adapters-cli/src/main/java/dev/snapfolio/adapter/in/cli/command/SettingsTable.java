package dev.snapfolio.adapter.in.cli.command;

import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.Trigger;

/** The effective processing settings with where each value comes from. */
final class SettingsTable {
    private SettingsTable() {
    }

    static Table of(ProcessingSettings s) {
        Table table = new Table(text("setting"), text("value"), text("source"));
        table.add(ProcessingSettings.BATCH_ENABLED, s.batchEnabled() ? "on" : "off", source(s, ProcessingSettings.BATCH_ENABLED));
        for (Trigger trigger : Trigger.values()) {
            String key = ProcessingSettings.strategyKey(trigger);
            table.add(key, String.valueOf(s.strategy(trigger)), source(s, key));
        }
        table.add(ProcessingSettings.ROLLOUT_PERCENT, String.valueOf(s.rolloutPercent()),
                source(s, ProcessingSettings.ROLLOUT_PERCENT));
        table.add(ProcessingSettings.AUTO_MAX_PER_DATE_DATES, String.valueOf(s.autoMaxPerDateDates()),
                source(s, ProcessingSettings.AUTO_MAX_PER_DATE_DATES));
        table.add(ProcessingSettings.EXPIRY_GRACE_DAYS, String.valueOf(s.expiryGraceDays()),
                source(s, ProcessingSettings.EXPIRY_GRACE_DAYS));
        return table;
    }

    static String batchSource(ProcessingSettings s) {
        return source(s, ProcessingSettings.BATCH_ENABLED);
    }

    private static String source(ProcessingSettings s, String key) {
        return s.sources().getOrDefault(key, "");
    }
}
