package dev.snapfolio.adapter.in.flink;

import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.importer.ImportException;
import dev.snapfolio.importer.ImportOptions;
import dev.snapfolio.importer.MovementFileImporter;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Movements arriving as records, recorded through {@code ImportMovementsUseCase} (STREAMING mode):
 * keyed by account, so one account's movements are only ever written by one task; buffered per
 * account for at most {@link Options#maxDelay} or {@link Options#maxMovements}, then imported as one
 * unit, sorted by date. Source keys make a replay add nothing; a movement dated before the account's
 * last one takes the import's back-dated path (its snapshots are recomputed from its date).
 *
 * <p>When a batch is refused, its movements are retried one by one, so the bad one is isolated and
 * the account's other movements are recorded. A movement the history does not allow yet (arrived
 * before the movement it depends on, e.g. a sale before its purchase) is held back and retried with
 * the account's next batches, at most {@link Options#retries} times; then, or at once when its row
 * cannot be read, it goes to the {@link #REJECTS} side output with its reason. A failure of the
 * database fails the task (Flink restarts it; the replay is harmless).
 */
public final class MovementStreamJob {
    /** Movements that were not recorded, with their reason. */
    public static final OutputTag<MovementReject> REJECTS =
            new OutputTag<>("rejects", TypeInformation.of(MovementReject.class));

    private static final String SOURCE = "stream";

    private MovementStreamJob() {
    }

    /**
     * @param maxMovements a buffered account is imported when it holds this many movements
     * @param maxDelay ... or when its oldest buffered movement has waited this long
     * @param retries how many later batches a movement the history does not allow yet is retried with
     */
    public record Options(int maxMovements, Duration maxDelay, int retries) implements java.io.Serializable {
        public static final Options DEFAULTS = new Options(200, Duration.ofSeconds(1), 3);

        public Options {
            if (maxMovements < 1) {
                throw new IllegalArgumentException("maxMovements must be at least 1, got " + maxMovements);
            }
            if (maxDelay.isNegative() || maxDelay.isZero()) {
                throw new IllegalArgumentException("maxDelay must be positive, got " + maxDelay);
            }
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be at least 0, got " + retries);
            }
        }
    }

    /**
     * Adds the job to the stream's environment: the recorded movements are the main output, the
     * rejects the side output {@link #REJECTS}.
     */
    public static SingleOutputStreamOperator<MovementRecorded> define(DataStream<MovementRecord> movements,
            EngineFactory engines, Options options) {
        return movements
                .map(record -> record.arrivedAtMillis() == 0 ? record.arrivedAt(System.currentTimeMillis()) : record)
                .returns(TypeInformation.of(MovementRecord.class)).name("stamp arrival")
                .keyBy(MovementRecord::accountId, Types.LONG)
                .process(new AccountBatches(engines, options), TypeInformation.of(MovementRecorded.class))
                .name("record movements per account");
    }

    /** What a job defined on incoming records puts out: the recorded movements and every reject. */
    public record Outputs(SingleOutputStreamOperator<MovementRecorded> recorded, DataStream<MovementReject> rejects) {
    }

    /**
     * Adds the job to the stream's environment for records as read from outside
     * ({@link MovementLine#read}): the records that could not be read join the rejects of the job.
     */
    public static Outputs defineOnIncoming(DataStream<MovementLine.Incoming> incoming, EngineFactory engines,
            Options options) {
        SingleOutputStreamOperator<MovementRecord> movements = incoming
                .process(new SplitUnreadable(), TypeInformation.of(MovementRecord.class)).name("unreadable records");
        SingleOutputStreamOperator<MovementRecorded> recorded = define(movements, engines, options);
        return new Outputs(recorded, movements.getSideOutput(UNREADABLE).union(recorded.getSideOutput(REJECTS)));
    }

    private static final OutputTag<MovementReject> UNREADABLE =
            new OutputTag<>("unreadable", TypeInformation.of(MovementReject.class));

    private static final class SplitUnreadable extends ProcessFunction<MovementLine.Incoming, MovementRecord> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(MovementLine.Incoming record, Context context, Collector<MovementRecord> out) {
            if (record.movement() != null) {
                out.collect(record.movement());
            } else {
                context.output(UNREADABLE, record.reject());
            }
        }
    }

    /** A movement waiting for a retry, and how many times it was tried. */
    public record Held(MovementRecord record, int attempts) {
    }

    /** Buffers an account's movements and imports them in batches. */
    static final class AccountBatches extends KeyedProcessFunction<Long, MovementRecord, MovementRecorded> {
        private static final long serialVersionUID = 1L;
        private final EngineFactory engines;
        private final Options options;
        private transient Engine engine;
        private transient MovementFileImporter reader;
        private transient ListState<MovementRecord> buffered;
        private transient ValueState<Integer> bufferedCount;
        private transient ListState<Held> held;
        private transient ValueState<Long> timer;

        AccountBatches(EngineFactory engines, Options options) {
            this.engines = engines;
            this.options = options;
        }

        @Override
        public void open(OpenContext context) {
            buffered = getRuntimeContext().getListState(
                    new ListStateDescriptor<>("buffered", TypeInformation.of(MovementRecord.class)));
            bufferedCount = getRuntimeContext().getState(new ValueStateDescriptor<>("bufferedCount", Types.INT));
            held = getRuntimeContext().getListState(new ListStateDescriptor<>("held", TypeInformation.of(Held.class)));
            timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Types.LONG));
            reader = MovementFileImporter.forSource("generic");
            engine = engines.open();
        }

        @Override
        public void processElement(MovementRecord record, Context context, Collector<MovementRecorded> out)
                throws Exception {
            buffered.add(record);
            int count = bufferedCount.value() == null ? 1 : bufferedCount.value() + 1;
            bufferedCount.update(count);
            // at the end of a bounded input the watermark jumps to the end of time: whatever is still
            // buffered or held is imported then (processing-time timers do not fire after the input ends)
            context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            if (count >= options.maxMovements()) {
                flush(context, out, false);
            } else if (timer.value() == null) {
                schedule(context);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext context, Collector<MovementRecorded> out) throws Exception {
            boolean end = context.timeDomain() == TimeDomain.EVENT_TIME;
            if (!end) {
                timer.clear();
            }
            flush(context, out, end);
        }

        private void schedule(Context context) throws Exception {
            long at = context.timerService().currentProcessingTime() + options.maxDelay().toMillis();
            context.timerService().registerProcessingTimeTimer(at);
            timer.update(at);
        }

        private void flush(Context context, Collector<MovementRecorded> out, boolean end) throws Exception {
            List<Held> batch = new ArrayList<>();
            for (Held h : held.get()) {
                batch.add(h);
            }
            for (MovementRecord record : buffered.get()) {
                batch.add(new Held(record, 0));
            }
            held.clear();
            buffered.clear();
            bufferedCount.clear();
            Long scheduled = timer.value();
            if (scheduled != null) {
                context.timerService().deleteProcessingTimeTimer(scheduled);
                timer.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            long accountId = context.getCurrentKey();
            List<Parsed> rows = new ArrayList<>();
            for (Held h : batch) {
                try {
                    rows.add(new Parsed(h, parse(h.record())));
                } catch (ImportException | IllegalArgumentException e) {
                    context.output(REJECTS, new MovementReject(accountId, h.record().row(), oneLine(e)));
                }
            }
            rows.sort(Comparator.comparing((Parsed p) -> p.row().movement().timestamp()));
            try {
                record(accountId, rows, out);
                return;
            } catch (ChangeRejectedException | NotFoundException | IllegalArgumentException e) {
                // one of them is refused: isolate it, record the others
            }
            List<Held> again = new ArrayList<>();
            for (Parsed p : rows) {
                try {
                    record(accountId, List.of(p), out);
                } catch (ChangeRejectedException | NotFoundException | IllegalArgumentException e) {
                    int attempts = p.held().attempts() + 1;
                    if (end || e instanceof NotFoundException || attempts > options.retries()) {
                        context.output(REJECTS, new MovementReject(accountId, p.held().record().row(), oneLine(e)));
                    } else {
                        again.add(new Held(p.held().record(), attempts));
                    }
                }
            }
            if (!again.isEmpty()) {
                held.update(again);
                schedule(context);
            }
        }

        private void record(long accountId, List<Parsed> rows, Collector<MovementRecorded> out) {
            if (rows.isEmpty()) {
                return;
            }
            ImportResult result = engine.importMovements().importMovements(new ImportMovementsCommand(accountId,
                    SOURCE, rows.stream().map(Parsed::row).toList(), false));
            long committed = System.currentTimeMillis();
            Set<String> added = new HashSet<>();
            for (Movement m : result.newMovements()) {
                added.add(m.sourceKey());
            }
            for (Parsed p : rows) {
                String key = p.row().movement().sourceKey();
                out.collect(new MovementRecorded(accountId, key, added.contains(key),
                        p.held().record().arrivedAtMillis(), committed));
            }
        }

        private ImportRow parse(MovementRecord record) {
            if (MovementRecord.sourceKeyOf(record.row()).isEmpty()) {
                // a generated key would differ between two deliveries of the same movement: refused
                throw new IllegalArgumentException("the row has no sourceKey (its last column)");
            }
            List<ImportRow> rows = reader.read(new StringReader(MovementRecord.HEADER + "\n" + record.row()), SOURCE,
                    record.accountId(), ImportOptions.defaults()).rows();
            if (rows.size() != 1) {
                throw new IllegalArgumentException("a movement record holds one row, this one holds " + rows.size());
            }
            Movement movement = rows.get(0).movement();
            return new ImportRow(movement, "account " + record.accountId() + ", movement " + movement.sourceKey());
        }

        @Override
        public void close() {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
    }

    private record Parsed(Held held, ImportRow row) {
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return RebuildTally.oneLine(message);
    }
}
