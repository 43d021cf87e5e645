package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.cli.command.CliHarness.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

/** Shell completion, the manual page, help that documents the global options once, examples, the version. */
class CliConventionsTest {
    private final CliHarness cli = new CliHarness();

    /** Every command of the tree by its name under snapfolio ("account create"), groups included. */
    static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        collect(SnapfolioCommand.class, "", names);
        return names;
    }

    private static void collect(Class<?> type, String prefix, List<String> into) {
        for (Class<?> sub : SnapfolioCommand.subcommandsOf(type)) {
            Command command = sub.getAnnotation(Command.class);
            if (command.name().equals("help")) {
                continue;
            }
            String name = prefix + command.name();
            into.add(name);
            collect(sub, name + " ", into);
        }
    }

    /** The commands that run something (not only a group of subcommands). */
    static Stream<String> runnableCommands() {
        return commandNames().stream().filter(name -> {
            Class<?> type = classOf(name);
            return Runnable.class.isAssignableFrom(type) || java.util.concurrent.Callable.class.isAssignableFrom(type);
        });
    }

    private static Class<?> classOf(String name) {
        Class<?> type = SnapfolioCommand.class;
        for (String word : name.split(" ")) {
            for (Class<?> sub : SnapfolioCommand.subcommandsOf(type)) {
                if (sub.getAnnotation(Command.class).name().equals(word)) {
                    type = sub;
                    break;
                }
            }
        }
        return type;
    }

    @Test
    void bashCompletionIsValidBashAndCompletesEveryCommand(@TempDir Path dir) throws Exception {
        Result result = cli.run("completion", "bash");

        assertThat(result.exit()).isZero();
        for (String name : commandNames()) {
            assertThat(result.out()).as(name).contains(name.substring(name.lastIndexOf(' ') + 1));
        }
        assertThat(result.out()).contains("complete -F");
        Path script = dir.resolve("snapfolio-completion.bash");
        Files.writeString(script, result.out());
        // sourced in bash, completing "snapfolio acc" offers "account"
        Process bash = new ProcessBuilder("bash", "-c", "source " + script + " && COMP_WORDS=(snapfolio acc) "
                + "COMP_CWORD=1 COMP_LINE='snapfolio acc' COMP_POINT=13 && _complete_snapfolio snapfolio acc snapfolio"
                + " && printf '%s\\n' \"${COMPREPLY[@]}\"").redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String offered = new String(bash.getInputStream().readAllBytes());
        assertThat(bash.exitValue()).as(offered).isZero();
        assertThat(offered.lines()).contains("account");
    }

    @Test
    void zshCompletionLoadsZshsBashCompletionEmulation() {
        Result result = cli.run("completion", "zsh");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("ZSH_VERSION").contains("bashcompinit").contains("complete -F");
    }

    @Test
    void anUnknownShellIsBadInput() {
        Result result = cli.run("completion", "fish");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("fish");
    }

    @Test
    void theManualPageHasASectionForEveryCommand() {
        Result result = cli.run("man");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith(".TH SNAPFOLIO 1").contains(".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS");
        List<String> sections = result.out().lines().filter(l -> l.startsWith(".SS ")).toList();
        for (String name : commandNames()) {
            assertThat(sections).as(name).contains(".SS snapfolio " + name.replace("-", "\\-"));
        }
        // the global options are documented once, in the top-level help, not in every command's section
        String commands = result.out().substring(result.out().indexOf(".SH COMMANDS"));
        assertThat(commands).doesNotContain("db\\-dir", "\\-\\-today").contains("Global options (output format, database");
    }

    @Test
    void theTopLevelHelpDocumentsEveryGlobalOption() {
        Result result = cli.run("--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("--today", "--verbose", "--config", "--format", "--db-dir", "--set");
    }

    @ParameterizedTest
    @MethodSource("runnableCommands")
    void aCommandsHelpPointsToTheGlobalOptionsInsteadOfRepeatingThem(String name) {
        List<String> args = new ArrayList<>(List.of(name.split(" ")));
        args.add("--help");

        Result result = cli.run(args.toArray(String[]::new));

        assertThat(result.exit()).isZero();
        assertThat(result.out()).doesNotContain("--db-dir", "--today", "--config", "--set", "--format=")
                .contains(GlobalOptionsHelp.POINTER).contains("-h, --help");
    }

    @ParameterizedTest
    @MethodSource("runnableCommands")
    void everyCommandsHelpEndsWithAPasteableExample(String name) {
        List<String> args = new ArrayList<>(List.of(name.split(" ")));
        args.add("--help");

        String out = cli.run(args.toArray(String[]::new)).out();

        assertThat(out).contains(Examples.HEADING);
        String examples = out.substring(out.indexOf(Examples.HEADING));
        assertThat(examples.lines().skip(1).filter(l -> l.startsWith("  snapfolio " + name)
                || l.startsWith("  source <(snapfolio " + name))).as(examples).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("runnableCommands")
    void everyExampleFitsTheHelpWidthAndItsLinesPasteAsTheOneCommand(String name) {
        List<String> args = new ArrayList<>(List.of(name.split(" ")));
        args.add("--help");

        String out = cli.run(args.toArray(String[]::new)).out();

        List<String> lines = out.substring(out.indexOf(Examples.HEADING) + Examples.HEADING.length()).lines()
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        List<String> pasted = String.join("\n", lines).replaceAll(" \\\\\n +", " ").lines().map(String::strip).toList();
        assertThat(pasted).containsExactlyElementsOf(Examples.of(name));
    }

    @Test
    void aLongExampleBreaksBeforeAnOptionWithContinuationsAndNeverInsideQuotes() {
        List<String> lines = Examples.lines("snapfolio movement add --symbol 'SOFI  240510P00007000' --action SELL", 40);

        assertThat(lines).containsExactly(
                "  snapfolio movement add \\",
                "      --symbol 'SOFI  240510P00007000' \\",
                "      --action SELL");
    }

    @Test
    void aGlobalOptionIsStillAcceptedAfterACommand() {
        Result result = cli.run("account", "list", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).startsWith("[");
    }

    @Test
    void theVersionLineNamesTheVersionAndTheCommit() {
        Properties built = new Properties();
        built.setProperty("version", "1.2.3");
        built.setProperty("commit", "0123abcd4567");

        assertThat(BuildInfo.versionLine(built, null)).isEqualTo("snapfolio 1.2.3 (commit 0123abcd4567)");
    }

    @Test
    void aBuildOutsideGitSaysTheCommitIsUnknown() {
        assertThat(BuildInfo.versionLine(new Properties(), "0.9")).isEqualTo("snapfolio 0.9 (commit unknown)");
        Properties unfiltered = new Properties();
        unfiltered.setProperty("commit", "${build.commit}");
        assertThat(BuildInfo.versionLine(unfiltered, null)).isEqualTo("snapfolio (development build) (commit unknown)");
    }

    @Test
    void versionPrintsTheVersionLine() {
        Result result = cli.run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).isEqualTo(BuildInfo.versionLine());
    }

    @Test
    void onlyLinesAskingForHelpOrNamingNoCommandAreCheckedBeforeWiring() {
        assertThat(Cli.needsPreflight()).isTrue();
        assertThat(Cli.needsPreflight("--format", "json")).isTrue();
        assertThat(Cli.needsPreflight("--help")).isTrue();
        assertThat(Cli.needsPreflight("account", "list", "-h")).isTrue();
        assertThat(Cli.needsPreflight("help", "account")).isTrue();
        assertThat(Cli.needsPreflight("--today", "2024-01-02", "account", "list")).isFalse();
        assertThat(Cli.needsPreflight("movement", "add", "-a", "main", "--kind", "DEPOSIT")).isFalse();
        assertThat(Cli.needsPreflight("import", "-a", "1", "--", "-h")).isFalse();
    }

    @Test
    void aMalformedLineIsAnsweredWithoutAPreflightToo() {
        assertThat(Cli.needsPreflight("account", "list", "--bogus")).isFalse();

        Result result = cli.run("account", "list", "--bogus");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--bogus");
    }

    @Test
    void aGroupWithoutItsSubcommandNamesThemWithoutAPreflightToo() {
        Result result = cli.run("account");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required subcommand: one of create, list");
    }

    @Test
    void verifyWithNoDifferencesPrintsAnEmptyListInJsonAndTheHeaderInCsv() {
        Result json = cli.run("--format", "json", "verify");
        Result csv = cli.run("--format", "csv", "verify");

        assertThat(json.exit()).isZero();
        assertThat(json.out().strip()).isEqualTo("[]");
        assertThat(csv.out().strip()).isEqualTo("account,date,kind,key,stored,expected");
        assertThat(json.err()).contains("no differences");
    }

    @Test
    void theManualPageEscapesWhatTroffWouldReadAsMarkup() {
        assertThat(ManCommand.escape("a\\b --db-dir x — y")).isEqualTo("a\\eb \\-\\-db\\-dir x \\[u2014] y");
    }
}
