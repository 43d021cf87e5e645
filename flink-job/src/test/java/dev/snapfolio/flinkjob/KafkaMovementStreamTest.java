package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.flink.KafkaMovements;
import dev.snapfolio.adapter.in.flink.MovementLine;
import dev.snapfolio.adapter.in.flink.MovementRecord;
import dev.snapfolio.adapter.in.flink.MovementStreamJob;
import dev.snapfolio.adapter.out.persistence.DatabaseSettings;
import dev.snapfolio.domain.movement.Movement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The movement stream job on a real Kafka broker (KRaft, in this JVM): generated movements over 24
 * accounts, shuffled within a bound, with malformed records among them, on a topic of 4 partitions.
 * Running as in production (unbounded, checkpointed), the job stores what a batch import of the
 * same movements stores, writes each malformed record to the rejects topic with its reason and
 * commits the topic's end offsets; read again from the beginning by the launcher
 * ({@code stream --from earliest --until-end}) the topic adds nothing.
 */
class KafkaMovementStreamTest {
    private static final int ACCOUNTS = 24;
    private static final String TOPIC = "movements";
    private static final String REJECTS = "movement-rejects";
    private static final String GROUP = "snapfolio-stream";
    private static final FlinkTestDatabase DB = new FlinkTestDatabase();
    private static KafkaClusterTestKit kafka;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                // one broker: the group and transaction logs have one replica
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 4, (short) 1), new NewTopic(REJECTS, 1, (short) 1)))
                    .all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aTopicOfShuffledAndMalformedRecordsStoresWhatABatchImportStoresAndReadAgainAddsNothing() throws Exception {
        DB.database.clean();
        FlinkTestDatabase.Twins twins = DB.twins("kafka", ACCOUNTS, 9000, 35);
        List<Movement> all = twins.movements();
        List<Long> streamed = twins.streamed();
        List<Long> batch = twins.batch();
        assertThat(all.size()).isGreaterThanOrEqualTo(2_000);
        long first = streamed.get(0);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (MovementRecord record : StreamRecords.shuffledWithin(all.stream().map(MovementRecord::of).toList(), 40,
                new Random(11))) {
            records.add(record(MovementLine.key(record), MovementLine.value(record)));
        }
        // malformed records among them: none stops the job or the accounts' other movements
        records.add(300, record(null, "not a movement"));
        records.add(700, new ProducerRecord<>(TOPIC, null, new byte[] {'1', ',', (byte) 0xC3, (byte) 0x28}));
        records.add(1100, record(Long.toString(first), first + ",\"2025-12-01\",DEPOSIT,USD"));
        records.add(1500, record(Long.toString(first), MovementLine.value(StreamRecords.row(first, "date=2025-12-01",
                "kind=TELEPORT", "currency=USD", "amount=5", "sourceKey=teleport-1"))));
        records.add(1900, record(Long.toString(first), MovementLine.value(StreamRecords.row(first, "date=2025-12-01",
                "kind=DEPOSIT", "currency=USD", "amount=5"))));
        produce(records);

        Duration firstRun = streamUntilAllAreStored(2L * all.size());
        String digest = DB.digest();
        assertThat(rows(streamed)).isNotEmpty().isEqualTo(rows(batch));
        assertThat(digestOf(rows(streamed))).isEqualTo(digestOf(rows(batch)));
        List<List<String>> rejects = rejects(5);
        assertThat(rejects).extracting(r -> r.get(1)).satisfiesExactlyInAnyOrder(
                reason -> assertThat(reason).matches("movements-\\d@\\d+: accountId 'not a movement' is not an account id"),
                reason -> assertThat(reason).matches("movements-\\d@\\d+: the value is not UTF-8 text"),
                reason -> assertThat(reason).matches("movements-\\d@\\d+: expected \\d+ columns .*, got 4"),
                reason -> assertThat(reason).contains("TELEPORT"),
                reason -> assertThat(reason).contains("sourceKey"));
        assertThat(rejects).filteredOn(r -> !r.get(1).contains("UTF-8") && !r.get(1).contains("not a movement"))
                .allSatisfy(r -> assertThat(r.get(0)).isEqualTo(Long.toString(first)));

        assertThat(stream("replay", "earliest")).as(err()).isZero();

        assertThat(out()).startsWith("streamed " + (all.size() + 5) + " movement(s) from movements: 0 added, "
                + all.size() + " already recorded, 5 rejected");
        assertThat(DB.digest()).isEqualTo(digest);
        System.out.printf("kafka stream: %d records stored and their offsets committed in %.1f s%nkafka replay: %s",
                all.size() + 5, firstRun.toMillis() / 1000.0, out());
        rejects.forEach(r -> System.out.println("reject: " + r));
    }

    @Test
    void aMissingTopicOrAnUnreachableDatabaseFailsBeforeTheJobWithOneLine() {
        assertThat(FlinkMain.run(new String[] {"stream", "--kafka", kafka.bootstrapServers(), "--topic", "no-such-topic"},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(err()).isEqualTo("error: Kafka at " + kafka.bootstrapServers() + " has no topic 'no-such-topic'\n");

        err.reset();
        assertThat(FlinkMain.run(new String[] {"stream", "--kafka", kafka.bootstrapServers(), "--topic", TOPIC},
                Map.of(DatabaseSettings.ENV_URL, "jdbc:mariadb://127.0.0.1:1/snap_flink?connectTimeout=2000",
                        DatabaseSettings.ENV_USER, "root"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("error: cannot open the database jdbc:mariadb://127.0.0.1:1/snap_flink");
        assertThat(out()).isEmpty();
    }

    /**
     * Runs the job as it runs in production (unbounded, checkpointed, from the group's committed
     * offsets) until the database holds {@code movements} and the group has committed the topic's
     * end offsets, then cancels it.
     */
    private Duration streamUntilAllAreStored(long movements) throws Exception {
        long started = System.nanoTime();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.local(2));
        env.setParallelism(2);
        env.enableCheckpointing(500);
        StreamCommand.define(env, new KafkaMovements.Settings(kafka.bootstrapServers(), TOPIC, GROUP,
                KafkaMovements.Start.COMMITTED, false), DB.engines(), MovementStreamJob.Options.DEFAULTS, REJECTS);
        JobClient job = env.executeAsync("movement stream from kafka");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!(DB.count("movement") == movements && committedAll(admin)) && System.nanoTime() < deadline) {
                assertThat(job.getJobStatus().get().isGloballyTerminalState()).as("the job ended").isFalse();
                Thread.sleep(200);
            }
            assertThat(DB.count("movement")).isEqualTo(movements);
            assertThat(committedAll(admin)).as("group %s committed the end offsets", GROUP).isTrue();
        } finally {
            job.cancel().get();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static boolean committedAll(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (int p = 0; p < 4; p++) {
            ends.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        for (var end : admin.listOffsets(ends).all().get().entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            if (offset == null || offset.offset() != end.getValue().offset()) {
                return false;
            }
        }
        return true;
    }

    private int stream(String group, String from) {
        DatabaseSettings settings = DB.database.settings();
        List<String> args = new ArrayList<>(List.of("stream", "--kafka", kafka.bootstrapServers(), "--topic", TOPIC,
                "--group-id", group, "--from", from, "--until-end", "--rejects-topic", REJECTS,
                "--parallelism", "2", "--checkpoint-ms", "1000", "--today", FlinkTestDatabase.TODAY.toString()));
        Map<String, String> env = Map.of();
        if (settings.isEmbedded()) {
            args.addAll(List.of("--db-dir", settings.dataDir().orElseThrow().toString()));
        } else {
            env = Map.of(DatabaseSettings.ENV_URL, settings.url().orElseThrow(), DatabaseSettings.ENV_USER,
                    settings.user());
        }
        return FlinkMain.run(args.toArray(String[]::new), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ProducerRecord<byte[], byte[]> record(String key, String value) {
        return new ProducerRecord<>(TOPIC, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
    }

    private static void produce(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** The rejects topic's records (waits until it holds {@code expected}), each as its CSV cells. */
    private static List<List<String>> rejects(int expected) throws IOException {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        List<List<String>> rejects = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(REJECTS, 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (rejects.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String line = new String(record.value(), StandardCharsets.UTF_8);
                    rejects.add(CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().get(0).toList());
                }
            }
        }
        return rejects;
    }

    private static List<String> rows(List<Long> accounts) {
        List<String> rows = new ArrayList<>();
        for (long account : accounts) {
            rows.addAll(DB.snapshotRows(account));
        }
        return rows;
    }

    private static String digestOf(List<String> rows) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String row : rows) {
            digest.update(row.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 30);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
