package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.exceptions.PersistenceException;

class MyBatisMovementRepository implements MovementRepository {
    /** Source keys per IN list: keeps statements well below the server's packet limit. */
    private static final int KEYS_PER_QUERY = 1000;

    private final MovementMapper mapper;
    private final UnitOfWork unitOfWork;
    private final BatchSessions batches;

    @Inject
    MyBatisMovementRepository(MovementMapper mapper, BatchSessions batches, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.mapper = mapper;
        this.batches = batches;
    }

    @Override
    public Movement insert(Movement movement) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insert(MovementRow.from(movement.withId(0)), key);
        } catch (PersistenceException e) {
            throw translate(e, movement);
        }
        return movement.withId(key.getId());
    }

    /**
     * One JDBC batch. AUTO_INCREMENT hands out increasing ids in insert order; the ids are read back
     * per account (whose row is locked so no other transaction inserts into it meanwhile) and
     * assigned in list order.
     */
    @Override
    public List<Movement> insertAll(List<Movement> movements) {
        return unitOfWork.inTransaction(() -> {
            if (movements.isEmpty()) {
                return List.of();
            }
            Map<Long, Long> maxBefore = new LinkedHashMap<>();
            for (long accountId : new TreeSet<>(movements.stream().map(Movement::accountId).toList())) {
                if (mapper.lockAccount(accountId) == null) {
                    throw new NotFoundException("no account #" + accountId);
                }
                maxBefore.put(accountId, mapper.findMaxIdOfAccount(accountId));
            }
            try {
                batches.write(MovementMapper.class, batch -> {
                    for (Movement m : movements) {
                        batch.insertRow(MovementRow.from(m.withId(0)));
                    }
                });
            } catch (PersistenceException e) {
                throw translate(e, null);
            }
            Map<Long, Iterator<Long>> newIds = new LinkedHashMap<>();
            maxBefore.forEach((accountId, max) -> newIds.put(accountId, mapper.findIdsAbove(accountId, max).iterator()));
            List<Movement> stored = new ArrayList<>(movements.size());
            for (Movement m : movements) {
                Iterator<Long> ids = newIds.get(m.accountId());
                if (!ids.hasNext()) {
                    throw new IllegalStateException("fewer ids read back than movements inserted into account #" + m.accountId());
                }
                stored.add(m.withId(ids.next()));
            }
            return stored;
        });
    }

    @Override
    public void update(Movement movement) {
        int updated;
        try {
            updated = mapper.update(MovementRow.from(movement));
        } catch (PersistenceException e) {
            throw translate(e, movement);
        }
        if (updated == 0) {
            throw new NotFoundException("no movement #" + movement.id() + " in account #" + movement.accountId());
        }
    }

    @Override
    public void delete(long movementId) {
        if (mapper.delete(movementId) == 0) {
            throw new NotFoundException("no movement #" + movementId);
        }
    }

    @Override
    public Optional<Movement> findById(long movementId) {
        return Optional.ofNullable(mapper.findById(movementId));
    }

    @Override
    public List<Movement> findByAccount(long accountId) {
        return mapper.findByAccount(accountId);
    }

    @Override
    public List<Movement> findFrom(long accountId, LocalDate from) {
        return mapper.findFrom(accountId, from);
    }

    @Override
    public List<Movement> findOn(long accountId, LocalDate day) {
        return mapper.findOn(accountId, day);
    }

    @Override
    public Optional<LocalDate> findNextBusinessDate(long accountId, LocalDate afterExclusive) {
        return Optional.ofNullable(mapper.findNextBusinessDate(accountId, afterExclusive));
    }

    @Override
    public Optional<LocalDate> findEarliestBusinessDate(long accountId) {
        return Optional.ofNullable(mapper.findEarliestBusinessDate(accountId));
    }

    @Override
    public Set<String> findExistingSourceKeys(long accountId, Collection<String> sourceKeys) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(sourceKeys));
        Set<String> found = new HashSet<>();
        for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
            found.addAll(mapper.findExistingSourceKeys(accountId, keys.subList(i, Math.min(keys.size(), i + KEYS_PER_QUERY))));
        }
        return found;
    }

    @Override
    public Set<Long> findAccountsWithTicker(Ticker ticker) {
        return new LinkedHashSet<>(mapper.findAccountsWithTicker(ticker.symbol()));
    }

    @Override
    public Set<Ticker> findTickers(long accountId) {
        Set<Ticker> tickers = new TreeSet<>();
        for (String symbol : mapper.findTickers(accountId)) {
            tickers.add(Interned.ticker(symbol));
        }
        return tickers;
    }

    @Override
    public long findMaxId() {
        return mapper.findMaxId();
    }

    private static RuntimeException translate(PersistenceException e, Movement movement) {
        if (Sql.isDuplicateKey(e)) {
            return new ValidationException("sourceKey", "is already recorded for this account"
                    + (movement == null || movement.sourceKey() == null ? "" : ": " + movement.sourceKey()));
        }
        return e;
    }
}
