package dev.snapfolio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.snapfolio.application.port.in.ProgressListener;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The embedding API offers every use case of the in-port package: each public interface there is
 * an accessor on {@link Snapfolio} and a binding of {@link SnapfolioModule}, or it is on the
 * exclusion list below with the reason. A new in-port that is neither fails here, so it cannot be
 * forgotten.
 */
class EmbeddedPortsTest {
    private static final String IN_PORT_PACKAGE = "dev.snapfolio.application.port.in";

    /** Public interfaces of the in-port package that are deliberately not offered to embedders. */
    private static final Set<Class<?>> NOT_EXPOSED = Set.of(
            // a callback a driving adapter passes in (how far a long job has got), not a use case to call
            ProgressListener.class);

    private static DataSource nowhere() {
        try {
            return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:1/nowhere?connectTimeout=2000");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public top-level interfaces of the in-port package, from the compiled classes. */
    private static Set<String> publicInterfacesOfThePortPackage() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(IN_PORT_PACKAGE).stream()
                .filter(c -> c.getPackageName().equals(IN_PORT_PACKAGE))
                .filter(JavaClass::isInterface)
                .filter(c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<Class<?>, Method> accessorsByPort() {
        return Arrays.stream(Snapfolio.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType().getPackageName().equals(IN_PORT_PACKAGE))
                .collect(Collectors.toMap(Method::getReturnType, Function.identity()));
    }

    @Test
    void everyUseCaseInterfaceIsExposedOrExcludedWithAReason() {
        Set<String> found = publicInterfacesOfThePortPackage();
        assertThat(found).as("the in-port package was read").contains(
                "dev.snapfolio.application.port.in.RecordMovementUseCase");

        List<String> forgotten = new ArrayList<>();
        for (String name : found) {
            boolean exposed = SnapfolioModule.IN_PORTS.stream().anyMatch(p -> p.getName().equals(name));
            boolean excluded = NOT_EXPOSED.stream().anyMatch(p -> p.getName().equals(name));
            if (exposed == excluded) {
                forgotten.add(name + (exposed ? " (both exposed and excluded)" : ""));
            }
        }
        assertThat(forgotten).as("in-ports neither in SnapfolioModule.IN_PORTS (with an accessor on Snapfolio)"
                + " nor on NOT_EXPOSED with a reason").isEmpty();
    }

    @Test
    void everyExposedPortHasItsAccessorOnSnapfolioAndNoAccessorIsMissingFromTheModule() {
        Map<Class<?>, Method> accessors = accessorsByPort();

        assertThat(accessors.keySet()).as("Snapfolio's accessors").containsExactlyInAnyOrderElementsOf(
                SnapfolioModule.IN_PORTS);
        assertThat(SnapfolioModule.IN_PORTS).doesNotHaveDuplicates();
    }

    @Test
    void everyExposedPortIsWiredOnSnapfolioAndBoundInTheModuleBeforeTheDatabaseIsTouched() throws Exception {
        try (Snapfolio snapfolio = Snapfolio.embedded(nowhere()).migrateSchema(false).build()) {
            for (Map.Entry<Class<?>, Method> accessor : accessorsByPort().entrySet()) {
                Object port = accessor.getValue().invoke(snapfolio);
                assertThat(port).as(accessor.getValue().getName()).isInstanceOf(accessor.getKey());
                assertThat(accessor.getValue().invoke(snapfolio)).as("one instance per engine").isSameAs(port);
            }
        }
        Injector host = Guice.createInjector(Stage.TOOL, SnapfolioModule.withDataSource(nowhere()));
        for (Class<?> port : SnapfolioModule.IN_PORTS) {
            assertThat(host.getExistingBinding(Key.get(port))).as(port.getSimpleName()).isNotNull();
        }
    }
}
