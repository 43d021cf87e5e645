package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line runs on a tree of the one command it names; help, mistakes and the documents see them all. */
class CommandTreeTest {
    @Test
    void aLineNamingACommandIsBuiltWithThatCommandOnly() {
        assertThat(Cli.commandsFor("--format", "json", "account", "list")).containsExactly(AccountCommand.class);
        assertThat(Cli.commandsFor("--today", "2024-01-02", "movement", "add", "--kind", "DEPOSIT"))
                .containsExactly(MovementCommand.class);
    }

    @Test
    void aLineNamingNoKnownCommandIsBuiltWithEveryCommandSoTheErrorCanListOrSuggestThem() {
        assertThat(Cli.commandsFor("acount", "list")).isEqualTo(SnapfolioCommand.COMMANDS);
        assertThat(Cli.commandsFor("--verbose")).isEqualTo(SnapfolioCommand.COMMANDS);
        assertThat(Cli.commandsFor("--", "account")).isEqualTo(SnapfolioCommand.COMMANDS);
    }

    @Test
    void theManualPageAndShellCompletionAreBuiltWithEveryCommand() {
        assertThat(Cli.commandsFor("man")).isEqualTo(SnapfolioCommand.COMMANDS);
        assertThat(Cli.commandsFor("completion", "bash")).isEqualTo(SnapfolioCommand.COMMANDS);
    }

    @Test
    void aCommandRunOnItsOwnTreeStillTakesTheGlobalOptionsAndReportsMistakesAsBefore() {
        CliHarness cli = new CliHarness();

        CliHarness.Result mistake = cli.run("account", "lis");

        assertThat(mistake.exit()).isEqualTo(2);
        assertThat(mistake.err()).contains("Unknown command: 'lis'", "did you mean list?");
        assertThat(cli.run("account", "list", "--format", "json").out()).startsWith("[");
    }
}
