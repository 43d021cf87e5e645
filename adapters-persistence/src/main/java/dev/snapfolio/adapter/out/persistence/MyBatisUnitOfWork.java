package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.mybatis.guice.transactional.Transactional;

/**
 * A MyBatis transaction around the work. Not final, public method, bound inside the MyBatis module:
 * otherwise Guice cannot intercept it and {@code @Transactional} would silently do nothing (tested).
 * Nested calls join the outer transaction.
 */
class MyBatisUnitOfWork implements UnitOfWork {
    @Override
    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
