package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "A short tour" runs as written, top to bottom, on a database that already holds the
 * demo; afterwards {@code verify} finds no difference in any account. The commands are read from
 * README.md itself, so the README and this test cannot drift apart.
 */
class ReadmeTourTest {
    private static final String PROGRAM = "bin/snapfolio";

    @Test
    void theTourRunsAsWrittenOnTheDemoAndEveryAccountVerifiesClean(@TempDir Path workDir) throws IOException {
        SnapfolioRunner snapfolio = new SnapfolioRunner(SeparateDatabase.create("tour"));
        Run demo = snapfolio.run("demo");
        assertThat(demo.exit()).as(demo.err()).isZero();

        List<List<String>> commands = tourCommands(Files.readString(Fixtures.dir().getParent().resolve("README.md")));
        assertThat(commands).as("the tour's commands").hasSizeGreaterThan(20);
        for (List<String> command : commands) {
            Run run = snapfolio.run(inWorkDir(command, workDir).toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", command) + "\n" + run.err()).isZero();
        }

        Run verify = snapfolio.run("verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out() + verify.err()).contains("no differences");
        Run accounts = snapfolio.run("account", "list", "--format", "csv");
        assertThat(accounts.out()).contains(",demo,").contains(",trading,");
    }

    /** The lines of the fenced block after "## A short tour": continuations joined, comments dropped, ';' splits. */
    static List<List<String>> tourCommands(String readme) {
        int section = readme.indexOf("## A short tour");
        assertThat(section).as("README has a tour").isNotNegative();
        int open = readme.indexOf("```", section);
        int close = readme.indexOf("```", open + 3);
        String block = readme.substring(readme.indexOf('\n', open) + 1, close).replace("\\\n", " ");
        List<List<String>> commands = new ArrayList<>();
        for (String line : block.split("\n")) {
            List<String> words = new ArrayList<>();
            for (String word : words(line)) {
                if (word.equals(";")) {
                    add(commands, words);
                    words = new ArrayList<>();
                } else {
                    words.add(word);
                }
            }
            add(commands, words);
        }
        return commands;
    }

    private static void add(List<List<String>> commands, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        assertThat(words.get(0)).as("a tour line starts with the program: " + words).isEqualTo(PROGRAM);
        commands.add(List.copyOf(words.subList(1, words.size())));
    }

    /** Shell words: blanks separate, single quotes keep blanks, '#' after a blank starts a comment. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '\'') {
                quoted = true;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else if (c == ';' && word == null) {
                words.add(";");
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The tour is run from the repository root: its {@code fixtures/} paths are found from here, and a
     * file it writes goes to a temporary directory instead of the working tree.
     */
    private static List<String> inWorkDir(List<String> command, Path workDir) {
        List<String> args = new ArrayList<>();
        for (String arg : command) {
            if (arg.startsWith("fixtures/")) {
                args.add(Fixtures.file(arg.substring("fixtures/".length())).toString());
            } else if (arg.endsWith(".zip")) {
                args.add(workDir.resolve(arg).toString());
            } else {
                args.add(arg);
            }
        }
        return args;
    }
}
