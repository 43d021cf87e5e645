package dev.snapfolio.flinkjob;

import dev.snapfolio.adapter.in.flink.Engine;
import dev.snapfolio.adapter.in.flink.EngineFactory;
import dev.snapfolio.adapter.in.flink.EngineUnavailableException;
import dev.snapfolio.adapter.in.flink.KafkaMovements;
import dev.snapfolio.adapter.in.flink.MovementLine;
import dev.snapfolio.adapter.in.flink.MovementRecorded;
import dev.snapfolio.adapter.in.flink.MovementReject;
import dev.snapfolio.adapter.in.flink.MovementStreamJob;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.PrintSink;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * {@code stream --kafka SERVERS --topic TOPIC [--group-id ID] [--from committed|earliest|latest]
 * [--until-end] [--rejects-topic TOPIC] [--parallelism N] [--max-movements N] [--max-delay-ms N]
 * [--checkpoint-ms N]}: the movement stream job on a Kafka topic ({@link MovementLine}'s records).
 * The Kafka servers and topics are checked, then the database, before the job starts (one error line
 * each). Checkpoints commit the group's offsets, so a restarted job resumes where the last one left off.
 * Rejects go to {@code --rejects-topic}, else one line each to the error output. Without
 * {@code --until-end} the job runs until it is cancelled; with it, it stops at the end the topic had
 * when it started and prints what it did. The database is the one of every command (FlinkMain).
 */
final class StreamCommand {
    static final String USAGE = "usage: snapfolio stream --kafka HOST:PORT[,...] --topic TOPIC [--group-id ID] "
            + "[--from committed|earliest|latest] [--until-end] [--rejects-topic TOPIC] [--parallelism N] "
            + "[--max-movements N] [--max-delay-ms N] [--checkpoint-ms N] [--db-dir DIR] [--today DATE] "
            + "[--format table|csv|json] [--verbose]";
    /** How long the launcher waits for the Kafka servers to answer before the job starts. */
    static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
    private static final String ADDED = "added";
    private static final String ALREADY = "alreadyRecorded";
    private static final String REJECTED = "rejected";

    private StreamCommand() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        FlinkMain.Parsed<Arguments> parsed = FlinkMain.Parsed.of(args, Arguments::parse, a -> a.help, USAGE, out, err);
        if (parsed.arguments() == null) {
            return parsed.exit();
        }
        Arguments arguments = parsed.arguments();
        FlinkMain.quietLogging(arguments.verbose);
        try {
            KafkaMovements.check(arguments.bootstrapServers, arguments.rejectsTopic == null ? List.of(arguments.topic)
                    : List.of(arguments.topic, arguments.rejectsTopic), KAFKA_TIMEOUT);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        EngineFactory engines = FlinkMain.engines(arguments.dbDir, arguments.today, env);
        // the client's engine checks the database before the job starts and, open until the job ends,
        // is shared by the tasks of a local run
        try (Engine client = engines.open()) {
            StreamExecutionEnvironment flink = StreamExecutionEnvironment.getExecutionEnvironment(
                    FlinkSettings.local(arguments.parallelism));
            flink.setParallelism(arguments.parallelism);
            define(flink, arguments.kafka, engines, arguments.options, arguments.rejectsTopic);
            flink.enableCheckpointing(arguments.checkpointMillis);
            long started = System.nanoTime();
            JobExecutionResult result = flink.execute("snapfolio movement stream from " + arguments.kafka.topic());
            long millis = (System.nanoTime() - started) / 1_000_000;
            long added = count(result, ADDED);
            long already = count(result, ALREADY);
            long rejected = count(result, REJECTED);
            switch (arguments.format) {
                case "csv" -> out.printf(Locale.ROOT, "topic,added,alreadyRecorded,rejected,millis%n%s,%d,%d,%d,%d%n",
                        csv(arguments.kafka.topic()), added, already, rejected, millis);
                case "json" -> out.printf(Locale.ROOT, "{\"topic\":\"%s\",\"added\":%d,\"alreadyRecorded\":%d,"
                        + "\"rejected\":%d,\"millis\":%d}%n", json(arguments.kafka.topic()), added, already, rejected,
                        millis);
                default -> out.printf(Locale.ROOT, "streamed %d movement(s) from %s: %d added, %d already recorded, "
                        + "%d rejected, %.1f s%n", added + already + rejected, arguments.kafka.topic(), added, already,
                        rejected, millis / 1000.0);
            }
            return 0;
        } catch (EngineUnavailableException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("error: the stream job failed: " + FlinkMain.rootMessage(e));
            if (arguments.verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /**
     * The job: the topic's records → {@link MovementStreamJob} → recorded movements counted, rejects
     * counted and written to {@code rejectsTopic} (or, when null, one line each to the error output).
     */
    static void define(StreamExecutionEnvironment flink, KafkaMovements.Settings kafka, EngineFactory engines,
            MovementStreamJob.Options options, String rejectsTopic) {
        flink.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        MovementStreamJob.Outputs outputs = MovementStreamJob.defineOnIncoming(KafkaMovements.read(flink, kafka),
                engines, options);
        outputs.recorded().map(new Count<>(null)).returns(TypeInformation.of(MovementRecorded.class))
                .name("count recorded").sinkTo(new DiscardingSink<>()).name("recorded");
        DataStream<MovementReject> rejects = outputs.rejects().map(new Count<>(REJECTED))
                .returns(TypeInformation.of(MovementReject.class)).name("count rejected");
        if (rejectsTopic != null) {
            rejects.sinkTo(KafkaMovements.rejectsTo(kafka.bootstrapServers(), rejectsTopic)).name("rejects topic");
        } else {
            rejects.map(reject -> "rejected: account " + reject.accountId() + ": " + reject.reason() + ": "
                    + reject.row().replaceAll("[\\r\\n]+", " ")).returns(Types.STRING)
                    .sinkTo(new PrintSink<>(true)).name("rejects").setParallelism(1);
        }
    }

    private static long count(JobExecutionResult result, String name) {
        Long value = result.getAccumulatorResult(name);
        return value == null ? 0 : value;
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Counts what passes in the job's accumulators: {@code name}, or added / already recorded. */
    private static final class Count<T> extends RichMapFunction<T, T> {
        private static final long serialVersionUID = 1L;
        private final String name;
        private transient LongCounter counter;
        private transient LongCounter added;
        private transient LongCounter already;

        Count(String name) {
            this.name = name;
        }

        @Override
        public void open(OpenContext context) {
            if (name != null) {
                counter = getRuntimeContext().getLongCounter(name);
            } else {
                added = getRuntimeContext().getLongCounter(ADDED);
                already = getRuntimeContext().getLongCounter(ALREADY);
            }
        }

        @Override
        public T map(T value) {
            if (value instanceof MovementRecorded recorded) {
                (recorded.added() ? added : already).add(1L);
            } else {
                counter.add(1L);
            }
            return value;
        }
    }

    static final class Arguments {
        String bootstrapServers;
        String topic;
        String groupId = "snapfolio-stream";
        KafkaMovements.Start start = KafkaMovements.Start.COMMITTED;
        boolean untilEnd;
        String rejectsTopic;
        int parallelism = 1;
        int maxMovements = MovementStreamJob.Options.DEFAULTS.maxMovements();
        int maxDelayMillis = (int) MovementStreamJob.Options.DEFAULTS.maxDelay().toMillis();
        int checkpointMillis = 10_000;
        Optional<Path> dbDir = Optional.empty();
        Optional<LocalDate> today = Optional.empty();
        String format = "table";
        boolean verbose;
        boolean help;
        KafkaMovements.Settings kafka;
        MovementStreamJob.Options options;

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--kafka" -> a.bootstrapServers = FlinkMain.Arguments.value(args, ++i, arg);
                    case "--topic" -> a.topic = FlinkMain.Arguments.value(args, ++i, arg);
                    case "--group-id" -> a.groupId = FlinkMain.Arguments.value(args, ++i, arg);
                    case "--from" -> a.start = start(FlinkMain.Arguments.value(args, ++i, arg));
                    case "--until-end" -> a.untilEnd = true;
                    case "--rejects-topic" -> a.rejectsTopic = FlinkMain.Arguments.value(args, ++i, arg);
                    case "--parallelism" -> a.parallelism = FlinkMain.Arguments.positive(
                            FlinkMain.Arguments.value(args, ++i, arg), arg, 64);
                    case "--max-movements" -> a.maxMovements = FlinkMain.Arguments.positive(
                            FlinkMain.Arguments.value(args, ++i, arg), arg, 100_000);
                    case "--max-delay-ms" -> a.maxDelayMillis = FlinkMain.Arguments.positive(
                            FlinkMain.Arguments.value(args, ++i, arg), arg, 3_600_000);
                    case "--checkpoint-ms" -> a.checkpointMillis = FlinkMain.Arguments.positive(
                            FlinkMain.Arguments.value(args, ++i, arg), arg, 3_600_000);
                    case "--db-dir" -> a.dbDir = Optional.of(Path.of(FlinkMain.Arguments.value(args, ++i, arg)));
                    case "--today" -> a.today = Optional.of(FlinkMain.Arguments.date(
                            FlinkMain.Arguments.value(args, ++i, arg)));
                    case "--format" -> a.format = FlinkMain.Arguments.format(FlinkMain.Arguments.value(args, ++i, arg));
                    case "--verbose" -> a.verbose = true;
                    case "-h", "--help" -> a.help = true;
                    default -> throw new IllegalArgumentException("unknown option or argument '" + arg + "'");
                }
            }
            if (a.help) {
                return a;
            }
            if (a.bootstrapServers == null || a.topic == null) {
                throw new IllegalArgumentException("stream needs --kafka and --topic");
            }
            if (a.rejectsTopic != null && a.rejectsTopic.equals(a.topic)) {
                throw new IllegalArgumentException("--rejects-topic must differ from --topic");
            }
            a.kafka = new KafkaMovements.Settings(a.bootstrapServers, a.topic, a.groupId, a.start, a.untilEnd);
            a.options = new MovementStreamJob.Options(a.maxMovements, Duration.ofMillis(a.maxDelayMillis),
                    MovementStreamJob.Options.DEFAULTS.retries());
            return a;
        }

        private static KafkaMovements.Start start(String text) {
            try {
                return KafkaMovements.Start.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--from: expected committed, earliest or latest, got '" + text + "'");
            }
        }
    }
}
