package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs {@code snapfolio} command lines through {@link Main} with today pinned to 2026-01-01, on one
 * embedded database shared by the import end-to-end tests (stopped and removed after the last one)
 * — or, for test classes marked {@link External}, on the MariaDB that SNAPFOLIO_DB_URL names. Each
 * test works in accounts of its own.
 */
final class ImportCli {
    static final String TODAY = "2026-01-01";
    private static final Set<String> PERCENT_COLUMNS = Set.of("realizedPercentage", "unrealizedPercentage",
            "performance");
    private static final Set<String> TEXT_COLUMNS = Set.of("date", "currency", "ticker", "openTrades");

    private final Main main;

    private ImportCli(Map<String, String> environment, Path home) {
        this.main = new Main(environment, home);
    }

    record Result(int exitCode, String out, String err) {
        Result ok() {
            assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
            return this;
        }
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--today", TODAY));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Creates an account with a name no other test (or earlier run on an external database) uses. */
    String newAccount(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        run("account", "create", "--name", name).ok();
        return name;
    }

    Result importFile(String account, Path file, String source, String... more) {
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--account", account, "--source", source));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    List<Map<String, String>> snapshots(String account) {
        return csv(run("snapshots", "--account", account, "--format", "csv").ok().out());
    }

    List<Map<String, String>> tickerSnapshots(String account) {
        return csv(run("snapshots", "--account", account, "--tickers", "--format", "csv").ok().out());
    }

    String movements(String account) {
        return run("movement", "list", "--account", account, "--format", "csv").ok().out();
    }

    static List<Map<String, String>> csv(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> csv(Path file) {
        try {
            return csv(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The actual rows have exactly the expected keys (date and currency, plus ticker for ticker rows)
     * and, in every column of the expected file, the same value: money and quantities to the cent,
     * percentages to 4 decimals, the rest as text.
     */
    static void assertSameRows(List<Map<String, String>> actual, List<Map<String, String>> expected) {
        List<String> keyColumns = expected.isEmpty() || !expected.get(0).containsKey("ticker")
                ? List.of("date", "currency") : List.of("date", "ticker", "currency");
        Map<List<String>, Map<String, String>> byKey = new HashMap<>();
        for (Map<String, String> row : actual) {
            byKey.put(keyColumns.stream().map(row::get).toList(), row);
        }
        assertThat(byKey.keySet()).as("snapshot keys %s", keyColumns)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> keyColumns.stream().map(r::get).toList())
                        .toList());
        assertThat(actual).hasSameSizeAs(expected);
        for (Map<String, String> want : expected) {
            List<String> key = keyColumns.stream().map(want::get).toList();
            Map<String, String> got = byKey.get(key);
            for (Map.Entry<String, String> column : want.entrySet()) {
                String name = column.getKey();
                assertThat(got).as("%s has column %s", key, name).containsKey(name);
                assertThat(normalize(name, got.get(name))).as("%s %s", key, name)
                        .isEqualTo(normalize(name, column.getValue()));
            }
        }
    }

    private static String normalize(String column, String value) {
        if (TEXT_COLUMNS.contains(column) || value == null || value.isEmpty()) {
            return value;
        }
        BigDecimal number = new BigDecimal(value);
        return number.setScale(PERCENT_COLUMNS.contains(column) ? 4 : 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Rows without the columns that name the account (two accounts compared row for row). */
    static List<Map<String, String>> withoutAccount(List<Map<String, String>> rows) {
        return rows.stream().map(r -> {
            Map<String, String> copy = new LinkedHashMap<>(r);
            copy.keySet().removeIf(k -> k.toLowerCase().startsWith("account"));
            return copy;
        }).toList();
    }

    /** Writes the header and the given data lines of a file to a new file. */
    static Path part(Path dir, Path file, int fromRow, int toRow, String name) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> part = new ArrayList<>();
            part.add(lines.get(0));
            part.addAll(lines.subList(1, lines.size()).subList(fromRow, toRow));
            Path target = dir.resolve(name);
            Files.write(target, part);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks a test class that runs on the external MariaDB of SNAPFOLIO_DB_URL instead of the embedded one. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @java.lang.annotation.Inherited
    @interface External {
    }

    private static final List<String> DATABASE_ENV = List.of("SNAPFOLIO_DB_URL", "SNAPFOLIO_DB_USER",
            "SNAPFOLIO_DB_PASSWORD");

    /** Provides the shared instance to test parameters; the database lives for the whole test run. */
    static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ImportCli.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            boolean external = context.getRequiredTestClass().isAnnotationPresent(External.class);
            String key = external ? "external" : "embedded";
            return context.getRoot().getStore(ExtensionContext.Namespace.create(ImportCli.class))
                    .getOrComputeIfAbsent(key, k -> new Server(external), Server.class).cli;
        }
    }

    /** The database home of the run: a temporary SNAPFOLIO_HOME; its embedded server is stopped at the end. */
    static final class Server implements ExtensionContext.Store.CloseableResource {
        private final Path home;
        private final ImportCli cli;

        Server(boolean external) {
            try {
                home = Files.createTempDirectory("snapfolio-import-e2e");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put("SNAPFOLIO_HOME", home.toString());
            environment.remove("SNAPFOLIO_TODAY");
            if (!external) {
                environment.keySet().removeAll(DATABASE_ENV);
            } else if (!environment.containsKey("SNAPFOLIO_DB_URL")) {
                throw new IllegalStateException("SNAPFOLIO_DB_URL is not set");
            }
            cli = new ImportCli(environment, home);
        }

        @Override
        public void close() throws IOException {
            cli.run("db", "stop");
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
