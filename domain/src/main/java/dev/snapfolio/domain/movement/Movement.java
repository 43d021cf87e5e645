package dev.snapfolio.domain.movement;

import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Set;

/**
 * One movement of an account. The timestamp is local (as its source wrote it, offset dropped);
 * the business date is its local date, except for an option event posted after its contract's
 * expiration, which belongs to the expiration date (DESIGN §3.1, §3.3). Within a day movements
 * apply in (timestamp, id) order. An id of 0 means "not stored yet".
 */
public record Movement(long id, long accountId, LocalDateTime timestamp, Currency currency, MovementDetail detail,
        String notes, String sourceKey) {

    /** The order in which movements apply: business date, then timestamp, then id. */
    public static final Comparator<Movement> APPLY_ORDER = Comparator.comparing(Movement::businessDate)
            .thenComparing(Movement::timestamp)
            .thenComparingLong(Movement::id);
    /** The longest notes the movement table holds. */
    public static final int MAX_NOTES = 2000;
    /** The longest source key the movement table holds. */
    public static final int MAX_SOURCE_KEY = 128;

    public Movement {
        if (id < 0) {
            throw new ValidationException("id", "must be >= 0, got " + id);
        }
        Checks.required("timestamp", timestamp);
        Checks.date("date", timestamp.toLocalDate());
        Checks.required("currency", currency);
        Checks.required("detail", detail);
        if (detail instanceof OptionTrade trade && timestamp.toLocalDate().isAfter(trade.contract().expiration())) {
            throw new ValidationException("timestamp", "of an option trade must be on or before its expiration "
                    + trade.contract().expiration() + ", got " + timestamp.toLocalDate());
        }
        if (detail instanceof Conversion conversion && conversion.targetCurrency().equals(currency)) {
            throw new ValidationException("targetCurrency", "must differ from the currency " + currency);
        }
        notes = Checks.multilineText("notes", notes == null || notes.isBlank() ? null : notes, MAX_NOTES);
        sourceKey = Checks.text("sourceKey", sourceKey == null || sourceKey.isBlank() ? null : sourceKey, MAX_SOURCE_KEY);
    }

    public static Movement of(long accountId, LocalDateTime timestamp, Currency currency, MovementDetail detail) {
        return new Movement(0, accountId, timestamp, currency, detail, null, null);
    }

    public MovementKind kind() {
        return detail.kind();
    }

    /** The local date the movement belongs to. */
    public LocalDate businessDate() {
        LocalDate local = timestamp.toLocalDate();
        if (detail instanceof OptionEvent event && local.isAfter(event.contract().expiration())) {
            return event.contract().expiration();
        }
        return local;
    }

    /** The currencies whose snapshots this movement touches (a conversion touches two). */
    public Set<Currency> currencies() {
        if (detail instanceof Conversion conversion) {
            return Set.of(currency, conversion.targetCurrency());
        }
        return Set.of(currency);
    }

    public Movement withId(long newId) {
        return new Movement(newId, accountId, timestamp, currency, detail, notes, sourceKey);
    }

    public Movement withAccount(long newAccountId) {
        return new Movement(id, newAccountId, timestamp, currency, detail, notes, sourceKey);
    }

    public Movement withSourceKey(String newSourceKey) {
        return new Movement(id, accountId, timestamp, currency, detail, notes, newSourceKey);
    }

    /** A short human description for error messages: "movement #12 TRADE AAPL on 2024-01-05". */
    public String describe() {
        StringBuilder sb = new StringBuilder("movement ");
        if (id > 0) {
            sb.append('#').append(id).append(' ');
        }
        sb.append(kind());
        if (detail.contract() != null) {
            sb.append(' ').append(detail.contract());
        } else if (detail.ticker() != null) {
            sb.append(' ').append(detail.ticker());
        }
        return sb.append(" on ").append(businessDate()).toString();
    }
}
