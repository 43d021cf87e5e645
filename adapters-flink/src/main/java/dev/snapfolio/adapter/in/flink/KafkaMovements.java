package dev.snapfolio.adapter.in.flink;

import dev.snapfolio.adapter.in.flink.MovementLine.Incoming;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * The movement stream on Kafka: a source of {@link MovementLine} records and a sink for rejects.
 * Offsets are committed to the consumer group when a checkpoint completes, so enable checkpointing:
 * a restarted job resumes from the last checkpoint and replays what came after it, which the
 * movements' source keys make harmless (at-least-once delivery, effectively once per movement).
 */
public final class KafkaMovements {
    private KafkaMovements() {
    }

    /** Where a job that starts reads from. */
    public enum Start {
        /** the group's committed offsets; a partition without one from its beginning */
        COMMITTED,
        /** every partition from its beginning (a replay) */
        EARLIEST,
        /** only what arrives from now on */
        LATEST
    }

    /**
     * @param untilEnd stop at the end offsets the partitions have when the job starts (a backfill or
     *     a replay); otherwise the job runs until it is cancelled
     */
    public record Settings(String bootstrapServers, String topic, String groupId, Start start, boolean untilEnd)
            implements Serializable {
        public Settings {
            require(bootstrapServers, "the bootstrap servers");
            require(topic, "the topic");
            require(groupId, "the group id");
            if (start == null) {
                throw new IllegalArgumentException("where to start is missing");
            }
        }
    }

    /**
     * Checks that the brokers answer within {@code timeout} and hold the topics, so that a wrong
     * address or topic name fails at start with one line rather than as retries of the job.
     *
     * @throws IllegalStateException with a one-line message naming what is wrong
     */
    public static void check(String bootstrapServers, List<String> topics, Duration timeout) {
        int millis = (int) timeout.toMillis();
        Admin admin;
        try {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis));
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot use the Kafka servers '" + bootstrapServers + "': "
                    + MovementStreamJob.oneLine(e.getCause() instanceof Exception cause ? cause : e));
        }
        try {
            Set<String> names = admin.listTopics().names().get(millis, TimeUnit.MILLISECONDS);
            for (String topic : topics) {
                if (!names.contains(topic)) {
                    throw new IllegalStateException("Kafka at " + bootstrapServers + " has no topic '" + topic + "'");
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + " within "
                    + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching Kafka at " + bootstrapServers);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /** The topic's records as read ({@link MovementLine#read}): a record that cannot be read is a reject. */
    public static DataStream<Incoming> read(StreamExecutionEnvironment env, Settings settings) {
        return env.fromSource(source(settings), WatermarkStrategy.noWatermarks(), "kafka " + settings.topic());
    }

    static KafkaSource<Incoming> source(Settings settings) {
        KafkaSourceBuilder<Incoming> builder = KafkaSource.<Incoming>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(settings.topic())
                .setGroupId(settings.groupId())
                .setClientIdPrefix(settings.groupId())
                .setStartingOffsets(switch (settings.start()) {
                    case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
                    case EARLIEST -> OffsetsInitializer.earliest();
                    case LATEST -> OffsetsInitializer.latest();
                })
                .setDeserializer(new Records());
        if (settings.untilEnd()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    /**
     * Rejects written to {@code topic} (at least once): key the account id, value
     * {@link MovementLine#rejectLine}.
     */
    public static KafkaSink<MovementReject> rejectsTo(String bootstrapServers, String topic) {
        require(topic, "the rejects topic");
        return KafkaSink.<MovementReject>builder()
                .setBootstrapServers(bootstrapServers)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(new RejectRecords(topic))
                .build();
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    /** A Kafka record as read: never throws, so a malformed record never fails the job. */
    static final class Records implements KafkaRecordDeserializationSchema<Incoming> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Incoming> out) {
            out.collect(MovementLine.read(record.topic() + "-" + record.partition() + "@" + record.offset(),
                    record.key(), record.value()));
        }

        @Override
        public TypeInformation<Incoming> getProducedType() {
            return TypeInformation.of(Incoming.class);
        }
    }

    private static final class RejectRecords implements KafkaRecordSerializationSchema<MovementReject> {
        private static final long serialVersionUID = 1L;
        private final String topic;

        RejectRecords(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(MovementReject reject, KafkaSinkContext context,
                Long timestamp) {
            return new ProducerRecord<>(topic, Long.toString(reject.accountId()).getBytes(StandardCharsets.UTF_8),
                    MovementLine.rejectLine(reject).getBytes(StandardCharsets.UTF_8));
        }
    }
}
