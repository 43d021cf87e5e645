package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Currency;

public interface CreateAccountUseCase {
    /** Creates an account; a duplicate name is rejected with a ValidationException on "name". */
    Account create(CreateAccountCommand command);

    record CreateAccountCommand(String name, String broker, Currency currency) {
        public CreateAccountCommand {
            Checks.required("name", name);
            currency = currency == null ? Currency.USD : currency;
            new Account(0, name, broker, currency); // validates the fields the same way an account does
        }
    }
}
