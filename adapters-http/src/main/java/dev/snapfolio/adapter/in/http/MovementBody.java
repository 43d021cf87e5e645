package dev.snapfolio.adapter.in.http;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A movement as a request body: a JSON object whose keys are the generic CSV columns
 * ({@code kind, date, time, currency, amount, ticker, side, ...}; {@link MovementField}). The
 * fields a kind uses and how its detail is built come from {@link MovementFields}, as for the CSV
 * reader and the command-line flags; a problem names the key.
 */
final class MovementBody implements MovementFields.Source {
    private final Map<MovementField, Object> fields;

    private MovementBody(Map<MovementField, Object> fields) {
        this.fields = fields;
    }

    /** The body's values by field; an unknown key is a 400 naming it. */
    static Map<MovementField, Object> fields(Map<String, Object> body) {
        Map<MovementField, Object> fields = new EnumMap<>(MovementField.class);
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, Object> e : body.entrySet()) {
            MovementField field = field(e.getKey());
            if (field == null) {
                unknown.add(e.getKey());
            } else if (e.getValue() != null && !e.getValue().toString().isBlank()) {
                fields.put(field, e.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown movement field" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown));
        }
        return fields;
    }

    private static MovementField field(String column) {
        for (MovementField f : MovementField.values()) {
            if (f.column().equals(column)) {
                return f;
            }
        }
        return null;
    }

    /** A new movement of {@code accountId} from a body; the currency defaults to the account's. */
    static Movement newMovement(Map<MovementField, Object> given, long accountId, Currency accountCurrency) {
        MovementBody body = new MovementBody(given);
        MovementKind kind = body.choice(MovementField.KIND, MovementKind.class);
        checkApplicable(kind, given.keySet());
        LocalDate date = body.date(MovementField.DATE);
        LocalTime time = body.time();
        Currency currency = given.containsKey(MovementField.CURRENCY) ? body.currency(MovementField.CURRENCY)
                : accountCurrency;
        MovementDetail detail = MovementFields.build(kind, body);
        return new Movement(0, accountId, date.atTime(time == null ? LocalTime.MIDNIGHT : time), currency, detail,
                text(given.get(MovementField.NOTES)), null);
    }

    /** The stored movement with the body's fields replacing its own; the others stay. */
    static Movement edited(Movement old, Map<MovementField, Object> given) {
        MovementBody body = new MovementBody(given);
        MovementKind kind = given.containsKey(MovementField.KIND) ? body.choice(MovementField.KIND, MovementKind.class)
                : old.kind();
        checkApplicable(kind, given.keySet());
        Map<MovementField, Object> merged = new EnumMap<>(MovementFields.values(old));
        merged.keySet().retainAll(MovementFields.detailFields(kind));
        merged.putAll(given);
        MovementDetail detail = MovementFields.build(kind, new MovementBody(merged));
        LocalDate date = given.containsKey(MovementField.DATE) ? body.date(MovementField.DATE)
                : old.timestamp().toLocalDate();
        LocalTime time = body.time();
        LocalDateTime timestamp = date.atTime(time == null ? old.timestamp().toLocalTime() : time);
        Currency currency = given.containsKey(MovementField.CURRENCY) ? body.currency(MovementField.CURRENCY)
                : old.currency();
        String notes = given.containsKey(MovementField.NOTES) ? text(given.get(MovementField.NOTES)) : old.notes();
        return new Movement(old.id(), old.accountId(), timestamp, currency, detail, notes, old.sourceKey());
    }

    private static void checkApplicable(MovementKind kind, Set<MovementField> given) {
        Set<String> wrong = new TreeSet<>();
        for (MovementField field : given) {
            if (!field.usedBy(kind)) {
                wrong.add(field.column());
            }
        }
        if (!wrong.isEmpty()) {
            throw ApiException.badRequest(String.join(", ", wrong) + (wrong.size() == 1 ? " does" : " do")
                    + " not apply to a " + kind);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private Object required(MovementField field) {
        Object value = fields.get(field);
        if (value == null) {
            throw ApiException.badRequest(field.column() + ": required");
        }
        return value;
    }

    private LocalTime time() {
        Object value = fields.get(MovementField.TIME);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("time: '" + value + "' is not a time (HH:mm)");
        }
    }

    @Override
    public BigDecimal number(MovementField field) {
        Object value = fields.get(field);
        return value == null ? null : decimal(field, value);
    }

    @Override
    public BigDecimal requiredNumber(MovementField field) {
        return decimal(field, required(field));
    }

    private static BigDecimal decimal(MovementField field, Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw ApiException.badRequest(field.column() + ": '" + value + "' is not a number");
    }

    @Override
    public Integer whole(MovementField field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        try {
            return decimal(field, value).intValueExact();
        } catch (ArithmeticException e) {
            throw ApiException.badRequest(field.column() + ": '" + value + "' is not a whole number");
        }
    }

    @Override
    public Ticker ticker(MovementField field) {
        return Ticker.of(required(field).toString());
    }

    @Override
    public Currency currency(MovementField field) {
        return Currency.of(required(field).toString());
    }

    @Override
    public LocalDate date(MovementField field) {
        Object value = required(field);
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field.column() + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    @Override
    public <E extends Enum<E>> E choice(MovementField field, Class<E> type) {
        Object value = required(field);
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ").append(constant.name());
            }
            throw ApiException.badRequest(field.column() + ": '" + value + "' is not one of " + known);
        }
    }
}
