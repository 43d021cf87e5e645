package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a movement's detail from flag values ({@link MovementFields} says which fields a kind
 * uses and how); values may be typed (from flags) or text (from a stored movement being edited).
 * Missing required fields and fields that do not apply to the kind are usage errors naming the flag.
 */
final class MovementBuilder implements MovementFields.Source {
    private final MovementKind kind;
    private final Map<MovementField, Object> fields;

    private MovementBuilder(MovementKind kind, Map<MovementField, Object> fields) {
        this.kind = kind;
        this.fields = fields;
    }

    /** Rejects flags that do not apply to the kind (a --ticker on a DEPOSIT is a mistake, not noise). */
    static void checkApplicable(MovementKind kind, Set<MovementField> given) {
        Set<String> wrong = new TreeSet<>();
        for (MovementField field : given) {
            if (!field.usedBy(kind)) {
                wrong.add(flag(field));
            }
        }
        if (!wrong.isEmpty()) {
            throw new UsageException(String.join(", ", wrong) + (wrong.size() == 1 ? " does" : " do")
                    + " not apply to a " + kind);
        }
    }

    static MovementDetail build(MovementKind kind, Map<MovementField, Object> fields) {
        return MovementFields.build(kind, new MovementBuilder(kind, fields));
    }

    @Override
    public BigDecimal number(MovementField field) {
        return decimal(field, fields.get(field));
    }

    @Override
    public BigDecimal requiredNumber(MovementField field) {
        return decimal(field, required(field));
    }

    @Override
    public Integer whole(MovementField field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(flag(field) + ": '" + value + "' is not a whole number");
        }
    }

    @Override
    public Ticker ticker(MovementField field) {
        Object value = required(field);
        return value instanceof Ticker t ? t : Ticker.of(value.toString());
    }

    @Override
    public Currency currency(MovementField field) {
        Object value = required(field);
        return value instanceof Currency c ? c : Currency.of(value.toString());
    }

    @Override
    public LocalDate date(MovementField field) {
        Object value = required(field);
        return value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
    }

    @Override
    public <E extends Enum<E>> E choice(MovementField field, Class<E> type) {
        Object value = required(field);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag(field) + ": '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private Object required(MovementField field) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new UsageException(flag(field) + " is required for a " + kind);
        }
        return value;
    }

    private static BigDecimal decimal(MovementField field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(flag(field) + ": '" + value + "' is not a number");
        }
    }

    /** The flag of a field as errors name it: a contract's fields may also come from --symbol. */
    static String flag(MovementField field) {
        return switch (field) {
            case UNDERLYING, STRIKE, EXPIRATION -> field.flag() + " (or --symbol)";
            default -> field.flag();
        };
    }
}
