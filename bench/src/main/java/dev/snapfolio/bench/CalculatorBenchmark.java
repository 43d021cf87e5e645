package dev.snapfolio.bench;

import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calculator's throughput on one thread: each operation folds a whole generated history from
 * its first movement (every snapshot date, financial and ticker snapshots and states built), the
 * reference computation of both strategies. The {@code movements} counter turns operations into
 * movements per second.
 *
 * <p>Run (see docs/PERFORMANCE.md): {@code java -cp bench/target/snapfolio-bench.jar
 * org.openjdk.jmh.Main CalculatorBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CalculatorBenchmark {

    @Param({"tenYears"})
    public String preset;

    private List<Movement> movements;
    private ReferenceData refs;
    private Policy policy;

    /** Movements folded, reported by JMH as a rate next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Folded {
        public long movements;

        @Setup(Level.Iteration)
        public void reset() {
            movements = 0;
        }
    }

    @Setup(Level.Trial)
    public void generate() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset(preset));
        movements = history.numberedMovements();
        refs = history.referenceData();
        policy = history.policy();
    }

    @Benchmark
    public List<DayResult> foldWholeHistory(Folded folded) {
        List<DayResult> days = HistoryFold.full(1L, movements, refs, policy);
        folded.movements += movements.size();
        return days;
    }
}
