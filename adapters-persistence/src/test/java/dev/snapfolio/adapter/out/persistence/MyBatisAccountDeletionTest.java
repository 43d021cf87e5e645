package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.in.ImportBatch;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountDeletion;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.ImportBatchRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Deleting an account removes its rows from every per-account table, and only its rows. */
@OnEveryDatabase
class MyBatisAccountDeletionTest {
    private static final List<String> TABLES = List.of("movement", "import_batch", "financial_snapshot",
            "ticker_snapshot", "account_state", "run_log", "dirty_mark", "account");

    @Parameter
    OnEveryDatabase.Server server;

    /** An account with a row in every per-account table (snapshot rows written with plain SQL). */
    private long fill(String name) {
        long id = server.get(AccountRepository.class).create(new Account(0, name, null, Currency.USD)).id();
        List<Movement> stored = server.get(MovementRepository.class).insertAll(List.of(Movement.of(id,
                LocalDateTime.of(2024, 1, 2, 9, 0), Currency.USD, new Deposit(new BigDecimal("100")))));
        server.get(ImportBatchRepository.class).record(new ImportBatch(0, id, "generic", "a.csv", null, Instant.now(), 1),
                stored.stream().map(Movement::id).toList());
        server.get(DirtyMarkRepository.class).markDirty(id, LocalDate.of(2024, 1, 2));
        sql("INSERT INTO financial_snapshot VALUES (" + id + ", '2024-01-02', 'USD', 1" + ", 0".repeat(12)
                + ", FALSE, 0, 0, 0)");
        sql("INSERT INTO ticker_snapshot VALUES (" + id + ", '2024-01-02', 'AAPL', 'USD'" + ", 0".repeat(12)
                + ", NULL, 0, 0, FALSE)");
        sql("INSERT INTO account_state VALUES (" + id + ", '2024-01-02', '{}')");
        sql("INSERT INTO run_log (account_id, run_trigger, requested, used, dates, movements, load_ms, calc_ms, "
                + "persist_ms, total_ms, queries, status, started_at) VALUES (" + id
                + ", 'EDIT', 'BATCH', 'BATCH', 1, 1, 0, 0, 0, 0, 0, 'SUCCESS', NOW())");
        return id;
    }

    private void sql(String statement) {
        try (Connection c = server.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> counts() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, server.database().count(t)));
        return counts;
    }

    @Test
    void deleteRemovesTheAccountsRowsFromEveryTableAndKeepsTheOthers() {
        fill("Kept");
        Map<String, Long> one = counts();
        long doomed = fill("Doomed");
        assertThat(counts().values()).allMatch(n -> n == 2);

        int movements = server.get(UnitOfWork.class).inTransaction(
                () -> server.get(AccountDeletion.class).deleteWithAllData(doomed));

        assertThat(movements).isEqualTo(1);
        assertThat(counts()).isEqualTo(one);
        assertThat(server.get(AccountRepository.class).findById(doomed)).isEmpty();
    }

    @Test
    void deletingAnUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> server.get(AccountDeletion.class).deleteWithAllData(987_654))
                .isInstanceOf(NotFoundException.class);
    }
}
