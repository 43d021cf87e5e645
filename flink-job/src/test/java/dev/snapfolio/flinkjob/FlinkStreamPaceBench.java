package dev.snapfolio.flinkjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.flink.MovementRecord;
import dev.snapfolio.adapter.in.flink.MovementRecorded;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.movement.Movement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A measurement, not a CI test (surefire's default includes leave it out): the movement stream job's
 * delay from a movement's arrival to its snapshot's commit at several paces of the feed, each for a
 * fixed time over fresh accounts, on a MiniCluster of 2 slots (docs/PERFORMANCE.md):
 *
 * <pre>mvn -B -o -q -pl flink-job -am test -Dtest=FlinkStreamPaceBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dflink.stream.paces=10,25,50,100] [-Dflink.stream.seconds=40] [-Dflink.stream.accounts=100]
 * cat flink-job/target/flink-stream-pace.txt</pre>
 */
class FlinkStreamPaceBench {
    private static final int[] PACES = Arrays.stream(System.getProperty("flink.stream.paces", "10,25,50,100")
            .split(",")).mapToInt(p -> Integer.parseInt(p.strip())).toArray();
    private static final int SECONDS = Integer.getInteger("flink.stream.seconds", 40);
    private static final int ACCOUNTS = Integer.getInteger("flink.stream.accounts", 100);

    @RegisterExtension
    static final MiniClusterExtension FLINK = FlinkTestDatabase.miniCluster();

    private static final FlinkTestDatabase DB = new FlinkTestDatabase();

    @Test
    void delayFromArrivalToCommitAtEachPace() throws Exception {
        DB.database.clean();
        Path figures = Path.of("target", "flink-stream-pace.txt");
        Files.writeString(figures, String.format(Locale.ROOT, "%d accounts, %d s per pace, shuffled within 40, "
                + "buffered per account <= 200 movements or <= 1 s%npace/s | movements | run s | imports | "
                + "delay p50 ms | p95 ms | max ms%n", ACCOUNTS, SECONDS));
        for (int pace : PACES) {
            List<MovementRecord> arriving = StreamRecords.shuffledWithin(movements(pace, pace * SECONDS),
                    40, new Random(pace));

            FlinkMovementStreamTest.Run run = FlinkMovementStreamTest.stream(arriving, pace);

            assertThat(run.rejects).isEmpty();
            assertThat(run.recorded).hasSize(arriving.size()).allMatch(MovementRecorded::added);
            String line = String.format(Locale.ROOT, "%d | %d | %.1f | %d | %d | %d | %d%n", pace, arriving.size(),
                    run.seconds, imports(run), run.delayPercentile(50), run.delayPercentile(95),
                    run.delayPercentile(100));
            System.out.print(line);
            Files.writeString(figures, line, StandardOpenOption.APPEND);
        }
    }

    /** About the first {@code count} movements, in time order, of generated histories of fresh accounts. */
    private static List<MovementRecord> movements(int seed, int count) {
        List<Movement> all = new ArrayList<>();
        int days = count / ACCOUNTS / 3 + 10; // generated histories skip days (weekends)
        try (Snapfolio snapfolio = DB.snapfolio()) {
            for (int i = 0; i < ACCOUNTS; i++) {
                all.addAll(FlinkTestDatabase.generate(snapfolio, "pace-" + seed + "-" + i,
                        FlinkTestDatabase.spec(seed * 1000L + i, days, 5)));
            }
        }
        all.sort(Comparator.comparing(Movement::timestamp));
        assertThat(all).hasSizeGreaterThan(count);
        // whole days only: a day cut in two could keep a close and lose the open it needs
        LocalDate firstLeftOut = all.get(count).businessDate();
        return all.stream().filter(m -> m.businessDate().isBefore(firstLeftOut)).map(MovementRecord::of).toList();
    }

    /** Imports the job ran: distinct commit instants per account (one import commits its movements together). */
    private static long imports(FlinkMovementStreamTest.Run run) {
        return run.recorded.stream().map(r -> r.accountId() + "@" + r.committedAtMillis()).distinct().count();
    }
}
