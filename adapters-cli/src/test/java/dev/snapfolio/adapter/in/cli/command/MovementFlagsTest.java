package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.importer.fields.MovementField;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The movement commands take every generic field as a flag, as {@link MovementField} describes it. */
class MovementFlagsTest {

    private static CommandSpec spec(Object command) {
        return new CommandLine(command).getCommandSpec();
    }

    private static void assertFlagsFollowTheDescription(CommandSpec spec) {
        for (MovementField field : MovementField.values()) {
            OptionSpec option = spec.findOption(field.flag());
            assertThat(option).as(spec.name() + " " + field.flag()).isNotNull();
            assertThat(option.type()).as(field.flag()).isEqualTo(field.javaType());
            assertThat(option.paramLabel()).as(field.flag()).isEqualTo(field.label());
            if (!field.common()) {
                assertThat(option.description()).as(field.flag()).containsExactly(field.description());
            }
        }
    }

    @Test
    void addTakesEveryFieldAsDescribed() {
        assertFlagsFollowTheDescription(spec(new MovementCommand.Add(null, null, null)));
    }

    @Test
    void editTakesEveryFieldAsDescribed() {
        assertFlagsFollowTheDescription(spec(new MovementCommand.Edit(null, null, null, null)));
    }

    @Test
    void theOnlyOtherMovementFlagsAreTheAccountAndTheTwoShorthands() {
        Set<String> flags = spec(new MovementCommand.Add(null, null, null)).options().stream()
                .map(OptionSpec::longestName).collect(Collectors.toSet());
        Set<String> described = java.util.Arrays.stream(MovementField.values()).map(MovementField::flag)
                .collect(Collectors.toSet());
        flags.removeAll(described);
        assertThat(flags).containsExactlyInAnyOrder("--account", "--symbol", "--cash-settlement");
    }

    @Test
    void eachCommandKeepsItsOwnFlagValues() {
        MovementCommand.Add first = new MovementCommand.Add(null, null, null);
        MovementCommand.Add second = new MovementCommand.Add(null, null, null);
        new CommandLine(first).parseArgs("-a", "main", "--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "5");
        new CommandLine(second).parseArgs("-a", "main", "--kind", "FEE", "--date", "2024-01-02", "--amount", "7",
                "--notes", "x");

        assertThat(first.fields.given()).containsEntry(MovementField.AMOUNT, new java.math.BigDecimal("5"));
        assertThat(first.fields.notes()).isNull();
        assertThat(second.fields.given()).containsEntry(MovementField.AMOUNT, new java.math.BigDecimal("7"));
        assertThat(second.fields.notes()).isEqualTo("x");
    }
}
