package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

class CachingObjectFactoryTest {
    /** Package-private, like the row records: the default factory needs a retry with access forced for each. */
    record Row(String name, BigDecimal amount, int count) {
    }

    /** Counts constructor look-ups (the factory resolves the target type when it looks one up). */
    static final class CountingFactory extends CachingObjectFactory {
        private static final long serialVersionUID = 1L;
        int lookUps;

        @Override
        protected Class<?> resolveInterface(Class<?> type) {
            lookUps++;
            return super.resolveInterface(type);
        }
    }

    private static final List<Class<?>> ROW_TYPES = List.of(String.class, BigDecimal.class, int.class);

    @Test
    void rowsAreBuiltWithTheConstructorResolvedOncePerShape() {
        CountingFactory factory = new CountingFactory();

        Row first = factory.create(Row.class, ROW_TYPES, List.of("a", BigDecimal.ONE, 1));
        Row second = factory.create(Row.class, new ArrayList<>(ROW_TYPES), List.of("b", BigDecimal.TEN, 2));
        Row third = factory.create(Row.class, ROW_TYPES, List.of("c", BigDecimal.ZERO, 3));

        assertThat(List.of(first, second, third)).containsExactly(new Row("a", BigDecimal.ONE, 1),
                new Row("b", BigDecimal.TEN, 2), new Row("c", BigDecimal.ZERO, 3));
        assertThat(factory.lookUps).isEqualTo(1);
    }

    @Test
    void buildsWhatTheDefaultFactoryBuildsForEveryShape() {
        CachingObjectFactory caching = new CachingObjectFactory();
        DefaultObjectFactory standard = new DefaultObjectFactory();

        assertThat(caching.create(Row.class, ROW_TYPES, List.of("a", BigDecimal.ONE, 1)))
                .isEqualTo(standard.create(Row.class, ROW_TYPES, List.of("a", BigDecimal.ONE, 1)));
        assertThat(caching.create(List.class)).isInstanceOf(ArrayList.class).isEmpty();
        assertThat(caching.create(StringBuilder.class, List.of(String.class), List.of("x")).toString()).isEqualTo("x");
        assertThat(caching.create(StringBuilder.class).toString()).isEmpty();
    }

    @Test
    void failuresReadAsTheDefaultFactorysOwn() {
        CachingObjectFactory caching = new CachingObjectFactory();
        DefaultObjectFactory standard = new DefaultObjectFactory();
        List<Class<?>> unknownShape = List.of(String.class);
        List<Object> wrongValues = new ArrayList<>(List.of("a", "not a number", 1));

        Throwable noSuchConstructor = catchThrowable(() -> caching.create(Row.class, unknownShape, List.of("a")));
        Throwable wrongArguments = catchThrowable(() -> caching.create(Row.class, ROW_TYPES, wrongValues));

        assertThat(noSuchConstructor).isNotNull().hasMessage(
                catchThrowable(() -> standard.create(Row.class, unknownShape, List.of("a"))).getMessage());
        assertThat(wrongArguments).isNotNull().hasMessage(
                catchThrowable(() -> standard.create(Row.class, ROW_TYPES, wrongValues)).getMessage());
    }

    @Test
    void aDeserializedFactoryStillBuildsRows() throws Exception {
        CachingObjectFactory factory = new CachingObjectFactory();
        factory.create(Row.class, ROW_TYPES, List.of("a", BigDecimal.ONE, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(factory);
        }
        CachingObjectFactory copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CachingObjectFactory) in.readObject();
        }

        assertThat(copy.create(Row.class, ROW_TYPES, List.of("b", BigDecimal.TEN, 2))).isEqualTo(new Row("b", BigDecimal.TEN, 2));
    }

    @Test
    void theMyBatisConfigurationUsesIt() {
        SqlSessionFactory sessions = TestDatabase.embedded().get(SqlSessionFactory.class);

        assertThat(sessions.getConfiguration().getObjectFactory()).isInstanceOf(CachingObjectFactory.class);
    }
}
