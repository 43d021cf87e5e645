package dev.snapfolio.adapter.in.flink;

import dev.snapfolio.application.port.in.RebuildAccountsUseCase.AccountRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk rebuild as a Flink job in BATCH execution mode: the account-id ranges (computed once, by
 * the client) → rebalance over the tasks → each task rebuilds its ranges through
 * {@code RebuildAccountsUseCase} on an engine it opened once in {@code open()} → one tally.
 *
 * <p>Idempotent: the per-account write changes only rows that differ, so a range retried after a
 * task failure (Flink restarts the task) or run twice writes nothing new. An account that fails is
 * counted and listed in the tally, stays dirty, and never stops the job; a range whose rebuild
 * throws (the database went away) fails its task, which Flink restarts.
 */
public final class RebuildJob {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildJob.class);

    private RebuildJob() {
    }

    /**
     * @param accountsPerRange accounts per range (the unit a task rebuilds and retries)
     * @param within only the accounts in this id range, or all
     */
    public record Options(int accountsPerRange, Optional<AccountRange> within) {
        public Options {
            if (accountsPerRange < 1) {
                throw new IllegalArgumentException("accounts per range must be at least 1, got " + accountsPerRange);
            }
            within = within == null ? Optional.empty() : within;
        }
    }

    /** The ranges to rebuild, asked of the engine once on the client. */
    public static List<AccountRange> ranges(EngineFactory engines, Options options) {
        try (Engine engine = engines.open()) {
            return new ArrayList<>(engine.rebuildAccounts().ranges(options.accountsPerRange(), options.within()));
        }
    }

    /** Adds the job to {@code env} (switched to BATCH mode) and returns its single tally. */
    public static DataStream<RebuildTally> define(StreamExecutionEnvironment env, EngineFactory engines,
            List<AccountRange> ranges) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        if (ranges.isEmpty()) {
            return env.fromData(List.of(RebuildTally.NONE)).name("nothing to rebuild");
        }
        return env.fromData(new ArrayList<>(ranges)).name("account ranges")
                .rebalance()
                .process(new RebuildRanges(engines)).name("rebuild ranges")
                // the environment's parallelism, not one a batch scheduler derives from the (tiny) input
                .setParallelism(Math.max(1, env.getParallelism()))
                .keyBy(tally -> 0, Types.INT)
                .reduce(RebuildTally::plus).name("tally")
                .setParallelism(1);
    }

    /**
     * Runs the job on {@code env} and waits for its tally. The client's engine (which computed the
     * ranges) stays open until the job ends, so tasks running in this JVM (a local MiniCluster)
     * share it when the factory shares engines per JVM.
     */
    public static RebuildTally run(StreamExecutionEnvironment env, EngineFactory engines, Options options)
            throws Exception {
        try (Engine client = engines.open()) {
            List<AccountRange> ranges = new ArrayList<>(
                    client.rebuildAccounts().ranges(options.accountsPerRange(), options.within()));
            LOG.info("rebuilding {} account range(s) on {}", ranges.size(), engines.describe());
            RebuildTally total = RebuildTally.NONE;
            try (CloseableIterator<RebuildTally> tallies = define(env, engines, ranges)
                    .executeAndCollect("snapfolio rebuild")) {
                while (tallies.hasNext()) {
                    total = total.plus(tallies.next());
                }
            }
            return total;
        }
    }

    /** Rebuilds each range it is given, on an engine opened once per task. */
    static final class RebuildRanges extends ProcessFunction<AccountRange, RebuildTally> {
        private static final long serialVersionUID = 1L;
        private final EngineFactory engines;
        private transient Engine engine;

        RebuildRanges(EngineFactory engines) {
            this.engines = engines;
        }

        @Override
        public void open(OpenContext context) {
            engine = engines.open();
        }

        @Override
        public void processElement(AccountRange range, Context context, Collector<RebuildTally> out) {
            RebuildTally tally = RebuildTally.of(engine.rebuildAccounts().rebuild(range));
            LOG.info("range {}: {} account(s), {} row(s) written, {} failed", range, tally.accounts(),
                    tally.rowsWritten(), tally.failures());
            out.collect(tally);
        }

        @Override
        public void close() {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
    }
}
