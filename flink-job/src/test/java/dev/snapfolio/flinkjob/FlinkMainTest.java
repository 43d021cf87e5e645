package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.flink.EngineUnavailableException;
import dev.snapfolio.adapter.in.flink.RebuildJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Bad usage and bad configuration of the Flink rebuild: one line each, exit 2 or 1, no password shown. */
class FlinkMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badUsageIsOneErrorLineAndExit2() {
        assertThat(run(Map.of(), "rebuild", "--engine", "flink", "--parallelism", "zero")).isEqualTo(2);
        assertThat(err()).startsWith("error: --parallelism must be a whole number from 1 to 64, got 'zero'");

        err.reset();
        assertThat(run(Map.of(), "rebuild", "--engine", "spark")).isEqualTo(2);
        assertThat(err()).startsWith("error: --engine: only 'flink' runs here, got 'spark'");

        err.reset();
        assertThat(run(Map.of(), "rebuild", "--engine", "flink", "--accounts", "9..3")).isEqualTo(2);
        assertThat(err()).startsWith("error: --accounts: account range 9..3 is empty");
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        assertThat(run(Map.of(), "rebuild", "--engine", "flink", "--db-url", "jdbc:mariadb://127.0.0.1:1/x",
                "--db-password", "Secret-1")).isEqualTo(2);

        assertThat(err()).startsWith("error: --db-password: a password is never an argument; set "
                + "SNAPFOLIO_DB_PASSWORD or give --db-password-file FILE").doesNotContain("Secret-1");
    }

    @Test
    void aMissingPasswordFileFailsAtStartWithOneLine() {
        int exit = run(Map.of(), "rebuild", "--engine", "flink", "--db-url", "jdbc:mariadb://127.0.0.1:1/snap_flink",
                "--db-password-file", "/nonexistent/snapfolio-password");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("error: cannot read the database password file /nonexistent/snapfolio-password: "
                + "no such file" + System.lineSeparator());
    }

    @Test
    void theDatabaseArgumentsWinOverTheEnvironment() {
        int exit = run(Map.of("SNAPFOLIO_DB_URL", "jdbc:mariadb://127.0.0.1:3306/from_environment"), "rebuild",
                "--engine", "flink", "--db-url", "jdbc:mariadb://127.0.0.1:1/from_arguments?connectTimeout=2000",
                "--db-user", "someone");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).startsWith("error: cannot open the database jdbc:mariadb://127.0.0.1:1/from_arguments")
                .contains(" as someone: ");
    }

    @Test
    void anUnreachableDatabaseFailsAtStartWithOneLine() {
        int exit = run(Map.of("SNAPFOLIO_DB_URL", "jdbc:mariadb://127.0.0.1:1/snap_flink?connectTimeout=2000",
                "SNAPFOLIO_DB_USER", "root"), "rebuild", "--engine", "flink");

        assertThat(exit).isEqualTo(1);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).startsWith("error: cannot open the database jdbc:mariadb://127.0.0.1:1/snap_flink");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aRefusedPasswordFailsAtStartWithOneLineThatDoesNotHoldIt() throws Exception {
        Assumptions.assumeTrue(reachable("127.0.0.1", 3306), "no MariaDB server on 127.0.0.1:3306");
        String secret = "Wr0ng-Secret-" + System.nanoTime();
        SnapfolioEngines engines = new SnapfolioEngines("jdbc:mariadb://127.0.0.1:3306/snap_flink?password=" + secret,
                "snapfolio_flink_nobody", "SNAPFOLIO_FLINK_TEST_NO_SUCH_VARIABLE", null, null, null, 2);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.local(1));

        EngineUnavailableException failure = Assertions.assertThrows(EngineUnavailableException.class,
                () -> RebuildJob.run(env, engines, new RebuildJob.Options(10, Optional.empty())));

        assertThat(failure.getMessage()).doesNotContain(secret).doesNotContain("\n")
                .startsWith("cannot open the database jdbc:mariadb://127.0.0.1:3306/snap_flink")
                .contains("Access denied");
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private int run(Map<String, String> env, String... args) {
        return FlinkMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
