package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every listing through Main with --format json and --format csv, parsed (Jackson, commons-csv):
 * JSON is always an array of objects ({@code []} when there is nothing), CSV always has its header
 * (alone when there is nothing), and both carry the same columns and rows. Changes print what
 * they created, with its id, in the format asked for — also with --quiet.
 */
class ListingFormatsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SnapfolioRunner snapfolio = new SnapfolioRunner();

    @TempDir
    Path dir;

    /** Listings of an account with nothing in it (and of tickers nobody trades). */
    private static List<List<String>> emptyListings(String account, String ticker) {
        return List.of(
                List.of("movement", "list", "-a", account),
                List.of("price", "list", "--ticker", ticker),
                List.of("split", "list", "--ticker", ticker),
                List.of("runs", "-a", account),
                List.of("import", "list", "-a", account),
                List.of("snapshots", "-a", account),
                List.of("snapshots", "-a", account, "--tickers"),
                List.of("snapshots", "-a", account, "--ticker", ticker),
                List.of("snapshot", "-a", account, "--at", "2024-06-30"),
                List.of("snapshot", "-a", account, "--at", "2024-06-30", "--tickers"),
                List.of("holdings", "-a", account, "--at", "2024-06-30"),
                List.of("summary", "-a", account, "--at", "2024-06-30"),
                List.of("verify", "-a", account));
    }

    /** Listings with rows, after the generic fixture was imported into {@code account}. */
    private static List<List<String>> fullListings(String account, String ticker) {
        return List.of(
                List.of("account", "list"),
                List.of("movement", "list", "-a", account),
                List.of("price", "list", "--ticker", ticker),
                List.of("split", "list", "--ticker", ticker),
                List.of("runs", "-a", account),
                List.of("metrics"),
                List.of("processing", "show"),
                List.of("batch-mode", "status"),
                List.of("db", "status"),
                List.of("import", "list", "-a", account),
                List.of("snapshots", "-a", account),
                List.of("snapshots", "-a", account, "--tickers"),
                List.of("snapshots", "-a", account, "--ticker", ticker, "--last", "2"),
                List.of("snapshot", "-a", account, "--at", "2024-06-30"),
                List.of("snapshot", "-a", account, "--at", "2024-01-20", "--tickers"),
                List.of("holdings", "-a", account, "--at", "2024-02-01"),
                List.of("summary", "-a", account, "--at", "2024-06-30"));
    }

    @Test
    void everyListingIsAnEmptyArrayOrAHeaderOnlyCsvWhenThereIsNothing() {
        String account = SnapfolioRunner.uniqueName("formats-empty");
        ok(snapfolio.run("account", "create", "--name", account));
        String ticker = "NONE" + account.substring(account.length() - 6).toUpperCase();
        for (List<String> listing : emptyListings(account, ticker)) {
            List<JsonNode> json = json(listing);
            assertThat(json).as("%s --format json", listing).isEmpty();
            Csv csv = csv(listing);
            assertThat(csv.header()).as("%s --format csv: a header", listing).isNotEmpty();
            assertThat(csv.rows()).as("%s --format csv: no rows", listing).isEmpty();
        }
    }

    @Test
    void everyListingWithRowsGivesTheSameColumnsAndRowsInJsonAndCsv() throws IOException {
        String account = SnapfolioRunner.uniqueName("formats");
        ok(snapfolio.run("account", "create", "--name", account));
        String suffix = "F" + account.substring(account.length() - 5).toUpperCase();
        ok(snapfolio.run("import", suffixed("stocks-and-events.movements.csv", suffix).toString(), "-a", account,
                "--source", "generic"));
        ok(snapfolio.run("price", "import", suffixed("stocks-and-events.prices.csv", suffix).toString()));
        ok(snapfolio.run("split", "import", suffixed("stocks-and-events.splits.csv", suffix).toString()));
        ok(snapfolio.run("refresh"));
        ok(snapfolio.run("recompute", "-a", account));

        for (List<String> listing : fullListings(account, "AAPL" + suffix)) {
            List<JsonNode> json = json(listing);
            Csv csv = csv(listing);
            assertThat(json).as("%s --format json", listing).isNotEmpty();
            assertThat(csv.rows()).as("%s: as many CSV rows as JSON objects", listing).hasSize(json.size());
            assertThat(fieldNames(json.get(0))).as("%s: JSON keys = CSV header", listing).isEqualTo(csv.header());
        }
    }

    @Test
    void changesPrintWhatTheyCreatedWithItsIdInTheFormatAskedForAlsoWhenQuiet() {
        String account = SnapfolioRunner.uniqueName("formats-changes");
        List<JsonNode> created = json(List.of("account", "create", "--name", account, "--quiet"));
        assertThat(created).singleElement().satisfies(a -> {
            assertThat(a.get("id").asLong()).isPositive();
            assertThat(a.get("name").asText()).isEqualTo(account);
        });

        List<JsonNode> added = json(List.of("movement", "add", "-a", account, "--kind", "DEPOSIT", "--date",
                "2024-01-02", "--amount", "100", "--quiet"));
        assertThat(added).singleElement().satisfies(m -> assertThat(m.get("id").asLong()).isPositive());
        long id = added.get(0).get("id").asLong();

        Csv edited = csv(List.of("movement", "edit", String.valueOf(id), "-a", account, "--amount", "150"));
        assertThat(edited.rows()).singleElement().satisfies(r -> {
            assertThat(r.get("id")).isEqualTo(String.valueOf(id));
            assertThat(r.get("amount")).startsWith("150");
        });
        Run plain = snapfolio.run("movement", "add", "-a", account, "--kind", "FEE", "--date", "2024-01-03",
                "--amount", "1");
        assertThat(plain.out()).as("one plain line, no engine details").hasLineCount(1).startsWith("recorded movement #")
                .doesNotContain("queries").doesNotContain("PER_DATE").doesNotContain("BATCH");
        assertThat(snapfolio.run("movement", "add", "-a", account, "--kind", "FEE", "--date", "2024-01-04",
                "--amount", "1", "--quiet").out()).isEmpty();

        String ticker = "Q" + account.substring(account.length() - 6).toUpperCase();
        assertThat(json(List.of("price", "add", "--ticker", ticker, "--date", "2024-01-02", "--close", "10")))
                .singleElement().satisfies(p -> assertThat(p.get("ticker").asText()).isEqualTo(ticker));
        assertThat(json(List.of("split", "add", "--ticker", ticker, "--date", "2024-01-05", "--ratio", "3:2")))
                .singleElement().satisfies(s -> assertThat(s.get("ratio").asText()).isEqualTo("3:2"));
        assertThat(json(List.of("movement", "delete", String.valueOf(id), "-a", account)))
                .singleElement().satisfies(m -> assertThat(m.get("id").asLong()).isEqualTo(id));
    }

    @Test
    void anImportPrintsItsIdInTheFormatAskedFor() {
        String account = SnapfolioRunner.uniqueName("formats-import");
        ok(snapfolio.run("account", "create", "--name", account));
        Csv imported = csv(List.of("import", Fixtures.file("tastytrade/TastytradeDeposits.csv").toString(), "-a",
                account, "--source", "tastytrade"));
        assertThat(imported.rows()).singleElement().satisfies(r -> {
            assertThat(Long.parseLong(r.get("id"))).isPositive();
            assertThat(Integer.parseInt(r.get("added"))).isPositive();
        });
        List<JsonNode> listed = json(List.of("import", "list", "-a", account));
        assertThat(listed).singleElement().satisfies(b -> assertThat(b.get("id").asText())
                .isEqualTo(imported.rows().get(0).get("id")));
    }

    // ---------------------------------------------------------------------------------------------

    private List<JsonNode> json(List<String> line) {
        Run run = ok(snapfolio.run(Stream.concat(line.stream(), Stream.of("--format", "json")).toArray(String[]::new)));
        try {
            JsonNode node = JSON.readTree(run.out());
            assertThat(node).as("%s --format json: %s", line, run.out()).isNotNull();
            assertThat(node.isArray()).as("%s --format json is an array: %s", line, run.out()).isTrue();
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> {
                assertThat(item.isObject()).as("%s: an array of objects", line).isTrue();
                items.add(item);
            });
            return items;
        } catch (IOException e) {
            throw new AssertionError(line + " --format json is not JSON: " + run.out(), e);
        }
    }

    record Csv(List<String> header, List<CSVRecord> rows) {
    }

    private Csv csv(List<String> line) {
        Run run = ok(snapfolio.run(Stream.concat(line.stream(), Stream.of("--format", "csv")).toArray(String[]::new)));
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(run.out()))) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        } catch (IOException | IllegalArgumentException e) {
            throw new AssertionError(line + " --format csv is not CSV: " + run.out(), e);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private Path suffixed(String name, String suffix) throws IOException {
        String text = Files.readString(Fixtures.file("generic/" + name));
        for (String t : List.of("AAPL", "MSFT", "SAP")) {
            text = text.replace("," + t + ",", "," + t + suffix + ",").replace("," + t + "\n", "," + t + suffix + "\n");
        }
        Path target = dir.resolve(name);
        Files.writeString(target, text);
        return target;
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }
}
