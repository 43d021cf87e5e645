package dev.snapfolio.domain.account;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.ValidationException;

/** A broker account. The name is unique; the currency is the account's main one (snapshots are per currency anyway). */
public record Account(long id, String name, String broker, Currency currency) {
    /** The longest name or broker the account table holds. */
    public static final int MAX_TEXT = 100;

    public Account {
        if (id < 0) {
            throw new ValidationException("id", "must be >= 0");
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "must not be blank");
        }
        name = name.trim();
        Checks.text("name", name, MAX_TEXT);
        if (name.chars().allMatch(Character::isDigit)) {
            throw new ValidationException("name", "must not be only digits (ids and names share --account)");
        }
        broker = Checks.text("broker", broker == null || broker.isBlank() ? null : broker.trim(), MAX_TEXT);
        Checks.required("currency", currency);
    }
}
