package dev.snapfolio.bootstrap.embedding;

import static dev.snapfolio.domain.money.Currency.USD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The example of docs/EMBEDDING.md, run as written on an application's own pool: on a fresh
 * database of the embedded MariaDB always, and of the external one when SNAPFOLIO_DB_URL is set.
 * The document shows the lines between the markers below, character for character (checked here).
 */
class EmbeddingExampleTest {
    private static final String START = "// example:start";
    private static final String END = "// example:end";
    private static final Path SOURCE = Path.of("src/test/java/dev/snapfolio/bootstrap/embedding/EmbeddingExampleTest.java");

    @Test
    void theExampleRunsOnTheEmbeddedMariaDb() {
        try (ApplicationPool application = ApplicationPool.onEmbeddedServer()) {
            runTheExampleOn(application.dataSource());
            assertThat(application.isOpen()).as("the application's pool outlives Snapfolio").isTrue();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SNAPFOLIO_DB_URL", matches = ".+")
    void theExampleRunsOnTheExternalMariaDb() {
        Optional<ApplicationPool> external = ApplicationPool.onExternalServer();
        assertThat(external).as("SNAPFOLIO_DB_URL is set").isPresent();
        try (ApplicationPool application = external.get()) {
            runTheExampleOn(application.dataSource());
        }
    }

    private void runTheExampleOn(DataSource dataSource) {
        // example:start
        Snapfolio snapfolio = Snapfolio.embedded(dataSource).today(LocalDate.parse("2024-12-31")).build();
        long id = snapfolio.createAccount().create(new CreateAccountCommand("main", "Tastytrade", USD)).id();

        // one movement at a time: each call stores it and brings the snapshots up to date
        snapfolio.recordMovement().record(new RecordMovementCommand(id, Movement.of(id,
                LocalDateTime.parse("2024-01-02T09:00"), USD, new Deposit(new BigDecimal("10000")))));
        snapfolio.recordMovement().record(new RecordMovementCommand(id, Movement.of(id,
                LocalDateTime.parse("2024-01-03T10:00"), USD, new Trade(Ticker.of("AAPL"), Side.BUY,
                        new BigDecimal("10"), new BigDecimal("100"), new BigDecimal("1"), null))));

        // several as one unit, all or nothing; a row whose source key is already stored is skipped
        ImportResult imported = snapfolio.importMovements().importMovements(new ImportMovementsCommand(id, "orders",
                List.of(new ImportRow(Movement.of(id, LocalDateTime.parse("2024-02-01T10:00"), USD,
                                new Trade(Ticker.of("AAPL"), Side.SELL, new BigDecimal("4"), new BigDecimal("120"),
                                        new BigDecimal("1"), null)).withSourceKey("order-7"), "orders:1"),
                        new ImportRow(Movement.of(id, LocalDateTime.parse("2024-03-01T00:00"), USD,
                                new Dividend(Ticker.of("AAPL"), new BigDecimal("2.40"))).withSourceKey("div-3"),
                                "orders:2")), false));

        // the stored snapshots: one row per date and currency, oldest first
        List<FinancialSnapshot> history = snapfolio.snapshots().financials(id, null, null, USD);
        FinancialSnapshot latest = history.get(history.size() - 1);

        // later edits per date; then the whole history again, in one batch
        ProcessingSettings settings = snapfolio.processingControl().update(
                new UpdateProcessingCommand(null, Map.of(Trigger.EDIT, Strategy.PER_DATE), null, null, null));
        ProcessingOutcome rebuilt = snapfolio.recompute().recompute(new RecomputeCommand(id, null, Strategy.BATCH));

        snapfolio.close(); // when the application stops
        // example:end

        assertThat(imported.added()).isEqualTo(2);
        assertThat(history).extracting(FinancialSnapshot::date).containsExactly(LocalDate.parse("2024-01-02"),
                LocalDate.parse("2024-01-03"), LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-01"));
        assertThat(latest.movementCount()).isEqualTo(4);
        assertThat(latest.deposited()).isEqualByComparingTo("10000");
        assertThat(latest.commissions()).isEqualByComparingTo("2");
        assertThat(latest.dividendsReceived()).isEqualByComparingTo("2.40");
        // 4 of 10 shares bought for 1 001 (commission included) sold for 480 − 1: 479 − 400.40
        assertThat(latest.realizedGains()).isEqualByComparingTo("78.60");
        assertThat(latest.invested()).isEqualByComparingTo("600.60");
        assertThat(latest.netCashFlow()).isEqualByComparingTo("10000.40");
        assertThat(settings.strategy(Trigger.EDIT)).isEqualTo(Strategy.PER_DATE);
        assertThat(rebuilt.run().used()).isEqualTo(Strategy.BATCH);
        assertThat(rebuilt.run().status()).isEqualTo(RunStatus.SUCCEEDED);

        // a later Snapfolio on the same pool finds the rows the batch rewrote unchanged, and edits per date
        try (Snapfolio again = Snapfolio.embedded(dataSource).today(LocalDate.parse("2024-12-31")).build()) {
            assertThat(again.snapshots().financials(id, null, null, USD)).isEqualTo(history);
            assertThat(again.importMovements().importMovements(new ImportMovementsCommand(id, "orders",
                    List.of(new ImportRow(Movement.of(id, LocalDateTime.parse("2024-03-01T00:00"), USD,
                            new Dividend(Ticker.of("AAPL"), new BigDecimal("2.40"))).withSourceKey("div-3"),
                            "orders:2")), false)).duplicates()).isEqualTo(1);
            MovementChangeResult edit = again.recordMovement().record(new RecordMovementCommand(id, Movement.of(id,
                    LocalDateTime.parse("2024-03-04T09:00"), USD, new Deposit(new BigDecimal("500")))));
            assertThat(edit.outcome().run().used()).isEqualTo(Strategy.PER_DATE);
            assertThat(again.snapshots().financials(id, LocalDate.parse("2024-03-04"), null, USD))
                    .singleElement().extracting(FinancialSnapshot::deposited)
                    .satisfies(deposited -> assertThat(deposited).isEqualByComparingTo("10500"));
        }
    }

    @Test
    void theDocumentShowsTheExampleAsItIsTested() throws IOException {
        List<String> tested = between(Files.readAllLines(SOURCE), START, END);
        List<String> documented = fencedBlockAfter(Files.readAllLines(document()),
                "<!-- the example: EmbeddingExampleTest -->");

        assertThat(documented).as("docs/EMBEDDING.md against EmbeddingExampleTest").isEqualTo(tested);
        assertThat(tested).as("the example stays within 30 lines").hasSizeLessThanOrEqualTo(30);
    }

    /** The marked lines of the test, without the indentation of the method body. */
    private static List<String> between(List<String> lines, String start, String end) {
        int from = indexOf(lines, start) + 1;
        int to = indexOf(lines, end);
        String indent = lines.get(from).substring(0, lines.get(from).indexOf(lines.get(from).trim()));
        List<String> marked = new ArrayList<>();
        for (String line : lines.subList(from, to)) {
            marked.add(line.startsWith(indent) ? line.substring(indent.length()) : line.trim());
        }
        return marked;
    }

    private static List<String> fencedBlockAfter(List<String> lines, String marker) {
        int fence = indexOf(lines, marker) + 1;
        assertThat(lines.get(fence)).as("a ```java block right after the marker").isEqualTo("```java");
        int close = fence + 1;
        while (!lines.get(close).equals("```")) {
            close++;
        }
        return lines.subList(fence + 1, close);
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + marker + "'");
    }

    /** docs/EMBEDDING.md of the repository this module belongs to. */
    private static Path document() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/EMBEDDING.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a docs/EMBEDDING.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("docs/EMBEDDING.md");
    }
}
