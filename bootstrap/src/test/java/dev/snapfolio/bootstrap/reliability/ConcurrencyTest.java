package dev.snapfolio.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * 8 threads of this JVM and 2 separate processes record, edit and delete movements on one shared
 * account and on an account each, all at once, on one shared embedded data directory (or on
 * SNAPFOLIO_DB_URL's server when set). No change is lost or duplicated (the stored movements are
 * exactly what the writers say they left), no failure or deadlock reaches a writer, runs deferred
 * by lock contention are completed by one refresh, and then every stored row equals a full
 * recompute ({@code verify} finds no difference). {@code -Dsoak.operations=N} sets each writer's
 * operations (default 150 per thread, 400 per process: 2,000 in all).
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PROCESSES = 2;
    private static final int THREAD_OPERATIONS = Integer.getInteger("soak.operations", 150);
    private static final int PROCESS_OPERATIONS = Integer.getInteger("soak.operations", 150) * 8 / 3;

    static DataSource externalPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv("SNAPFOLIO_DB_URL").replace("jdbc:mysql:", "jdbc:mariadb:"));
        config.setUsername(System.getenv().getOrDefault("SNAPFOLIO_DB_USER", "root"));
        config.setPassword(System.getenv().getOrDefault("SNAPFOLIO_DB_PASSWORD", ""));
        config.setMaximumPoolSize(16);
        return new HikariDataSource(config);
    }

    private static boolean external() {
        String url = System.getenv("SNAPFOLIO_DB_URL");
        return url != null && !url.isBlank();
    }

    @Test
    void threadsAndProcessesChangingTheSameAndOtherAccountsLoseNothingAndLeaveRowsEqualToARecompute()
            throws Exception {
        Cli cli = Cli.onFreshHome("snapfolio-concurrency-");
        Path dataDir = Database.dataDir(cli);
        Snapfolio.Builder builder = external() ? Snapfolio.embedded(externalPool())
                : Snapfolio.embeddedMariaDb(dataDir).keepServerRunning(true);
        try (Snapfolio app = builder.today(Writer.TODAY).build()) {
            String run = Long.toHexString(System.nanoTime());
            long shared = app.createAccount().create(new CreateAccountCommand("shared-" + run, null, Currency.USD)).id();
            List<Long> own = new ArrayList<>();
            for (int i = 0; i < THREADS + PROCESSES; i++) {
                own.add(app.createAccount().create(new CreateAccountCommand("own-" + run + "-" + i, null, Currency.USD))
                        .id());
            }

            List<Process> processes = new ArrayList<>();
            List<Path> results = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                Path result = cli.home().resolve("writer-" + p + ".txt");
                results.add(result);
                processes.add(startWriter(cli, external() ? "-" : dataDir.toString(), "p" + p + "-" + run, shared,
                        own.get(THREADS + p), PROCESS_OPERATIONS, 1000 + p, result));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Writer>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int n = t;
                threads.add(pool.submit(() -> new Writer().run(app, "t" + n + "-" + run, shared, own.get(n),
                        THREAD_OPERATIONS, n)));
            }

            Map<String, BigDecimal> expected = new HashMap<>();
            int operations = 0;
            int deferred = 0;
            for (Future<Writer> future : threads) {
                Writer writer = future.get(15, TimeUnit.MINUTES);
                writer.expected.forEach((key, amount) -> expected.put(key, amount.stripTrailingZeros()));
                operations += writer.recorded + writer.edited + writer.deleted;
                deferred += writer.deferred;
            }
            pool.shutdown();
            for (int p = 0; p < PROCESSES; p++) {
                Process process = processes.get(p);
                assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("writer process %d ended", p).isTrue();
                assertThat(process.exitValue()).as("writer process %d: %s", p,
                        Files.readString(cli.home().resolve("child.err"))).isZero();
                List<String> lines = Files.readAllLines(results.get(p));
                String[] stats = lines.get(0).split(" ");
                operations += Integer.parseInt(stats[1]) + Integer.parseInt(stats[2]) + Integer.parseInt(stats[3]);
                deferred += Integer.parseInt(stats[4]);
                for (String line : lines.subList(1, lines.size())) {
                    String[] parts = line.split(" ");
                    expected.put(parts[0], new BigDecimal(parts[1]).stripTrailingZeros());
                }
            }

            Map<String, BigDecimal> stored = new HashMap<>();
            List<Long> accounts = new ArrayList<>(own);
            accounts.add(shared);
            for (long account : accounts) {
                for (Movement m : app.movements().list(account, null, null)) {
                    BigDecimal previous = stored.put(m.sourceKey(),
                            ((dev.snapfolio.domain.movement.Deposit) m.detail()).amount().stripTrailingZeros());
                    assertThat(previous).as("movement %s stored twice", m.sourceKey()).isNull();
                }
            }
            assertThat(stored).as("stored movements = what the writers left").isEqualTo(expected);

            app.refresh().refresh();
            for (long account : accounts) {
                assertThat(app.verify().verify(new VerifyCommand(OptionalLong.of(account), false)).differences())
                        .as("account #%d equals a full recompute", account).isEmpty();
            }
            System.out.printf("concurrency: %d operations by %d threads and %d processes, %d runs deferred and"
                    + " completed by refresh, %d movements kept, none lost%n", operations, THREADS, PROCESSES,
                    deferred, stored.size());
            assertThat(operations).isEqualTo(THREADS * THREAD_OPERATIONS + PROCESSES * PROCESS_OPERATIONS);
        } finally {
            cli.close();
            Cli.deleteTree(cli.home());
        }
    }

    private static Process startWriter(Cli cli, String dataDir, String name, long shared, long own, int operations,
            long seed, Path result) {
        return cli.startMain(Writer.class.getName(), dataDir, name, Long.toString(shared), Long.toString(own),
                Integer.toString(operations), Long.toString(seed), result.toString());
    }
}
