package dev.snapfolio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code snapfolio bench --quick} end to end, so the bench cannot rot: it runs every item on the
 * embedded MariaDB (or the external one when SNAPFOLIO_DB_URL is set) and reports them. No timing
 * is asserted (machines are noisy); the query counts, the equality of the rows both strategies
 * write and the heap bound are.
 */
class BenchCommandTest {
    private static Path home;
    private static Main main;
    private static BenchMain bench;

    @BeforeAll
    static void home() throws IOException {
        home = Files.createTempDirectory("snapfolio-bench-test");
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("SNAPFOLIO_HOME", home.toString());
        environment.remove("SNAPFOLIO_TODAY");
        main = new Main(environment, home);
        bench = new BenchMain(environment, home);
    }

    @AfterAll
    static void stopAndDelete() throws IOException {
        StringWriter ignored = new StringWriter();
        main.run(new String[] {"db", "stop"}, new PrintWriter(ignored, true), new PrintWriter(ignored, true));
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = bench.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void quickBenchReportsEveryItemWithConstantBatchLoadQueriesAndEqualRows() throws IOException {
        Path json = home.resolve("reports/bench.json");
        Result result = run("--today", "2026-01-01", "bench", "--quick", "--json", json.toString());

        assertThat(result.exitCode()).as("stderr: %s", result.err()).isZero();
        assertThat(result.out()).contains("1 calculator", "2 full recompute", "3 back-dated change",
                "4 movement today", "5 persistence", "6 growth", "Targets (DESIGN §8)");
        assertThat(result.err()).contains("[bench").contains("JSON report written");
        String report = Files.readString(json);

        List<Long> loadQueries = numbers(report, "noChangeBatchQueries");
        assertThat(loadQueries).hasSize(2).allMatch(q -> q > 0 && q <= 6);
        assertThat(loadQueries.get(0)).as("batch load queries do not grow with the history").isEqualTo(loadQueries.get(1));

        assertThat(numbers(report, "peakHeapAfterGcMb")).singleElement().satisfies(mb -> assertThat(mb).isLessThanOrEqualTo(256));
        assertThat(report).doesNotContain("\"sameRowsWritten\": false").contains("\"sameRowsWritten\": true");

        // Per-date pays queries per date, batch a fixed handful: the gap grows with the history.
        List<Long> perDate = numbers(report, "perDateQueries");
        List<Long> batch = numbers(report, "batchQueries");
        assertThat(perDate).hasSize(2);
        assertThat(perDate.get(1)).isGreaterThan(perDate.get(0));
        assertThat(perDate.get(0)).isGreaterThan(batch.get(0));
        String single = report.substring(report.indexOf("\"singleMovementToday\""));
        assertThat(single).contains("\"strategy\": \"PER_DATE\"").contains("\"dates\": 1,");
    }

    @Test
    void badArgumentsAreAUsageError() {
        Result result = run("--today", "2026-01-01", "bench", "--fast");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--fast");
    }

    @Test
    void helpListsTheBenchOptionsWithOrWithoutTheCommandWord() {
        for (String[] line : List.of(new String[] {"bench", "--help"}, new String[] {"--help"})) {
            Result result = run(line);
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("usage: snapfolio bench", "--quick", "--years", "--json", "--seed");
        }
    }

    @Test
    void aMalformedGlobalOptionIsAUsageErrorBeforeAnythingRuns() {
        Result result = run("--today", "tomorrow", "bench", "--quick");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: ").contains("--today");
    }

    @Test
    void yearsChooseTheHistoriesAndTheTwoYearOneIsCompared() {
        BenchOptions options = BenchMain.parse(List.of("--years", "10,2"));
        assertThat(options.histories()).extracting(h -> h.name()).containsExactly("twoYears", "tenYears");
        assertThat(options.compareIndex()).isZero();
        assertThat(BenchMain.parse(List.of("--years", "5")).compareIndex()).isZero();
        assertThat(BenchMain.parse(List.of("--years", "1,2,5")).compareIndex()).isEqualTo(1);
    }

    @Test
    void badYearsAreAUsageError() {
        for (String bad : List.of("0", "2,x", "2,2", "")) {
            Result result = run("--today", "2026-01-01", "bench", "--years", bad);
            assertThat(result.exitCode()).as(bad).isEqualTo(2);
            assertThat(result.err()).as(bad).contains("--years");
        }
        assertThat(run("--today", "2026-01-01", "bench", "--quick", "--years", "2").exitCode()).isEqualTo(2);
    }

    private static List<Long> numbers(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (\\d+)").matcher(json);
        List<Long> values = new ArrayList<>();
        while (m.find()) {
            values.add(Long.parseLong(m.group(1)));
        }
        return values;
    }
}
