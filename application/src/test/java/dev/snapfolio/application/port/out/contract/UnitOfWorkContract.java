package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import org.junit.jupiter.api.Test;

/** What every {@link UnitOfWork} does. Implementations start each test with no accounts. */
public abstract class UnitOfWorkContract {
    protected abstract UnitOfWork unitOfWork();

    protected abstract AccountRepository accounts();

    private Account create(String name) {
        return accounts().create(new Account(0, name, null, Currency.USD));
    }

    @Test
    void workThatReturnsIsCommittedAndItsValueReturned() {
        Account created = unitOfWork().inTransaction(() -> create("Main"));

        assertThat(accounts().findById(created.id())).contains(created);
    }

    @Test
    void anExceptionInsideRollsEverythingBackAndIsRethrown() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            create("First");
            create("Second");
            throw boom;
        })).isSameAs(boom);

        assertThat(accounts().findAll()).isEmpty();
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            unitOfWork().run(() -> create("Inner"));
            create("Outer");
            throw new IllegalArgumentException("outer fails after the inner work returned");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(accounts().findAll()).isEmpty();
    }

    @Test
    void workAfterARolledBackTransactionStartsClean() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            create("Lost");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        unitOfWork().run(() -> create("Kept"));

        assertThat(accounts().findAll()).extracting(Account::name).containsExactly("Kept");
    }
}
