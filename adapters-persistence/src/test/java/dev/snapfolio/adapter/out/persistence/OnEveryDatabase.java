package dev.snapfolio.adapter.out.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs an out-port contract test class once per database: the embedded MariaDB always, and
 * SNAPFOLIO_DB_URL's server — whose tests are skipped, saying why, when it is not set. The class
 * receives the database in a field {@code @Parameter OnEveryDatabase.Server server;} and gets its
 * ports from it; every test starts on empty tables. A second database is one more {@link Server}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@MethodSource("dev.snapfolio.adapter.out.persistence.OnEveryDatabase$Server#all")
@ExtendWith(OnEveryDatabase.EmptyTables.class)
public @interface OnEveryDatabase {

    /** A database the contracts run on, opened on first use. */
    final class Server {
        private final String name;
        private final Supplier<Optional<TestDatabase>> database;
        private final String absentReason;

        private Server(String name, Supplier<Optional<TestDatabase>> database, String absentReason) {
            this.name = name;
            this.database = database;
            this.absentReason = absentReason;
        }

        static Stream<Server> all() {
            return Stream.of(
                    new Server("the embedded MariaDB", () -> Optional.of(TestDatabase.embedded()), null),
                    new Server("the external MariaDB of " + DatabaseSettings.ENV_URL, TestDatabase::external,
                            DatabaseSettings.ENV_URL + " is not set: no external database to run on"));
        }

        /** An implementation bound by the persistence module of this database. */
        public <T> T get(Class<T> type) {
            return database().get(type);
        }

        TestDatabase database() {
            return database.get().orElseThrow(() -> new IllegalStateException(absentReason));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Skips the tests of a database that is not there; empties the tables of one that is. */
    final class EmptyTables implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            for (Server server : AnnotationSupport.findAnnotatedFieldValues(context.getRequiredTestInstance(),
                    Parameter.class, Server.class)) {
                Optional<TestDatabase> database = server.database.get();
                Assumptions.assumeTrue(database.isPresent(), server.absentReason);
                database.get().clean();
            }
        }
    }
}
