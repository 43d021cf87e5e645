package dev.snapfolio.adapter.cli.command;

import static dev.snapfolio.adapter.cli.format.Column.text;

import dev.snapfolio.adapter.cli.format.Table;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.processing.Trigger;
import java.util.Locale;
import java.util.Map;

/** The effective processing settings with where each value comes from. */
final class SettingsTable {
    private SettingsTable() {
    }

    static Table of(ProcessingSettings s) {
        Table table = new Table(text("setting"), text("value"), text("source"));
        table.add("batch-mode", s.batchEnabled() ? "on" : "off", source(s, "batch"));
        for (Trigger trigger : Trigger.values()) {
            table.add("strategy." + trigger, String.valueOf(s.strategies().get(trigger)),
                    source(s, "strategy", trigger.name()));
        }
        table.add("rollout", s.rolloutPercent() + "%", source(s, "rollout"));
        table.add("auto-max-per-date-dates", String.valueOf(s.autoMaxPerDateDates()), source(s, "auto"));
        table.add("expiry-grace-days", String.valueOf(s.expiryGraceDays()), source(s, "grace"));
        return table;
    }

    static String batchSource(ProcessingSettings s) {
        return source(s, "batch");
    }

    /** The source recorded for the first key containing every token (key names are the application's). */
    private static String source(ProcessingSettings s, String... tokens) {
        for (Map.Entry<String, String> entry : s.sources().entrySet()) {
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String token : tokens) {
                all &= key.contains(token.toLowerCase(Locale.ROOT));
            }
            if (all) {
                return entry.getValue();
            }
        }
        return "";
    }
}
