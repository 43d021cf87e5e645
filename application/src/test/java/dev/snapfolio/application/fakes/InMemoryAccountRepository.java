package dev.snapfolio.application.fakes;

import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.domain.account.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Accounts in memory; names are unique like the real unique key. */
public class InMemoryAccountRepository implements AccountRepository, FakeDatabase.Participant {
    private final FakeDatabase db;
    private TreeMap<Long, Account> accounts = new TreeMap<>();
    private long lastId;

    public InMemoryAccountRepository(FakeDatabase db) {
        this.db = db;
        db.register(this);
    }

    @Override
    public Account create(Account draft) {
        return db.statement(() -> {
            if (draft.id() != 0) {
                throw new IllegalArgumentException("a new account has id 0, got " + draft.id());
            }
            if (accounts.values().stream().anyMatch(a -> a.name().equals(draft.name()))) {
                throw new IllegalStateException("duplicate account name '" + draft.name() + "'");
            }
            Account stored = new Account(++lastId, draft.name(), draft.broker(), draft.currency());
            accounts.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Optional<Account> findById(long id) {
        return db.statement(() -> Optional.ofNullable(accounts.get(id)));
    }

    @Override
    public Optional<Account> findByName(String name) {
        return db.statement(() -> accounts.values().stream().filter(a -> a.name().equals(name)).findFirst());
    }

    @Override
    public List<Account> findAll() {
        return db.statement(() -> new ArrayList<>(accounts.values()));
    }

    private record Data(TreeMap<Long, Account> accounts, long lastId) {
    }

    @Override
    public Object snapshot() {
        return new Data(new TreeMap<>(accounts), lastId);
    }

    @Override
    public void restore(Object snapshot) {
        Data data = (Data) snapshot;
        accounts = new TreeMap<>(data.accounts());
        lastId = data.lastId();
    }
}
