package dev.snapfolio.adapter.in.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rebuild job over a fake range in-port (accounts 1..23, account 7 failing): every range is
 * handed to a task once, the failed account is reported in the tally and the others complete.
 */
class RebuildJobTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    static final Set<String> REBUILT = ConcurrentHashMap.newKeySet();

    @Test
    void oneAccountFailingIsReportedAndNeverStopsTheOthers() throws Exception {
        REBUILT.clear();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        RebuildTally tally = RebuildJob.run(env, new FakeEngines(23, 7), new RebuildJob.Options(5, Optional.empty()));

        assertThat(tally.ranges()).isEqualTo(5);
        assertThat(tally.accounts()).isEqualTo(23);
        assertThat(tally.failures()).isEqualTo(1);
        assertThat(tally.rowsWritten()).isEqualTo(22 * 3);
        assertThat(tally.failureLines()).containsExactly("account 7: the history does not hold on 2025-01-02");
        assertThat(REBUILT).containsExactlyInAnyOrder("1..5", "6..10", "11..15", "16..20", "21..23");
    }

    @Test
    void nothingToRebuildIsAnEmptyTally() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        RebuildTally tally = RebuildJob.run(env, new FakeEngines(0, 0), new RebuildJob.Options(5, Optional.empty()));

        assertThat(tally).isEqualTo(RebuildTally.NONE);
    }

    /** Accounts 1..n, each writing 3 rows, {@code failing} failing with a two-line reason. */
    record FakeEngines(int accounts, long failing) implements EngineFactory {
        @Override
        public Engine open() {
            return new Engine() {
                @Override
                public RebuildAccountsUseCase rebuildAccounts() {
                    return new RebuildAccountsUseCase() {
                        @Override
                        public List<AccountRange> ranges(int size, Optional<AccountRange> within) {
                            List<AccountRange> ranges = new ArrayList<>();
                            for (long from = 1; from <= accounts; from += size) {
                                ranges.add(new AccountRange(from, Math.min(accounts, from + size - 1)));
                            }
                            return ranges;
                        }

                        @Override
                        public RangeResult rebuild(AccountRange range) {
                            REBUILT.add(range.toString());
                            List<AccountResult> results = new ArrayList<>();
                            for (long id = range.fromId(); id <= range.toId(); id++) {
                                results.add(id == failing
                                        ? new AccountResult(id, 0, Optional.of("the history does not hold\n on 2025-01-02"))
                                        : new AccountResult(id, 3, Optional.empty()));
                            }
                            return new RangeResult(range, results, 4);
                        }

                        // The job records of a rebuild run from the command line: the Flink job does not use them.
                        @Override
                        public Job startOrResume(Optional<AccountRange> within, boolean restart) {
                            throw new UnsupportedOperationException("not used by the Flink job");
                        }

                        @Override
                        public List<AccountRange> ranges(int size, Job job) {
                            throw new UnsupportedOperationException("not used by the Flink job");
                        }

                        @Override
                        public void rebuild(Job job, List<AccountRange> ranges, Consumer<RangeResult> rebuilt) {
                            throw new UnsupportedOperationException("not used by the Flink job");
                        }

                        @Override
                        public void finished(Job job) {
                            throw new UnsupportedOperationException("not used by the Flink job");
                        }
                    };
                }

                @Override
                public ImportMovementsUseCase importMovements() {
                    throw new UnsupportedOperationException("not used by the rebuild");
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public String describe() {
            return "a fake engine";
        }
    }
}
