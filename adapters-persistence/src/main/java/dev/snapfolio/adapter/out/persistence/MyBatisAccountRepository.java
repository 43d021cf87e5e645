package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.ValidationException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;

class MyBatisAccountRepository implements AccountRepository {
    private final AccountMapper mapper;

    @Inject
    MyBatisAccountRepository(AccountMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Account create(Account draft) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insert(AccountRow.from(draft), key);
        } catch (PersistenceException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ValidationException("name", "'" + draft.name() + "' is already used by another account");
            }
            throw e;
        }
        return new Account(key.getId(), draft.name(), draft.broker(), draft.currency());
    }

    @Override
    public Account restore(Account account) {
        try {
            mapper.insertWithId(AccountRow.from(account));
        } catch (PersistenceException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ValidationException("name", "'" + account.name() + "' or id " + account.id()
                        + " is already used by another account");
            }
            throw e;
        }
        return account;
    }

    @Override
    public void rename(long id, String newName) {
        int updated;
        try {
            updated = mapper.rename(id, newName);
        } catch (PersistenceException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new ValidationException("name", "'" + newName + "' is already used by another account");
            }
            throw e;
        }
        if (updated == 0) {
            throw new NotFoundException("account #" + id + " not found");
        }
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(mapper.findById(id)).map(AccountRow::toDomain);
    }

    @Override
    public Optional<Account> findByName(String name) {
        return Optional.ofNullable(mapper.findByName(name)).map(AccountRow::toDomain);
    }

    @Override
    public List<Account> findAll() {
        return mapper.findAll().stream().map(AccountRow::toDomain).toList();
    }
}
