package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad usage and unreachable Kafka servers of the stream launcher: one error line each, exit 2 or 1, before any job. */
class StreamCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void badUsageIsOneErrorLineAndTheUsageAndExit2() {
        assertThat(run(Map.of(), "stream", "--kafka", "127.0.0.1:9092")).isEqualTo(2);
        assertThat(err().lines()).containsExactly("error: stream needs --kafka and --topic", StreamCommand.USAGE);

        err.reset();
        assertThat(run(Map.of(), "stream", "--kafka", "k:9092", "--topic", "m", "--from", "yesterday")).isEqualTo(2);
        assertThat(err()).startsWith("error: --from: expected committed, earliest or latest, got 'yesterday'\n");

        err.reset();
        assertThat(run(Map.of(), "stream", "--kafka", "k:9092", "--topic", "m", "--rejects-topic", "m")).isEqualTo(2);
        assertThat(err()).startsWith("error: --rejects-topic must differ from --topic\n");

        err.reset();
        assertThat(run(Map.of(), "stream", "--kafka", "k:9092", "--topic", "m", "--group-id", " ")).isEqualTo(2);
        assertThat(err()).startsWith("error: the group id is missing\n");

        err.reset();
        assertThat(run(Map.of(), "stream", "--kafka", "k:9092", "--topic", "m", "--max-delay-ms", "0")).isEqualTo(2);
        assertThat(err()).startsWith("error: --max-delay-ms must be a whole number from 1 to 3600000, got '0'\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void unreachableKafkaServersFailBeforeTheJobWithOneLine() {
        long started = System.nanoTime();
        int exit = run(Map.of(), "stream", "--kafka", "127.0.0.1:1", "--topic", "movements");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("error: cannot reach Kafka at 127.0.0.1:1 within 10 s\n");
        assertThat(System.nanoTime() - started).isLessThan(StreamCommand.KAFKA_TIMEOUT.plusSeconds(10).toNanos());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        err.reset();
        assertThat(run(Map.of(), "stream", "--kafka", "no host here", "--topic", "movements")).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString().startsWith("error: cannot use the Kafka servers 'no host here': ");
    }

    private int run(Map<String, String> env, String... args) {
        return FlinkMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
