package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapper is read when one of its statements is first used, and reading every mapper (what the
 * start-up check did before) still finds a statement for every mapper method. Nothing here
 * connects: the configuration is built without a database.
 */
class LazyMapperConfigurationTest {
    private static final List<Class<?>> MAPPERS = List.of(AccountMapper.class, MovementMapper.class,
            ReferenceDataMapper.class, SnapshotMapper.class, ProcessingMapper.class, RunLogMapper.class,
            ImportBatchMapper.class, AccountRangeMapper.class);

    @TempDir
    Path dataDir;

    private LazyMapperConfiguration configuration() {
        Configuration configuration = Guice.createInjector(new PersistenceModule(DatabaseSettings.embedded(dataDir, false)))
                .getInstance(SqlSessionFactory.class).getConfiguration();
        assertThat(configuration).isInstanceOf(LazyMapperConfiguration.class);
        return (LazyMapperConfiguration) configuration;
    }

    @Test
    void noMapperIsReadWhileTheWiringIsBuilt() {
        LazyMapperConfiguration configuration = configuration();

        for (Class<?> mapper : MAPPERS) {
            assertThat(configuration.hasMapper(mapper)).as(mapper.getSimpleName()).isTrue();
            assertThat(configuration.hasRead(mapper)).as(mapper.getSimpleName()).isFalse();
        }
    }

    @Test
    void usingAStatementReadsItsMapperOnly() {
        LazyMapperConfiguration configuration = configuration();

        assertThat(configuration.getMappedStatement(AccountMapper.class.getName() + ".findAll")).isNotNull();

        assertThat(configuration.hasRead(AccountMapper.class)).isTrue();
        assertThat(configuration.hasRead(MovementMapper.class)).isFalse();
        assertThat(configuration.hasRead(SnapshotMapper.class)).isFalse();
    }

    @Test
    void aMapperUsingAnotherMappersFragmentsHasThatMapperReadFirst() {
        LazyMapperConfiguration configuration = configuration();

        // AccountRangeMapper.xml includes MovementMapper's columns and uses ProcessingMapper's result map
        assertThat(configuration.getMappedStatement(AccountRangeMapper.class.getName() + ".findDirtyMarks")
                .getResultMaps()).isNotEmpty();

        assertThat(configuration.hasRead(MovementMapper.class)).isTrue();
        assertThat(configuration.hasRead(ProcessingMapper.class)).isTrue();
        assertThat(configuration.hasRead(SnapshotMapper.class)).isFalse();
        assertThat(configuration.hasRead(AccountMapper.class)).isFalse();
    }

    @Test
    void readingEveryMapperFindsAStatementForEveryMapperMethod() {
        LazyMapperConfiguration configuration = configuration();

        assertThat(configuration.getMappedStatementNames()).isNotEmpty();

        for (Class<?> mapper : MAPPERS) {
            assertThat(configuration.hasRead(mapper)).as(mapper.getSimpleName()).isTrue();
            for (Method method : mapper.getDeclaredMethods()) {
                if (!method.isDefault() && !method.isSynthetic()) {
                    String id = mapper.getName() + "." + method.getName();
                    assertThat(configuration.hasStatement(id)).as(id).isTrue();
                }
            }
        }
    }
}
