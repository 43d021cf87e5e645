package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.RunLogRepository;
import dev.snapfolio.application.port.in.RunRecord;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The run log. {@link #append} opens its own session on its own connection and commits it, so the
 * entry survives whatever the caller's transaction does (a rolled-back batch is still logged).
 */
class MyBatisRunLogRepository implements RunLogRepository {
    private final SqlSessionFactory factory;
    private final RunLogMapper mapper;

    @Inject
    MyBatisRunLogRepository(SqlSessionFactory factory, RunLogMapper mapper) {
        this.factory = factory;
        this.mapper = mapper;
    }

    @Override
    public long append(RunRecord run) {
        GeneratedKey key = new GeneratedKey();
        try (SqlSession own = factory.openSession(ExecutorType.SIMPLE, false)) {
            own.getMapper(RunLogMapper.class).insert(RunLogRow.from(run), key);
            own.commit();
        }
        return key.getId();
    }

    @Override
    public long begin(RunRecord running, String interruptedError) {
        GeneratedKey key = new GeneratedKey();
        try (SqlSession own = factory.openSession(ExecutorType.SIMPLE, false)) {
            RunLogMapper log = own.getMapper(RunLogMapper.class);
            log.interruptRunning(running.accountId(), interruptedError);
            log.insert(RunLogRow.from(running), key);
            own.commit();
        }
        return key.getId();
    }

    @Override
    public void finish(RunRecord run) {
        try (SqlSession own = factory.openSession(ExecutorType.SIMPLE, false)) {
            own.getMapper(RunLogMapper.class).update(RunLogRow.from(run));
            own.commit();
        }
    }

    @Override
    public List<RunRecord> findRecent(int limit, OptionalLong accountId) {
        Long account = accountId.isPresent() ? accountId.getAsLong() : null;
        return mapper.findRecent(Math.max(0, limit), account).stream().map(RunLogRow::toDomain).toList();
    }

    @Override
    public List<RunRecord> findAll() {
        return mapper.findAll().stream().map(RunLogRow::toDomain).toList();
    }
}
