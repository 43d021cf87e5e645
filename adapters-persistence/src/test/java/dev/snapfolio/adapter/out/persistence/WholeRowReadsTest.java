package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.reflection.factory.ObjectFactory;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Movements, prices and splits are read from their rows by type handlers, without MyBatis's
 * constructor mapping (no row object built through the object factory).
 */
class WholeRowReadsTest {
    private static final Ticker AAPL = Ticker.of("AAPL");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private final TestDatabase db = TestDatabase.embedded();

    /** Counts the objects the result handlers build, collections aside. */
    static final class CountingFactory extends CachingObjectFactory {
        private static final long serialVersionUID = 1L;
        final List<Class<?>> built = new ArrayList<>();

        @Override
        public <T> T create(Class<T> type, List<Class<?>> argTypes, List<Object> args) {
            if (!Collection.class.isAssignableFrom(type)) {
                built.add(type);
            }
            return super.create(type, argTypes, args);
        }
    }

    @BeforeEach
    void emptyTables() {
        db.clean();
    }

    @Test
    void movementsPricesAndSplitsAreReadWithoutBuildingRowObjects() {
        long account = db.get(AccountRepository.class).create(new Account(0, "Rows", null, Currency.USD)).id();
        MovementRepository movements = db.get(MovementRepository.class);
        ReferenceDataRepository referenceData = db.get(ReferenceDataRepository.class);
        db.get(UnitOfWork.class).run(() -> {
            movements.insertAll(List.of(
                    Movement.of(account, DAY.atTime(9, 0), Currency.USD, new Deposit(Decimals.money(1000))),
                    Movement.of(account, DAY.atTime(10, 0), Currency.USD,
                            new Trade(AAPL, Side.BUY, Decimals.quantity("2"), new BigDecimal("150.25"), null, null))));
            referenceData.savePrices(List.of(new Price(AAPL, Currency.USD, DAY, new BigDecimal("151.5"))));
            referenceData.saveSplits(List.of(new Split(AAPL, DAY.plusDays(1), new BigDecimal("4"))));
        });
        Configuration configuration = db.get(SqlSessionFactory.class).getConfiguration();
        ObjectFactory configured = configuration.getObjectFactory();
        CountingFactory counting = new CountingFactory();
        List<Movement> read;
        ReferenceData refs;
        configuration.setObjectFactory(counting);
        try {
            read = movements.findFrom(account, DAY);
            refs = referenceData.loadForAccount(account, DAY, DAY.plusDays(3));
        } finally {
            configuration.setObjectFactory(configured);
        }

        assertThat(read).extracting(Movement::kind).extracting(Enum::name).containsExactly("DEPOSIT", "TRADE");
        assertThat(refs.latestPrice(AAPL, Currency.USD, DAY)).map(Price::close)
                .hasValueSatisfying(close -> assertThat(close).isEqualByComparingTo("151.5"));
        assertThat(refs.nextSplitDate(List.of(AAPL), DAY)).contains(DAY.plusDays(1));
        assertThat(counting.built).isEmpty();
    }

    @Test
    void aDomainValueIsNeverBoundAsAParameter() {
        RowReaders.MovementReader reader = new RowReaders.MovementReader();

        assertThatThrownBy(() -> reader.setParameter(null, 1, null, null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
