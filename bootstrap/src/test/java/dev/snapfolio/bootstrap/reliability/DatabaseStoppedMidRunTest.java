package dev.snapfolio.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * The embedded server stopped (as {@code snapfolio db stop} does) while a child process runs a
 * batch recompute: the user sees one line and exit 1, soon; nothing is half-written (the batch's
 * rows are all there or none); the account stays dirty; the run is in the run log; the next
 * {@code refresh} (which starts the server again) completes it.
 */
class DatabaseStoppedMidRunTest {
    private static final int ROWS = 600;

    @Test
    void aServerStoppedInTheMiddleOfABatchGivesOneLineExit1AndNothingHalfWritten() throws Exception {
        Cli cli = new Cli(Files.createTempDirectory("snapfolio-dbstop-"), false);
        try {
            Path file = Histories.write(cli.home(), "history.csv", ROWS, 7);
            assertThat(cli.run("account", "create", "--name", "big").exit()).isZero();
            assertThat(cli.run("import", file.toString(), "--account", "big", "--source", "generic").exit()).isZero();
            Database db = Database.of(cli, false);
            long full = db.financialRows("big");
            db.clearSnapshots("big");

            Process child = cli.start("recompute", "--account", "big", "--strategy", "BATCH");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (db.runs("big", "RUNNING") == 0 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            long stoppedAt = System.nanoTime();
            // What 'snapfolio db stop' does (SIGTERM to the server), without a command's start-up first.
            assertThat(new EmbeddedMariaDb(Database.dataDir(cli)).stop()).isTrue();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
            long endedMillis = (System.nanoTime() - stoppedAt) / 1_000_000;

            // Besides the command's own progress line ("recomputing account 'big' ...").
            List<String> err = Files.readAllLines(cli.home().resolve("child.err")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("recomputing ")).toList();
            System.out.printf("database stopped mid-batch: exit %d, %d ms after the stop, stderr %s%n",
                    child.exitValue(), endedMillis, err);
            assertThat(child.exitValue()).isEqualTo(1);
            assertThat(err).as("one line on the console").hasSize(1);
            assertThat(err.get(0)).startsWith("error: ").contains("database").doesNotContain("Exception", "###", "SQL");
            assertThat(endedMillis).as("no long hang").isLessThan(15_000);

            // The next command starts the server again.
            Database after = Database.of(cli, false);
            assertThat(after.financialRows("big")).as("nothing half-written").isIn(0L, full);
            assertThat(after.dirty("big")).isTrue();
            Cli.Run refresh = cli.run("refresh");
            assertThat(refresh.exit()).as(refresh.err()).isZero();
            assertThat(cli.run("verify", "--account", "big").exit()).isZero();
            assertThat(after.financialRows("big")).isEqualTo(full);
            assertThat(after.runs("big", "INTERRUPTED")).as("the cut-off run is in the run log").isEqualTo(1);
        } finally {
            cli.close();
            Cli.deleteTree(cli.home());
        }
    }
}
