package dev.snapfolio.application.port.in;

import dev.snapfolio.domain.account.Account;
import java.util.List;

public interface AccountQueries {
    List<Account> list();

    /** Finds an account by its name, or by its id when {@code nameOrId} is all digits; NotFoundException otherwise. */
    Account resolve(String nameOrId);
}
