package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Accounts in memory; names are unique like the real unique key. Ids are never reused, also after a rollback. */
public class InMemoryAccountRepository implements AccountRepository {
    private final FakeDatabase db;
    private final TxMap<Long, Account> accounts;
    private final AtomicLong lastId = new AtomicLong();

    public InMemoryAccountRepository(FakeDatabase db) {
        this.db = db;
        this.accounts = new TxMap<>(db);
    }

    @Override
    public Account create(Account draft) {
        return db.statement(() -> {
            if (draft.id() != 0) {
                throw new IllegalArgumentException("a new account has id 0, got " + draft.id());
            }
            if (accounts.view().values().stream().anyMatch(a -> a.name().equals(draft.name()))) {
                throw new ValidationException("name", "'" + draft.name() + "' is already used by another account");
            }
            Account stored = new Account(lastId.incrementAndGet(), draft.name(), draft.broker(), draft.currency());
            accounts.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Account restore(Account account) {
        return db.statement(() -> {
            if (accounts.containsKey(account.id())
                    || accounts.view().values().stream().anyMatch(a -> a.name().equals(account.name()))) {
                throw new ValidationException("name", "'" + account.name() + "' or its id is already used");
            }
            accounts.put(account.id(), account);
            lastId.accumulateAndGet(account.id(), Math::max);
            return account;
        });
    }

    @Override
    public void rename(long id, String newName) {
        db.statement(() -> {
            Account current = accounts.get(id);
            if (current == null) {
                throw new NotFoundException("account #" + id + " not found");
            }
            if (accounts.view().values().stream().anyMatch(a -> a.id() != id && a.name().equals(newName))) {
                throw new ValidationException("name", "'" + newName + "' is already used by another account");
            }
            accounts.put(id, new Account(id, newName, current.broker(), current.currency()));
        });
    }

    @Override
    public Optional<Account> findById(long id) {
        return db.statement(() -> Optional.ofNullable(accounts.get(id)));
    }

    @Override
    public Optional<Account> findByName(String name) {
        return db.statement(() -> accounts.view().values().stream().filter(a -> a.name().equals(name)).findFirst());
    }

    @Override
    public List<Account> findAll() {
        return db.statement(() -> new ArrayList<>(accounts.view().values()));
    }
}
