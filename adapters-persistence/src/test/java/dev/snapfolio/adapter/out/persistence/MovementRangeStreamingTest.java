package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The movement range loads stream their rows (a fetch size), and the connection stays usable after one. */
class MovementRangeStreamingTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private final TestDatabase db = TestDatabase.embedded();

    @BeforeEach
    void emptyTables() {
        db.clean();
    }

    @Test
    void theRangeLoadsHaveAFetchSize() {
        Configuration configuration = db.get(SqlSessionFactory.class).getConfiguration();

        for (String load : List.of("findFrom", "findByAccount")) {
            assertThat(configuration.getMappedStatement(MovementMapper.class.getName() + "." + load).getFetchSize())
                    .as(load).isPositive();
        }
    }

    @Test
    void aStreamedLoadLeavesTheTransactionsConnectionUsable() {
        long account = db.get(AccountRepository.class).create(new Account(0, "Streamed", null, Currency.USD)).id();
        MovementRepository movements = db.get(MovementRepository.class);
        List<Movement> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(Movement.of(account, DAY.plusDays(i % 50).atTime(9, 0).plusSeconds(i), Currency.USD,
                    new Deposit(Decimals.money(i + 1))));
        }
        db.get(UnitOfWork.class).run(() -> movements.insertAll(many));

        List<Integer> sizes = db.get(UnitOfWork.class).inTransaction(() -> {
            List<Movement> all = movements.findFrom(account, DAY);
            List<Movement> firstDay = movements.findOn(account, DAY);
            movements.insert(Movement.of(account, DAY.atTime(18, 0), Currency.USD, new Deposit(Decimals.money(7))));
            return List.of(all.size(), firstDay.size(), movements.findByAccount(account).size());
        });

        assertThat(sizes).containsExactly(2_500, 50, 2_501);
    }
}
