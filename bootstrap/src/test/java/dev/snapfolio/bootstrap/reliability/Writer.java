package dev.snapfolio.bootstrap.reliability;

import dev.snapfolio.application.port.in.DeleteMovementUseCase.DeleteMovementCommand;
import dev.snapfolio.application.port.in.EditMovementUseCase.EditMovementCommand;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One writer of the concurrency test: records, edits and deletes deposits — on an account every
 * writer shares and on one of its own — and remembers what it left (source key → amount), so the
 * test can tell a lost or duplicated change. Runs as a thread, or as its own process
 * ({@link #main}: the data directory or SNAPFOLIO_DB_URL, names, counts; the result to a file).
 */
final class Writer {
    static final LocalDate TODAY = LocalDate.parse("2026-01-01");

    final Map<String, BigDecimal> expected = new LinkedHashMap<>();
    int recorded;
    int edited;
    int deleted;
    int deferred;

    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Map<String, Long> accountOf = new LinkedHashMap<>();

    /** {@code operations} random changes by writer {@code name}, seeded. A failure reaching here is thrown. */
    Writer run(Snapfolio app, String name, long shared, long own, int operations, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < operations; i++) {
            int choice = random.nextInt(10);
            List<String> mine = new ArrayList<>(ids.keySet());
            if (choice < 5 || mine.isEmpty()) {
                long account = random.nextBoolean() ? shared : own;
                String key = name + "-" + i;
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(10_000), 2);
                Movement movement = Movement.of(account, timestamp(random), Currency.USD, new Deposit(amount))
                        .withSourceKey(key);
                MovementChangeResult result = app.recordMovement().record(new RecordMovementCommand(account, movement));
                count(result);
                ids.put(key, result.movement().id());
                accountOf.put(key, account);
                expected.put(key, amount);
                recorded++;
            } else if (choice < 8) {
                String key = mine.get(random.nextInt(mine.size()));
                long account = accountOf.get(key);
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(10_000), 2);
                Movement replacement = Movement.of(account, timestamp(random), Currency.USD, new Deposit(amount))
                        .withId(ids.get(key)).withSourceKey(key);
                count(app.editMovement().edit(new EditMovementCommand(account, ids.get(key), replacement)));
                expected.put(key, amount);
                edited++;
            } else {
                String key = mine.get(random.nextInt(mine.size()));
                count(app.deleteMovement().delete(new DeleteMovementCommand(accountOf.get(key), ids.get(key))));
                ids.remove(key);
                accountOf.remove(key);
                expected.remove(key);
                deleted++;
            }
        }
        return this;
    }

    private void count(MovementChangeResult result) {
        if (result.outcome().deferred()) {
            deferred++;
        }
        if (result.outcome().failed()) {
            throw new AssertionError("a run failed: " + result.outcome().run().error());
        }
    }

    private static LocalDateTime timestamp(Random random) {
        return TODAY.minusDays(1 + random.nextInt(300)).atTime(9 + random.nextInt(8), random.nextInt(60));
    }

    /** Args: data directory ("-" for SNAPFOLIO_DB_URL), writer name, shared account, own account, operations, seed, result file. */
    public static void main(String[] args) throws IOException {
        Snapfolio.Builder builder = args[0].equals("-") ? Snapfolio.embedded(ConcurrencyTest.externalPool())
                : Snapfolio.embeddedMariaDb(Path.of(args[0])).keepServerRunning(true);
        try (Snapfolio app = builder.today(TODAY).build()) {
            Writer writer = new Writer().run(app, args[1], Long.parseLong(args[2]), Long.parseLong(args[3]),
                    Integer.parseInt(args[4]), Long.parseLong(args[5]));
            List<String> lines = new ArrayList<>();
            lines.add("stats " + writer.recorded + " " + writer.edited + " " + writer.deleted + " " + writer.deferred);
            writer.expected.forEach((key, amount) -> lines.add(key + " " + amount.toPlainString()));
            Files.write(Path.of(args[6]), lines);
        }
        System.exit(0);
    }
}
