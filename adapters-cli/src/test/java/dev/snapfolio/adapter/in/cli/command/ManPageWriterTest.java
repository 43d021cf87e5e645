package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual page written with the distribution, and the copy kept with the sources. */
class ManPageWriterTest {
    /** The copy kept with the sources (the tests run in the module's directory). */
    private static final Path COMMITTED = Path.of("..", "docs", "man", "snapfolio.1");

    @Test
    void theBuildWritesTheManualPageOfTheCommandTree(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target").resolve("snapfolio.1");

        ManPageWriter.main(new String[] {file.toString()});

        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(page).startsWith(".TH SNAPFOLIO 1 \"\" \"snapfolio\"")
                .contains(".SS snapfolio account list", ".SS snapfolio movement add", ".SS snapfolio man");
        assertThat(page).isEqualTo(ManPageWriter.page());
    }

    @Test
    void theCommittedCopyIsTheCurrentPage() throws IOException {
        assertThat(Files.exists(COMMITTED)).as("docs/man/snapfolio.1 exists").isTrue();

        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/man/snapfolio.1 is stale; regenerate it with: mvn -B -q -pl bootstrap -am package"
                        + " -DskipTests && cp bootstrap/target/snapfolio.1 docs/man/snapfolio.1")
                .isEqualTo(ManPageWriter.page());
    }
}
