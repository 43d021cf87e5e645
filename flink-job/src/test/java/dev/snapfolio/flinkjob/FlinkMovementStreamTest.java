package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.flink.MovementRecord;
import dev.snapfolio.adapter.in.flink.MovementRecorded;
import dev.snapfolio.adapter.in.flink.MovementReject;
import dev.snapfolio.adapter.in.flink.MovementStreamJob;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The movement stream job on a MiniCluster of 2 slots: a bounded stream of generated movements over
 * 100 accounts, shuffled within a bound and paced, replayed twice, ends with the snapshots a batch
 * import of the same movements stores; rejected movements go to the rejects output with their
 * reason and the account's other movements are recorded.
 */
class FlinkMovementStreamTest {
    private static final int ACCOUNTS = 100;
    private static final int SHUFFLE_BOUND = 40;
    /** The pace of the feed; -Dflink.stream.perSecond=N measures another (docs/PERFORMANCE.md). */
    private static final int PER_SECOND = Integer.getInteger("flink.stream.perSecond", 2_500);

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestDatabase.miniCluster();

    private static final FlinkTestDatabase DB = new FlinkTestDatabase();

    @Test
    void aShuffledStreamReplayedTwiceStoresWhatABatchImportStores() throws Exception {
        DB.database.clean();
        FlinkTestDatabase.Twins twins = DB.twins("stream", ACCOUNTS, 5000, 35);
        List<Movement> all = twins.movements();
        List<MovementRecord> records = all.stream().map(MovementRecord::of).toList();
        assertThat(records).hasSizeGreaterThanOrEqualTo(10_000);
        List<MovementRecord> arriving = StreamRecords.shuffledWithin(records, SHUFFLE_BOUND, new Random(7));

        Run first = stream(arriving, PER_SECOND);
        Run replay = stream(arriving, PER_SECOND);

        assertThat(first.rejects).isEmpty();
        assertThat(first.recorded).hasSize(records.size());
        assertThat(first.recorded.stream().filter(MovementRecorded::added)).hasSize(records.size());
        assertThat(replay.rejects).isEmpty();
        assertThat(replay.recorded).hasSize(records.size()).noneMatch(MovementRecorded::added);
        for (int i = 0; i < ACCOUNTS; i++) {
            long streamed = twins.streamed().get(i);
            long batch = twins.batch().get(i);
            assertThat(DB.snapshotRows(streamed)).as("account %d against its batch import %d", streamed, batch)
                    .isNotEmpty().isEqualTo(DB.snapshotRows(batch));
        }
        String figures = String.format(Locale.ROOT, "stream of %d movements over %d accounts, paced at %d/s, "
                + "shuffled within %d: first run %.1f s (%.0f movements/s), delay arrival->commit p50 %d ms, "
                + "p95 %d ms, max %d ms; replay %.1f s (%.0f movements/s)%n", records.size(), ACCOUNTS, PER_SECOND,
                SHUFFLE_BOUND, first.seconds, records.size() / first.seconds, first.delayPercentile(50),
                first.delayPercentile(95), first.delayPercentile(100), replay.seconds,
                records.size() / replay.seconds);
        System.out.print(figures);
        Files.writeString(Path.of("target", "flink-stream-figures.txt"), figures);
    }

    @Test
    void aRefusedOrUnreadableMovementIsRejectedWithItsReasonAndTheOthersAreRecorded() throws Exception {
        long account;
        try (Snapfolio snapfolio = DB.snapfolio()) {
            account = snapfolio.createAccount().create(new CreateAccountCommand("rejects", "Stream", Currency.USD)).id();
        }
        List<MovementRecord> records = List.of(
                StreamRecords.row(account, "date=2025-12-01", "kind=DEPOSIT", "currency=USD", "amount=1000", "sourceKey=d1"),
                StreamRecords.row(account, "date=2025-12-02", "kind=OPTION_TRADE", "currency=USD", "underlying=SOFI",
                        "callPut=PUT", "strike=7", "expiration=2026-01-16", "action=BUY_TO_CLOSE", "contracts=1",
                        "premium=-35", "sourceKey=close-nothing"),
                StreamRecords.row(account, "date=2025-12-03", "kind=TELEPORT", "currency=USD", "amount=5",
                        "sourceKey=unreadable"),
                StreamRecords.row(account, "date=2025-12-04", "kind=DEPOSIT", "currency=USD", "amount=50"),
                StreamRecords.row(account, "date=2025-12-05", "kind=DEPOSIT", "currency=USD", "amount=500", "sourceKey=d2"));

        Run run = stream(records, PER_SECOND);

        assertThat(run.recorded).extracting(MovementRecorded::sourceKey).containsExactlyInAnyOrder("d1", "d2");
        assertThat(run.rejects).hasSize(3).allMatch(r -> r.accountId() == account && !r.reason().contains("\n"));
        assertThat(run.rejects).anySatisfy(r -> assertThat(r.row()).contains("close-nothing"));
        assertThat(run.rejects).anySatisfy(r -> assertThat(r.reason()).contains("TELEPORT"));
        assertThat(run.rejects).anySatisfy(r -> assertThat(r.reason()).contains("sourceKey"));
        try (Snapfolio snapfolio = DB.snapfolio()) {
            assertThat(snapfolio.movements().list(account, null, null)).hasSize(2);
        }
    }

    /** Streams {@code records} through the job at {@code perSecond}, on the module's MiniCluster. */
    static Run stream(List<MovementRecord> records, int perSecond) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(FlinkSettings.restarts());
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.setParallelism(2);
        DataStream<MovementRecord> source = env.fromData(new ArrayList<>(records)).name("movements")
                .map(new Paced(perSecond)).returns(TypeInformation.of(MovementRecord.class)).setParallelism(1);
        SingleOutputStreamOperator<MovementRecorded> recorded = MovementStreamJob.define(source, DB.engines(),
                new MovementStreamJob.Options(200, Duration.ofSeconds(1), 3));
        Run run = new Run();
        long started = System.nanoTime();
        try (CloseableIterator<MovementRecorded> ok = recorded.collectAsync();
                CloseableIterator<MovementReject> rejected = recorded.getSideOutput(MovementStreamJob.REJECTS)
                        .collectAsync()) {
            env.executeAsync("movement stream");
            ok.forEachRemaining(run.recorded::add);
            rejected.forEachRemaining(run.rejects::add);
        }
        run.seconds = (System.nanoTime() - started) / 1e9;
        return run;
    }

    static final class Run {
        final List<MovementRecorded> recorded = new ArrayList<>();
        final List<MovementReject> rejects = new ArrayList<>();
        double seconds;

        long delayPercentile(int percent) {
            long[] delays = recorded.stream().mapToLong(MovementRecorded::delayMillis).sorted().toArray();
            int index = (int) Math.ceil(percent / 100.0 * delays.length) - 1;
            return delays[Math.max(0, Math.min(delays.length - 1, index))];
        }
    }

    /** Lets {@code perSecond} records through a second, as a live feed would. */
    private static final class Paced implements MapFunction<MovementRecord, MovementRecord> {
        private static final long serialVersionUID = 1L;
        private final int perSecond;
        private transient long started;
        private transient long count;

        Paced(int perSecond) {
            this.perSecond = perSecond;
        }

        @Override
        public MovementRecord map(MovementRecord record) throws Exception {
            if (started == 0) {
                started = System.nanoTime();
            }
            long due = started + (++count * 1_000_000_000L) / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return record;
        }
    }
}
