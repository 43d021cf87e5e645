package dev.snapfolio.adapter.out.persistence;

/** A row of {@code processing_setting}. */
record SettingRow(String key, String value) {
}
