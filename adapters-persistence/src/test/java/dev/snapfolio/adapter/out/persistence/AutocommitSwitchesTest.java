package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What goes on the wire, read from the embedded server's general log: a statement outside a
 * transaction runs in autocommit without switching it off and on, while a unit of work still
 * switches its connection to a transaction (so it can roll back) and back once.
 */
class AutocommitSwitchesTest {
    private static final Logger LOG = LoggerFactory.getLogger(AutocommitSwitchesTest.class);
    private final TestDatabase db = TestDatabase.embedded();
    private Connection admin;

    @BeforeEach
    void startTheGeneralLog() throws SQLException {
        db.clean();
        admin = db.dataSource().getConnection(); // held: the pool hands out the others
        try (Statement s = admin.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("SET GLOBAL general_log = 1");
        }
    }

    @AfterEach
    void stopTheGeneralLog() throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("SET GLOBAL general_log = 0");
            s.execute("TRUNCATE TABLE mysql.general_log");
        }
        admin.close();
    }

    @Test
    void readsAndWritesOutsideATransactionSendNoAutocommitSwitch() throws SQLException {
        AccountRepository accounts = db.get(AccountRepository.class);

        Wire wire = onTheWire(() -> {
            long id = accounts.create(new Account(0, "Main", null, Currency.USD)).id();
            for (int i = 0; i < 20; i++) {
                assertThat(accounts.findById(id)).isPresent();
            }
            return null;
        });

        LOG.info("21 statements outside a transaction: {} on the wire, {} of them autocommit switches",
                wire.statements(), wire.switches());
        assertThat(wire.switches()).isZero();
        assertThat(wire.statements()).isEqualTo(21);
    }

    @Test
    void aUnitOfWorkSwitchesToATransactionOnceAndBack() throws SQLException {
        AccountRepository accounts = db.get(AccountRepository.class);
        UnitOfWork uow = db.get(UnitOfWork.class);

        Wire wire = onTheWire(() -> uow.inTransaction(() -> {
            accounts.create(new Account(0, "One", null, Currency.USD));
            accounts.create(new Account(0, "Two", null, Currency.USD));
            return accounts.findAll();
        }));

        LOG.info("a unit of work of 3 statements: {} on the wire, {} autocommit switches", wire.statements(),
                wire.switches());
        assertThat(wire.switches()).isEqualTo(2);
    }

    @Test
    void aRolledBackUnitOfWorkLeavesTheNextStatementsInAutocommit() {
        AccountRepository accounts = db.get(AccountRepository.class);
        UnitOfWork uow = db.get(UnitOfWork.class);

        assertThatThrownBy(() -> uow.run(() -> {
            accounts.create(new Account(0, "Rolled back", null, Currency.USD));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        long id = accounts.create(new Account(0, "Kept", null, Currency.USD)).id();

        // seen by another connection at once: the insert was not left in an open transaction
        assertThat(db.count("account")).isEqualTo(1);
        assertThat(accounts.findById(id)).map(Account::name).contains("Kept");
    }

    private record Wire(long statements, long switches) {
    }

    /** The statements the pool's connections sent while the work ran (the admin connection excluded). */
    private Wire onTheWire(Supplier<?> work) throws SQLException {
        long self;
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            self = rs.getLong(1);
        }
        try (Statement s = admin.createStatement()) {
            s.execute("TRUNCATE TABLE mysql.general_log");
        }
        work.get();
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*), COALESCE(SUM(LOWER(CONVERT(argument USING utf8mb4)) LIKE 'set autocommit%'), 0)"
                        + " FROM mysql.general_log WHERE command_type = 'Query' AND thread_id <> " + self)) {
            rs.next();
            return new Wire(rs.getLong(1), rs.getLong(2));
        }
    }
}
