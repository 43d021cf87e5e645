package dev.snapfolio.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refresh workers as separate processes ({@code java … Main refresh}) on one database (the shared
 * embedded data directory, or SNAPFOLIO_DB_URL's server when set), with {@value #ACCOUNTS} accounts
 * of a year's history each, all dirty: every account is run exactly once whoever claims it, and a
 * worker killed while it holds leases leaves those accounts to another worker once they expire.
 */
class RefreshWorkersEndToEndTest {
    private static final int ACCOUNTS = 40;

    private Cli cli;
    private Database db;
    private List<Long> ids;

    @BeforeEach
    void manyDirtyAccounts() {
        long t0 = System.nanoTime();
        cli = Cli.onFreshHome("snapfolio-workers-");
        assertThat(cli.run("account", "list").exit()).isZero();
        db = Database.of(cli);
        ids = DirtyAccounts.create(cli, db, 1, ACCOUNTS);
        assertThat(DirtyAccounts.dirty(db, ids)).hasSize(ACCOUNTS);
        log(t0, ACCOUNTS + " dirty accounts made");
    }

    @AfterEach
    void stop() {
        cli.close();
        Cli.deleteTree(cli.home());
    }

    @Test
    void twoRefreshProcessesRunEveryDirtyAccountExactlyOnceAndLeaveEveryAccountClean() throws Exception {
        Process first = cli.start("refresh");
        Process second = cli.start("refresh");

        assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(cli.home().resolve("child.err"));
        assertThat(first.exitValue()).as(err).isZero();
        assertThat(second.exitValue()).as(err).isZero();

        Map<Long, Integer> succeeded = DirtyAccounts.refreshRuns(db, ids, "SUCCEEDED");
        assertThat(DirtyAccounts.allRefreshRuns(db, ids)).as("runs logged, of any status").isEqualTo(ACCOUNTS);
        assertThat(succeeded).as("each account run once").hasSize(ACCOUNTS).allSatisfy((id, runs) ->
                assertThat(runs).as("runs of account #%d", id).isEqualTo(1));
        assertThat(DirtyAccounts.dirty(db, ids)).isEmpty();
        assertThat(DirtyAccounts.leased(db, ids)).as("no lease left behind").isEmpty();
        assertThat(Files.readString(cli.home().resolve("child.out"))).as("a summary")
                .containsPattern("refreshed \\d+ accounts? in");
        Cli.Run verify = cli.run("verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void threeWorkerThreadsInOneProcessRunEveryDirtyAccountExactlyOnce() throws Exception {
        assertThat(cli.runChild(600, "refresh", "--workers", "3")).as(Files.readString(cli.home().resolve("child.err")))
                .isZero();

        Map<Long, Integer> succeeded = DirtyAccounts.refreshRuns(db, ids, "SUCCEEDED");
        assertThat(DirtyAccounts.allRefreshRuns(db, ids)).isEqualTo(ACCOUNTS);
        assertThat(succeeded).hasSize(ACCOUNTS).allSatisfy((id, runs) -> assertThat(runs).isEqualTo(1));
        assertThat(DirtyAccounts.dirty(db, ids)).isEmpty();
        assertThat(DirtyAccounts.leased(db, ids)).isEmpty();
        assertThat(Files.readString(cli.home().resolve("child.out")))
                .contains("refreshed " + ACCOUNTS + " accounts in").contains("with 3 workers: " + ACCOUNTS + " processed");
    }

    @Test
    void aWorkerKilledWhileHoldingLeasesLeavesItsAccountsToAnotherWorkerOnceTheLeasesExpire() throws Exception {
        long t0 = System.nanoTime();
        Process doomed = cli.start("refresh", "--lease-seconds", "5");
        awaitTrue(() -> !DirtyAccounts.refreshRuns(db, ids, "SUCCEEDED").isEmpty()
                && !DirtyAccounts.leased(db, ids).isEmpty(), 5);
        Cli.kill(doomed);
        log(t0, "killed the first worker");
        List<Long> orphaned = DirtyAccounts.leased(db, ids);
        assertThat(orphaned).as("leases the killed worker held").isNotEmpty();
        assertThat(DirtyAccounts.dirty(db, ids)).containsAll(orphaned);

        Process survivor = cli.start("refresh", "--watch", "--lease-seconds", "5");
        try {
            awaitTrue(() -> DirtyAccounts.dirty(db, ids).isEmpty(), 10);
            log(t0, "every account clean");
            survivor.destroy(); // SIGTERM: stops after its current account, exit 0
            assertThat(survivor.waitFor(2, TimeUnit.MINUTES)).as("stopped on SIGTERM").isTrue();
        } finally {
            if (survivor.isAlive()) {
                Cli.kill(survivor);
            }
        }
        log(t0, "the second worker stopped");
        String err = Files.readString(cli.home().resolve("child.err"));
        assertThat(survivor.exitValue()).as(err).isZero();
        assertThat(err).contains("stopped on request");

        Map<Long, Integer> succeeded = DirtyAccounts.refreshRuns(db, ids, "SUCCEEDED");
        assertThat(succeeded.keySet()).as("every account completed").containsExactlyInAnyOrderElementsOf(ids);
        assertThat(succeeded).as("no account completed twice").allSatisfy((id, runs) -> assertThat(runs).isEqualTo(1));
        assertThat(DirtyAccounts.leased(db, ids)).isEmpty();
        Cli.Run verify = cli.run("verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        log(t0, "verified");
    }

    private static void log(long t0, String what) {
        System.out.printf("workers: %s after %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    private static void awaitTrue(BooleanSupplier condition, int minutes) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + minutes + " minutes");
            }
            Thread.sleep(50);
        }
    }
}
