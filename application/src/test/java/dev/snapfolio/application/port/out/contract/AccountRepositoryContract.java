package dev.snapfolio.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.ValidationException;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} does. Implementations start each test with no accounts. */
public abstract class AccountRepositoryContract {
    protected abstract AccountRepository accounts();

    @Test
    void createAssignsAnIdAndTheAccountIsFoundByIdAndName() {
        Account created = accounts().create(new Account(0, "Main", "tastytrade", Currency.USD));

        assertThat(created.id()).isPositive();
        assertThat(created).isEqualTo(new Account(created.id(), "Main", "tastytrade", Currency.USD));
        assertThat(accounts().findById(created.id())).contains(created);
        assertThat(accounts().findByName("Main")).contains(created);
    }

    @Test
    void anAccountWithoutBrokerKeepsItEmpty() {
        Account created = accounts().create(new Account(0, "Euro", null, Currency.EUR));

        assertThat(accounts().findById(created.id())).hasValueSatisfying(a -> {
            assertThat(a.broker()).isNull();
            assertThat(a.currency()).isEqualTo(Currency.EUR);
        });
    }

    @Test
    void aSecondAccountWithTheSameNameIsRejected() {
        accounts().create(new Account(0, "Main", null, Currency.USD));

        assertThatThrownBy(() -> accounts().create(new Account(0, "Main", "other", Currency.EUR)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Main");
        assertThat(accounts().findAll()).hasSize(1);
    }

    @Test
    void findAllListsAccountsInCreationOrder() {
        Account b = accounts().create(new Account(0, "Beta", null, Currency.USD));
        Account a = accounts().create(new Account(0, "Alpha", null, Currency.USD));

        assertThat(accounts().findAll()).containsExactly(b, a);
        assertThat(a.id()).isGreaterThan(b.id());
    }

    @Test
    void unknownIdsAndNamesFindNothing() {
        accounts().create(new Account(0, "Main", null, Currency.USD));

        assertThat(accounts().findById(987_654)).isEmpty();
        assertThat(accounts().findByName("main account")).isEmpty();
    }

    @Test
    void renameChangesTheNameAndKeepsTheId() {
        Account created = accounts().create(new Account(0, "Main", "tastytrade", Currency.USD));

        accounts().rename(created.id(), "Savings");

        assertThat(accounts().findById(created.id())).contains(new Account(created.id(), "Savings", "tastytrade",
                Currency.USD));
        assertThat(accounts().findByName("Main")).isEmpty();
    }

    @Test
    void renameToANameInUseIsRejectedAndChangesNothing() {
        Account main = accounts().create(new Account(0, "Main", null, Currency.USD));
        accounts().create(new Account(0, "Other", null, Currency.USD));

        assertThatThrownBy(() -> accounts().rename(main.id(), "Other"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Other");
        assertThat(accounts().findById(main.id())).contains(main);
    }

    @Test
    void restoreKeepsTheGivenIdAndLaterAccountsGetHigherIds() {
        Account restored = accounts().restore(new Account(41, "Restored", "b", Currency.EUR));
        Account created = accounts().create(new Account(0, "New", null, Currency.USD));

        assertThat(accounts().findById(41)).contains(restored);
        assertThat(created.id()).isGreaterThan(41);
    }
}
