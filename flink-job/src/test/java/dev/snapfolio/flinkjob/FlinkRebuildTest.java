package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.flink.Engine;
import dev.snapfolio.adapter.in.flink.EngineFactory;
import dev.snapfolio.adapter.in.flink.RebuildJob;
import dev.snapfolio.adapter.in.flink.RebuildTally;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.bootstrap.Snapfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rebuild job on a MiniCluster of 2 slots over 50 generated accounts: after the snapshot and
 * state rows are wiped, the job writes them back byte-identical to per-account recomputes; a second
 * run writes nothing; a task that fails mid-job is restarted by Flink and the rows still end identical.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlinkRebuildTest {
    private static final int ACCOUNTS = 50;

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestDatabase.miniCluster();

    private static final FlinkTestDatabase DB = new FlinkTestDatabase();
    private static final List<Long> IDS = new ArrayList<>();
    private static String recomputed;

    @BeforeAll
    static void fiftyAccountsRecomputedOneByOne() {
        DB.database.clean();
        try (Snapfolio snapfolio = DB.snapfolio()) {
            IDS.addAll(FlinkTestDatabase.generateRecomputed(snapfolio, "rebuild-", ACCOUNTS, 1000));
        }
        recomputed = DB.digest();
        assertThat(DB.count("financial_snapshot")).isGreaterThan(ACCOUNTS * 10L);
    }

    @Test
    @Order(1)
    void rebuildsEveryAccountIdenticalToPerAccountRecomputes() throws Exception {
        wipeSnapshots();

        RebuildTally tally = rebuild(DB.engines());

        assertThat(tally.accounts()).isEqualTo(ACCOUNTS);
        assertThat(tally.ranges()).isEqualTo(5);
        assertThat(tally.failures()).isZero();
        assertThat(tally.rowsWritten()).isGreaterThan(0);
        assertThat(DB.digest()).isEqualTo(recomputed);
    }

    @Test
    @Order(2)
    void aSecondRunWritesNothing() throws Exception {
        rebuild(DB.engines());

        RebuildTally again = rebuild(DB.engines());

        assertThat(again.accounts()).isEqualTo(ACCOUNTS);
        assertThat(again.rowsWritten()).isZero();
        assertThat(DB.digest()).isEqualTo(recomputed);
    }

    @Test
    @Order(3)
    void aTaskFailingMidJobIsRestartedAndTheRowsEndIdentical() throws Exception {
        wipeSnapshots();
        FailingOnce.CALLS.set(0);

        RebuildTally tally = rebuild(new FailingOnce(DB.engines()));

        assertThat(FailingOnce.CALLS.get()).as("ranges tried, the failed one included").isGreaterThan(5);
        assertThat(tally.accounts()).isEqualTo(ACCOUNTS);
        assertThat(tally.failures()).isZero();
        assertThat(DB.digest()).isEqualTo(recomputed);
    }

    private static RebuildTally rebuild(EngineFactory engines) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(FlinkSettings.restarts());
        env.setParallelism(2);
        return RebuildJob.run(env, engines, new RebuildJob.Options(10, Optional.empty()));
    }

    private static void wipeSnapshots() {
        for (String table : List.of("ticker_snapshot", "financial_snapshot", "account_state")) {
            DB.execute("DELETE FROM " + table);
        }
        assertThat(DB.digest()).isNotEqualTo(recomputed);
    }

    /** The real engine, whose third range rebuild in this JVM fails after writing (the task dies mid-job). */
    record FailingOnce(EngineFactory delegate) implements EngineFactory {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public Engine open() {
            Engine engine = delegate.open();
            return new Engine() {
                @Override
                public RebuildAccountsUseCase rebuildAccounts() {
                    RebuildAccountsUseCase real = engine.rebuildAccounts();
                    return new RebuildAccountsUseCase() {
                        @Override
                        public List<AccountRange> ranges(int accountsPerRange, Optional<AccountRange> within) {
                            return real.ranges(accountsPerRange, within);
                        }

                        @Override
                        public RangeResult rebuild(AccountRange range) {
                            RangeResult result = real.rebuild(range);
                            if (CALLS.incrementAndGet() == 3) {
                                throw new IllegalStateException("injected task failure after rebuilding " + range);
                            }
                            return result;
                        }

                        @Override
                        public Job startOrResume(Optional<AccountRange> within, boolean restart) {
                            return real.startOrResume(within, restart);
                        }

                        @Override
                        public List<AccountRange> ranges(int accountsPerRange, Job job) {
                            return real.ranges(accountsPerRange, job);
                        }

                        @Override
                        public void rebuild(Job job, List<AccountRange> ranges, Consumer<RangeResult> rebuilt) {
                            real.rebuild(job, ranges, rebuilt);
                        }

                        @Override
                        public void finished(Job job) {
                            real.finished(job);
                        }
                    };
                }

                @Override
                public ImportMovementsUseCase importMovements() {
                    return engine.importMovements();
                }

                @Override
                public void close() {
                    engine.close();
                }
            };
        }

        @Override
        public String describe() {
            return delegate.describe();
        }
    }
}
