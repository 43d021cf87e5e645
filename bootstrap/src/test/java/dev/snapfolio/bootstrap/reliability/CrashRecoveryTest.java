package dev.snapfolio.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Child JVMs running a large import, a batch recompute and a per-date recompute are SIGKILLed at
 * seeded random moments on one shared data directory (DESIGN §9). After every kill: the account is
 * either consistent or still marked dirty (never wrong and unmarked); one rerun of the same command
 * brings it to a clean run's snapshots ({@code verify} exit 0, the same listing), every movement of
 * the file once, no dirty mark, no run lock left (the rerun is not deferred), and the killed run is
 * in the run log as INTERRUPTED.
 *
 * <p>{@code -Dsoak.kills=N} (default 20) and {@code -Dsoak.seed=S} make the soak:
 * {@code mvn -B -o -pl bootstrap -am test -Dtest=CrashRecoveryTest -Dsurefire.failIfNoSpecifiedTests=false -Dsoak.kills=200}.
 */
class CrashRecoveryTest {
    private static final int ROWS = 200;
    private static final int KILLS = Integer.getInteger("soak.kills", 20);
    private static final long SEED = Long.getLong("soak.seed", 20_260_101L);

    private static Cli cli;
    private static Database db;
    private static Path file;
    private static String expectedSnapshots;
    private static String expectedTickers;

    @BeforeAll
    static void cleanRun() {
        cli = Cli.onFreshHome("snapfolio-crash-");
        file = Histories.write(cli.home(), "history.csv", ROWS, SEED);
        assertThat(cli.run("account", "create", "--name", "clean").exit()).isZero();
        Cli.Run imported = cli.run("import", file.toString(), "--account", "clean", "--source", "generic");
        assertThat(imported.exit()).as(imported.err()).isZero();
        db = Database.of(cli);
        expectedSnapshots = listing("clean", false);
        expectedTickers = listing("clean", true);
        assertThat(expectedSnapshots.lines().count()).isGreaterThan(100);
    }

    @AfterAll
    static void stopServer() {
        if (cli != null) {
            cli.close();
            Cli.deleteTree(cli.home());
        }
    }

    private static String listing(String account, boolean tickers) {
        Cli.Run run = tickers ? cli.run("snapshots", "--account", account, "--tickers", "--format", "csv")
                : cli.run("snapshots", "--account", account, "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    private enum Command {
        IMPORT, RECOMPUTE_BATCH, RECOMPUTE_PER_DATE;

        String[] args(Path file, String account) {
            return switch (this) {
                case IMPORT -> new String[] {"import", file.toString(), "--account", account, "--source", "generic"};
                case RECOMPUTE_BATCH -> new String[] {"recompute", "--account", account, "--strategy", "BATCH"};
                case RECOMPUTE_PER_DATE -> new String[] {"recompute", "--account", account, "--strategy", "PER_DATE"};
            };
        }
    }

    @Test
    void aRerunAfterAKillAtAnyMomentGivesTheCleanRunsSnapshotsWithNothingLostOrLeftBehind() throws Exception {
        Random random = new Random(SEED);
        // How long a whole child command takes here: kills are spread over its life, start-up included.
        long started = System.nanoTime();
        assertThat(cli.run("account", "create", "--name", "timing").exit()).isZero();
        assertThat(cli.runChild(180, Command.IMPORT.args(file, "timing"))).isZero();
        long lifeMillis = (System.nanoTime() - started) / 1_000_000;

        int killedAlive = 0;
        List<String> survived = new ArrayList<>();
        for (int i = 0; killedAlive < KILLS && i < KILLS * 3; i++) {
            Command command = Command.values()[i % 3];
            String account = "crash-" + i;
            assertThat(cli.run("account", "create", "--name", account).exit()).isZero();
            if (command != Command.IMPORT) {
                // Work for the recompute: the history imported, its snapshots gone and the account dirty.
                assertThat(cli.run(Command.IMPORT.args(file, account)).exit()).isZero();
                db.clearSnapshots(account);
            }
            Process child = cli.start(command.args(file, account));
            if (command == Command.IMPORT && i % 2 == 0) {
                // The window the issue found: the rows committed, the run not finished.
                long deadline = System.nanoTime() + lifeMillis * 2_000_000L;
                while (child.isAlive() && db.movements(account) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(200));
            } else {
                Thread.sleep((long) (random.nextDouble() * lifeMillis * 1.1));
            }
            boolean alive = child.isAlive();
            Cli.kill(child);
            if (alive) {
                killedAlive++;
            }

            // Never wrong without saying so: consistent, or dirty (refresh or a rerun will finish it).
            boolean dirty = db.dirty(account);
            if (!dirty) {
                Cli.Run verify = cli.run("verify", "--account", account);
                assertThat(verify.exit()).as("%s killed, not dirty: verify says %s", command, verify.out()).isZero();
            }
            long committed = db.movements(account);
            assertThat(committed).as("movements after the kill: all or none").isIn(0L, (long) ROWS);

            Cli.Run rerun = cli.run(command.args(file, account));
            assertThat(rerun.exit()).as("rerun of %s after the kill: %s", command, rerun.err()).isZero();
            assertThat(rerun.err()).as("no lock left: the rerun is not deferred").doesNotContain("another run");
            assertThat(cli.run("verify", "--account", account).exit()).as("verify after the rerun").isZero();
            assertThat(db.movements(account)).as("every movement of the file once").isEqualTo(ROWS);
            assertThat(db.dirty(account)).as("dirty mark left after the rerun of %s (killed %s, dirty %s): %s %s",
                    command, alive, dirty, db.mark(account), rerun.out()).isFalse();
            assertThat(listing(account, false)).isEqualTo(expectedSnapshots);
            assertThat(listing(account, true)).isEqualTo(expectedTickers);
            assertThat(db.runs(account, "RUNNING")).as("runs left RUNNING").isZero();
            survived.add(command + (alive ? " killed" : " finished first") + (dirty ? ", left dirty" : ", left clean")
                    + (command == Command.IMPORT ? ", " + committed + " rows committed" : ""));
        }
        System.out.printf("crash recovery: %d kills of a live process survived (%d commands), seed %d%n%s%n",
                killedAlive, survived.size(), SEED, String.join("\n", survived));
        assertThat(killedAlive).as("kills of a live process").isGreaterThanOrEqualTo(KILLS);
    }
}
