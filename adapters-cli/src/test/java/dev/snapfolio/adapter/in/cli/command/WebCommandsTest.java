package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code report} hand their options to the web front end and say what they did. */
class WebCommandsTest {
    private final CliHarness cli = new CliHarness();

    @Test
    void serveListensOnLoopbackPort8080ByDefaultAndSaysWhereTheTokenIs() {
        CliHarness.Result result = cli.run("serve");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.web.calls).containsExactly("serve 127.0.0.1 8080 []");
        assertThat(result.out()).contains("serving http://127.0.0.1:8080/").contains("access token for writes: ")
                .contains("http-token");
    }

    @Test
    void serveTakesPortHostAndCorsOrigins() {
        CliHarness.Result result = cli.run("serve", "--port", "0", "--host", "0.0.0.0", "--cors-origin", "http://a.test",
                "--cors-origin", "http://b.test");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.web.calls).containsExactly("serve 0.0.0.0 0 [http://a.test, http://b.test]");
        assertThat(result.out()).contains("access token for writes and reads");
    }

    @Test
    void aPortOutOfRangeIsBadUsage() {
        CliHarness.Result result = cli.run("serve", "--port", "70000");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--port");
        assertThat(cli.web.calls).isEmpty();
    }

    @Test
    void reportWritesTheAccountsFile(@TempDir Path dir) {
        CliHarness.Result result = cli.run("report", "-a", "main", "--out", dir.resolve("report.html").toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.web.calls).containsExactly("report main report.html");
        assertThat(result.out()).contains("wrote the report of 'main'");
    }

    @Test
    void reportIntoAMissingDirectoryIsBadUsage(@TempDir Path dir) {
        CliHarness.Result result = cli.run("report", "-a", "main", "--out", dir.resolve("no/such/report.html").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("no such directory");
        assertThat(cli.web.calls).isEmpty();
    }
}
