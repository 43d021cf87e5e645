package dev.snapfolio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bench.BenchReport.Backdated;
import dev.snapfolio.bench.BenchReport.Calculator;
import dev.snapfolio.bench.BenchReport.Environment;
import dev.snapfolio.bench.BenchReport.FullRecompute;
import dev.snapfolio.bench.BenchReport.GrowthPoint;
import dev.snapfolio.bench.BenchReport.Persistence;
import dev.snapfolio.bench.BenchReport.RunFigures;
import dev.snapfolio.bench.BenchReport.SingleToday;
import dev.snapfolio.bench.BenchReport.Target;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static RunFigures run(String strategy, double wallMs, long queries) {
        return new RunFigures(strategy, 500, 10_000, 1_000, Map.of("A", 600, "E", 400), 10, 20, 30, 60, wallMs, queries);
    }

    private static BenchReport report(double foldMs, double fullMs, long peakMb, double perDateMs, double storeMs,
            double medianMs, long load2y) {
        Environment env = new Environment("full", LocalDate.of(2026, 1, 1), "2026-01-01T00:00:00Z", "17", "Linux", 2,
                256L << 20, "MariaDB 11.4.5", "embedded");
        Calculator calc = new Calculator("tenYears", 50_000, 2_600, List.of(foldMs * 2, foldMs, foldMs * 3));
        FullRecompute full = new FullRecompute("tenYears", 50_000, 2_600, 4_000, run("BATCH", fullMs, 9), 40L << 20,
                peakMb << 20, (peakMb + 100) << 20);
        Backdated backdated = new Backdated("twoYears", LocalDate.of(2024, 1, 2), run("PER_DATE", perDateMs, 4_000),
                run("BATCH", 100, 9), true);
        SingleToday single = new SingleToday("twoYears", 3, List.of(medianMs, medianMs / 2, medianMs * 4), 12,
                "PER_DATE", 1);
        Persistence persistence = new Persistence(10_000, storeMs, 100, 10_000, 150);
        List<GrowthPoint> growth = List.of(new GrowthPoint("year", 260, 5_000, run("BATCH", 50, 9), 5, backdated),
                new GrowthPoint("twoYears", 520, 10_000, run("BATCH", 90, 9), load2y, backdated));
        return new BenchReport(env, calc, full, backdated, single, persistence, growth);
    }

    @Test
    void targetsAreMetWhenTheFiguresReachThem() {
        BenchReport report = report(40, 1_500, 200, 6_000, 110, 8, 5);
        assertThat(report.targets()).allMatch(Target::met);
        assertThat(report.batchLoadQueriesConstant()).isTrue();
    }

    @Test
    void eachTargetIsMissedOnItsOwnFigure() {
        assertThat(missed(report(60, 1_500, 200, 6_000, 110, 8, 5))).containsExactly("calculator throughput");
        assertThat(missed(report(40, 2_500, 200, 6_000, 110, 8, 5))).containsExactly("full recompute, batch (tenYears)");
        assertThat(missed(report(40, 1_500, 300, 6_000, 110, 8, 5))).containsExactly("heap during the full recompute");
        assertThat(missed(report(40, 1_500, 200, 4_000, 110, 8, 5)))
                .containsExactly("batch vs per-date, back-dated change (twoYears)");
        assertThat(missed(report(40, 1_500, 200, 6_000, 130, 8, 5))).containsExactly("batch persistence vs plain JDBC");
        assertThat(missed(report(40, 1_500, 200, 6_000, 110, 25, 5))).containsExactly("single movement today, median");
        assertThat(missed(report(40, 1_500, 200, 6_000, 110, 8, 6))).containsExactly("batch load queries, constant");
    }

    @Test
    void tableAndJsonCarryEveryItem() {
        BenchReport report = report(40, 1_500, 200, 6_000, 110, 8, 5);
        StringWriter table = new StringWriter();
        report.printTable(new PrintWriter(table));
        assertThat(table.toString()).contains("1 calculator", "2 full recompute", "3 back-dated change",
                "4 movement today", "5 persistence", "6 growth", "Targets", "60.0x");
        assertThat(report.toJson()).contains("\"calculator\"", "\"fullRecompute\"", "\"backdatedChange\"",
                "\"singleMovementToday\"", "\"persistence\"", "\"growth\"", "\"targets\"", "\"speedUp\": 60.000",
                "\"bestMovementsPerSecond\": 1250000.000");
    }

    private static List<String> missed(BenchReport report) {
        return report.targets().stream().filter(t -> !t.met()).map(Target::name).toList();
    }
}
