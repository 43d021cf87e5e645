package dev.snapfolio.domain.account;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.ValidationException;

/** A broker account. The name is unique; the currency is the account's main one (snapshots are per currency anyway). */
public record Account(long id, String name, String broker, Currency currency) {
    public Account {
        if (id < 0) {
            throw new ValidationException("id", "must be >= 0");
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "must not be blank");
        }
        name = name.trim();
        if (name.length() > 100) {
            throw new ValidationException("name", "must be at most 100 characters");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            throw new ValidationException("name", "must not be only digits (ids and names share --account)");
        }
        broker = broker == null || broker.isBlank() ? null : broker.trim();
        Checks.required("currency", currency);
    }
}
