package dev.snapfolio.adapter.in.flink;

import static com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.snapfolio.application.port.out.AccountRepository;
import org.junit.jupiter.api.Test;

/**
 * The Flink adapter is a driving adapter like the others: it reaches the engine through
 * application.port.in only (plus the domain values those ports name and the import module's row
 * reader; Flink and its Kafka connector are its own), never the application's internals, persistence or the wiring.
 */
class FlinkAdapterArchitectureTest {
    static final ArchRule REACHES_THE_ENGINE_THROUGH_IN_PORTS_ONLY = classes()
            .that().resideInAPackage("dev.snapfolio.adapter.in.flink..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.snapfolio.adapter.in.flink..",
                    "dev.snapfolio.application.port.in..", "dev.snapfolio.domain..", "dev.snapfolio.importer..",
                    "java..", "org.apache.flink..", "org.apache.kafka..", "org.slf4j..", "org.apache.commons.csv..")
            .because("a driving adapter reaches the application only through its in-ports (docs/ARCHITECTURE.md)");

    @Test
    void theAdapterUsesInPortsOnly() {
        JavaClasses adapter = new ClassFileImporter().withImportOption(DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.snapfolio.adapter.in.flink");
        assertThat(adapter).isNotEmpty();
        REACHES_THE_ENGINE_THROUGH_IN_PORTS_ONLY.check(adapter);
    }

    @Test
    void theRuleCatchesAnAdapterClassThatReachesAnOutPort() {
        JavaClasses violating = new ClassFileImporter().importClasses(ReachesAnOutPort.class);

        assertThat(REACHES_THE_ENGINE_THROUGH_IN_PORTS_ONLY.evaluate(violating).hasViolation()).isTrue();
    }

    /** A deliberate violation: an adapter class holding an out-port. */
    static final class ReachesAnOutPort {
        AccountRepository accounts;
    }
}
