package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import dev.snapfolio.bootstrap.Snapfolio;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The job jar on a real standalone Flink cluster: bench/scripts/flink-cluster.sh starts a JobManager
 * and a TaskManager of 2 slots, each its own JVM on Flink's jars only (nothing of Snapfolio), and
 * submits target/snapfolio-flink-job.jar with Flink's CLI ({@code flink run}). 20 generated accounts:
 * the job's rows equal per-account recomputes, a second submission writes nothing, a wrong password
 * fails the submission with one line that does not hold it.
 *
 * <p>Runs in the {@code flink-cluster} profile after the jar is shaded:
 * {@code mvn -B -pl flink-job -am verify -Pflink-cluster -Dtest=FlinkClusterIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkClusterIT {
    private static final int ACCOUNTS = 20;
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path SCRIPT = MODULE.resolve("../bench/scripts/flink-cluster.sh").normalize();
    /** Set by the profile's integration-test run, once the jar of this build is shaded. */
    private static final String JOB_JAR_PROPERTY = "snapfolio.flinkJobJar";
    private static final Path CLUSTER_DIR = MODULE.resolve("target/flink-cluster-it");

    private static final FlinkTestDatabase DB = new FlinkTestDatabase();
    private static Path jobJar;
    private static String recomputed;
    private static String url;
    private static String user;
    private static Map<String, String> clusterEnv;

    @BeforeAll
    static void twentyAccountsRecomputedOneByOneAndAClusterStarted() throws Exception {
        String jar = System.getProperty(JOB_JAR_PROPERTY);
        Assumptions.assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the job jar is shaded after the "
                + "tests: this runs in the flink-cluster profile's integration tests (mvn -B -pl flink-job -am verify "
                + "-Pflink-cluster -Dtest=FlinkClusterIT -Dsurefire.failIfNoSpecifiedTests=false)");
        jobJar = Path.of(jar);
        DB.database.clean();
        try (Snapfolio snapfolio = DB.snapfolio()) {
            FlinkTestDatabase.generateRecomputed(snapfolio, "cluster-", ACCOUNTS, 2000);
        }
        recomputed = DB.digest();
        DatabaseSettings settings = DB.database.settings();
        String password;
        if (settings.isEmbedded()) { // the running server's address and generated credentials
            EmbeddedMariaDb.Endpoint endpoint = new EmbeddedMariaDb(settings.dataDir().orElseThrow()).ensureRunning(true);
            url = endpoint.jdbcUrl(DatabaseSettings.EMBEDDED_DATABASE);
            user = endpoint.user();
            password = endpoint.password();
        } else {
            url = settings.url().orElseThrow();
            user = settings.user();
            password = System.getenv().getOrDefault(DatabaseSettings.ENV_PASSWORD, "");
        }
        clusterEnv = Map.of("FLINK_CLUSTER_DIR", CLUSTER_DIR.toString(),
                "FLINK_REST_PORT", String.valueOf(freePort()), "FLINK_RPC_PORT", String.valueOf(freePort()),
                "FLINK_JOB_JAR", jobJar.toString(),
                DatabaseSettings.ENV_PASSWORD, password); // the cluster's processes read it from their environment
        Result started = script(180, "start");
        assertThat(started.exit()).as("cluster start: %s", started).isZero();
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (clusterEnv != null) {
            script(60, "stop");
        }
    }

    @Test
    @Order(1)
    void theSubmittedJobWritesTheRowsOfPerAccountRecomputes() throws Exception {
        for (String table : List.of("ticker_snapshot", "financial_snapshot", "account_state")) {
            DB.execute("DELETE FROM " + table);
        }
        assertThat(DB.digest()).isNotEqualTo(recomputed);

        Result run = submit();

        assertThat(run.exit()).as("flink run: %s", run).isZero();
        assertThat(tally(run)).startsWith(ACCOUNTS + ",4,2,").endsWith(",0");
        assertThat(Long.parseLong(tally(run).split(",")[3])).as("rows written").isGreaterThan(ACCOUNTS * 10L);
        assertThat(DB.digest()).isEqualTo(recomputed);
    }

    @Test
    @Order(2)
    void aSecondSubmissionWritesNothing() throws Exception {
        Result run = submit();

        assertThat(run.exit()).as("flink run: %s", run).isZero();
        assertThat(tally(run)).isEqualTo(ACCOUNTS + ",4,2,0,0");
        assertThat(DB.digest()).isEqualTo(recomputed);
    }

    @Test
    @Order(3)
    void aWrongPasswordFailsTheSubmissionWithOneLineWithoutIt() throws Exception {
        String secret = "Wr0ng-" + System.nanoTime();
        Path file = CLUSTER_DIR.resolve("wrong-password");
        Files.writeString(file, secret + "\n");

        Result run = script(120, "submit", "rebuild", "--engine", "flink", "--db-url", url,
                "--db-user", "snapfolio_nobody", "--db-password-file", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).as("stderr: %s", run.err()).hasSize(1);
        assertThat(run.err()).startsWith("error: cannot open the database ").contains("Access denied")
                .doesNotContain(secret);
        assertThat(run.out()).doesNotContain(secret);
    }

    private static Result submit() throws Exception {
        return script(300, "submit", "-p", "2", "rebuild", "--engine", "flink", "--db-url", url, "--db-user", user,
                "--range-size", "5", "--today", FlinkTestDatabase.TODAY.toString(), "--format", "csv");
    }

    /** The job's csv line without its time: accounts,ranges,parallelism,rowsWritten,failed. */
    private static String tally(Result run) {
        List<String> lines = run.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        return last.substring(0, last.lastIndexOf(','));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result script(int timeoutSeconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("flink-cluster", ".out");
        Path err = Files.createTempFile("flink-cluster", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(clusterEnv);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", args) + " did not end within " + timeoutSeconds
                        + " s; stderr: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
