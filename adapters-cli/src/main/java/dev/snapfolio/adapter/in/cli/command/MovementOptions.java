package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.importer.fields.MovementField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The fields of a movement as flags, named after the generic CSV columns (DESIGN §7): one flag per
 * {@link MovementField} of a detail, plus {@code --notes}, built from that description (name,
 * type, placeholder, help text). Two shorthands exist only here: an option contract may be given
 * as an OCC symbol ({@code --symbol 'SOFI  240510P00006500'}) instead of
 * {@code --underlying --type --strike --expiration [--multiplier]}, and an OPTION_EVENT's amount as
 * {@code --cash-settlement}.
 */
@Command(modelTransformer = MovementOptions.Flags.class)
public class MovementOptions {
    /** The fields given by a flag of their own here; date, time, kind and currency are the command's. */
    static final List<MovementField> FLAGGED = flagged();

    private final Map<MovementField, Object> values = new EnumMap<>(MovementField.class);

    @Option(names = "--symbol", paramLabel = "OCC", description = "Option contract as an OCC symbol, e.g. 'SOFI  240510P00006500'.")
    String symbol;

    @Option(names = "--cash-settlement", paramLabel = "N", description = "OPTION_EVENT cash settlement (default 0).")
    BigDecimal cashSettlement;

    private static List<MovementField> flagged() {
        List<MovementField> fields = new ArrayList<>(MovementField.detailFields());
        fields.add(MovementField.NOTES);
        return List.copyOf(fields);
    }

    /**
     * Adds a flag per field to the command that mixes these options in, its value kept in the
     * mixin's map (picocli hands a mixin's model transformer the command it is mixed into).
     */
    public static final class Flags implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            MovementOptions target = spec.mixins().values().stream()
                    .map(CommandSpec::userObject)
                    .filter(MovementOptions.class::isInstance)
                    .map(MovementOptions.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(spec.name() + " does not mix in MovementOptions"));
            // Rebuilt in help order: the command's own options, the fields in column order with the
            // two shorthands beside the fields they stand for, then the inherited global options.
            OptionSpec symbol = spec.findOption("--symbol");
            OptionSpec cashSettlement = spec.findOption("--cash-settlement");
            List<OptionSpec> options = new ArrayList<>(spec.options());
            options.forEach(spec::remove);
            for (OptionSpec option : options) {
                if (option == symbol) {
                    for (MovementField field : FLAGGED) {
                        if (field == MovementField.UNDERLYING) {
                            spec.addOption(symbol);
                        }
                        spec.addOption(flag(target, field));
                        if (field == MovementField.PREMIUM) {
                            spec.addOption(cashSettlement);
                        }
                    }
                } else if (option != cashSettlement) {
                    spec.addOption(option);
                }
            }
            return spec;
        }
    }

    private static OptionSpec flag(MovementOptions target, MovementField field) {
        return OptionSpec.builder(field.flag())
                .paramLabel(field.label())
                .description(field.description())
                .type(field.javaType())
                .getter(new Getter(target, field))
                .setter(new Setter(target, field))
                .build();
    }

    private record Getter(MovementOptions target, MovementField field) implements picocli.CommandLine.Model.IGetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) target.values.get(field);
        }
    }

    private record Setter(MovementOptions target, MovementField field) implements ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            return (T) (value == null ? target.values.remove(field) : target.values.put(field, value));
        }
    }

    String notes() {
        return (String) values.get(MovementField.NOTES);
    }

    /** The detail fields given (notes apart), typed. */
    Map<MovementField, Object> given() {
        boolean contractFields = values.containsKey(MovementField.UNDERLYING) || values.containsKey(MovementField.CALL_PUT)
                || values.containsKey(MovementField.STRIKE) || values.containsKey(MovementField.EXPIRATION);
        if (symbol != null && contractFields) {
            throw new UsageException("give an option contract either as --symbol or as --underlying --type --strike "
                    + "--expiration, not both");
        }
        if (cashSettlement != null && values.containsKey(MovementField.AMOUNT)) {
            throw new UsageException("--cash-settlement and --amount mean the same for an OPTION_EVENT; give one");
        }
        Map<MovementField, Object> given = new EnumMap<>(values);
        given.remove(MovementField.NOTES);
        if (cashSettlement != null) {
            given.put(MovementField.AMOUNT, cashSettlement);
        }
        if (symbol != null) {
            OptionContract contract = OptionContract.parseOcc(symbol);
            given.put(MovementField.UNDERLYING, contract.underlying());
            given.put(MovementField.CALL_PUT, contract.type());
            given.put(MovementField.STRIKE, contract.strike());
            given.put(MovementField.EXPIRATION, contract.expiration());
        }
        return given;
    }
}
