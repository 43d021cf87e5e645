package dev.snapfolio.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN §2: dependencies point inward, the domain uses the JDK only, the
 * application a short allow-list, adapters never see each other and reach the application only
 * through its ports, the importer (file readers for any driving adapter) sees ports and domain only
 * and is seen by driving adapters only, frameworks stay in their modules, the sample data depends
 * on the domain only, and only bootstrap touches the console.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.snapfolio";
    private static final String DOMAIN = "dev.snapfolio.domain..";
    private static final String APPLICATION = "dev.snapfolio.application..";
    private static final String ADAPTERS = "dev.snapfolio.adapter..";
    private static final String PERSISTENCE = "dev.snapfolio.adapter.out.persistence..";
    private static final String CLI = "dev.snapfolio.adapter.in.cli..";
    private static final String HTTP = "dev.snapfolio.adapter.in.http..";
    private static final String BOOTSTRAP = "dev.snapfolio.bootstrap..";
    private static final String SAMPLE_DATA = "dev.snapfolio.sampledata..";
    /** The bench program (its own module, on top of bootstrap: not on this module's class path). */
    private static final String BENCH = "dev.snapfolio.bench..";
    private static final String IMPORTER = "dev.snapfolio.importer..";
    private static final String DRIVING_ADAPTERS = "dev.snapfolio.adapter.in..";

    /** Production classes only: no test-classes directories and no test-jars of the sibling modules. */
    private static final ImportOption PRODUCTION_ONLY = location -> !location.contains("/test-classes/")
            && !location.contains("-tests.jar");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages(ROOT);
    }

    static final ArchRule DOMAIN_USES_THE_JDK_ONLY = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is pure: no framework, no I/O (DESIGN §2)");

    static final ArchRule APPLICATION_USES_ITS_ALLOW_LIST = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..", "org.slf4j..")
            .because("the application depends on the domain, jakarta.inject and slf4j-api only");

    static final ArchRule SAMPLE_DATA_DEPENDS_ON_THE_DOMAIN_ONLY = classes().that().resideInAPackage(SAMPLE_DATA)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SAMPLE_DATA, DOMAIN, "java..")
            .because("the generated histories of the demo, the bench and the tests are built from domain types "
                    + "only, so any module may use them without pulling in more");

    /**
     * One rule for every adapter pair: an adapter lives in {@code adapter.in.<name>} (driving) or
     * {@code adapter.out.<name>} (driven), and no two of them see each other — a new adapter needs
     * no new rule.
     */
    static final ArchRule ADAPTERS_DO_NOT_SEE_EACH_OTHER = slices().matching("dev.snapfolio.adapter.(*).(*)..")
            .namingSlices("adapter $1.$2").should().notDependOnEachOther()
            .because("adapters meet only in bootstrap (DESIGN §2)");

    static final ArchRule ADAPTERS_DO_NOT_SEE_BOOTSTRAP = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    static final ArchRule INNER_LAYERS_DO_NOT_SEE_OUTER_ONES = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("dev.snapfolio.adapter..", BOOTSTRAP, SAMPLE_DATA, BENCH);

    /** Everything of the application but its ports (which own every type their signatures name). */
    private static final DescribedPredicate<JavaClass> APPLICATION_INTERNALS =
            resideInAPackage(APPLICATION).and(not(resideInAPackage("dev.snapfolio.application.port..")));

    static final ArchRule ADAPTERS_REACH_THE_APPLICATION_THROUGH_PORTS = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat(APPLICATION_INTERNALS)
            .because("adapters reach the application only through its ports (DESIGN §2)");

    static final ArchRule MYBATIS_STAYS_IN_PERSISTENCE = noClasses().that(not(resideInAPackage(PERSISTENCE)))
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "org.mybatis..",
                    "org.flywaydb..", "com.zaxxer..", "ch.vorburger..", "org.mariadb..");

    static final ArchRule PICOCLI_STAYS_IN_CLI = noClasses().that(not(resideInAnyPackage(CLI, BOOTSTRAP)))
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    static final ArchRule WEB_SERVER_STAYS_IN_HTTP = noClasses().that(not(resideInAPackage(HTTP)))
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                    "com.fasterxml.jackson..")
            .because("serving HTTP and JSON is the HTTP adapter's job; bootstrap wires it through its own types");

    static final ArchRule IMPORTER_USES_PORTS_DOMAIN_AND_CSV_ONLY = classes().that().resideInAPackage(IMPORTER)
            .should().onlyDependOnClassesThat().resideInAnyPackage(IMPORTER, "dev.snapfolio.application.port..", DOMAIN,
                    "java..", "org.apache.commons.csv..", "org.slf4j..")
            .because("the importer reads files for any driving adapter: ports, domain and the CSV library only");

    static final ArchRule ONLY_DRIVING_ADAPTERS_AND_BOOTSTRAP_USE_THE_IMPORTER = noClasses()
            .that(not(resideInAnyPackage(IMPORTER, DRIVING_ADAPTERS, BOOTSTRAP)))
            .should().dependOnClassesThat().resideInAPackage(IMPORTER)
            .because("imports come in through a driving adapter; the core and driven adapters never read files");

    static final ArchRule CSV_LIBRARY_STAYS_IN_THE_IMPORTER = noClasses().that(not(resideInAPackage(IMPORTER)))
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
            .because("reading CSV files is the importer's job; adapters get its parsed rows");

    static final ArchRule GUICE_STAYS_OUT_OF_THE_CORE = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    static final ArchRule ONLY_BOOTSTRAP_TOUCHES_THE_CONSOLE = noClasses().that(not(resideInAPackage(BOOTSTRAP)))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .because("only Main writes to the console and exits (DESIGN §2); the bench program goes through it");

    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices().matching("dev.snapfolio.(*)..").should().beFreeOfCycles();

    static final ArchRule ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES =
            slices().matching("dev.snapfolio.adapter.(*)..").should().beFreeOfCycles();

    @Test
    void domainDependsOnTheJdkOnly() {
        DOMAIN_USES_THE_JDK_ONLY.check(classes);
    }

    @Test
    void applicationDependsOnDomainInjectAndSlf4jOnly() {
        APPLICATION_USES_ITS_ALLOW_LIST.check(classes);
    }

    @Test
    void sampleDataDependsOnTheDomainOnly() {
        SAMPLE_DATA_DEPENDS_ON_THE_DOMAIN_ONLY.check(classes);
    }

    /**
     * The distribution (this module's runtime class path, copied to target/lib) carries neither the
     * bench nor JMH: both live in the bench module, which depends on bootstrap and not the reverse.
     */
    @Test
    void theDistributionCarriesNoBenchmarkHarness() {
        for (String benchClass : java.util.List.of("org.openjdk.jmh.Main", "org.openjdk.jmh.annotations.Benchmark",
                "dev.snapfolio.bench.BenchMain")) {
            assertThatThrownBy(() -> Class.forName(benchClass, false, ArchitectureTest.class.getClassLoader()))
                    .as(benchClass).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void innerLayersNeverDependOnAdaptersOrBootstrap() {
        INNER_LAYERS_DO_NOT_SEE_OUTER_ONES.check(classes);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        ADAPTERS_DO_NOT_SEE_EACH_OTHER.check(classes);
        ADAPTERS_DO_NOT_SEE_BOOTSTRAP.check(classes);
    }

    @Test
    void adaptersReachTheApplicationOnlyThroughPorts() {
        ADAPTERS_REACH_THE_APPLICATION_THROUGH_PORTS.check(classes);
    }

    @Test
    void frameworksStayInTheirModules() {
        MYBATIS_STAYS_IN_PERSISTENCE.check(classes);
        PICOCLI_STAYS_IN_CLI.check(classes);
        WEB_SERVER_STAYS_IN_HTTP.check(classes);
        CSV_LIBRARY_STAYS_IN_THE_IMPORTER.check(classes);
        GUICE_STAYS_OUT_OF_THE_CORE.check(classes);
    }

    /**
     * Transactions run through the unit of work: no interceptor is bound (Guice runs without bytecode
     * generation for a fast start), so mybatis-guice's annotation would be silently ignored.
     */
    static final ArchRule NO_TRANSACTIONAL_ANNOTATION = noClasses().should()
            .dependOnClassesThat().haveFullyQualifiedName("org.mybatis.guice.transactional.Transactional")
            .because("no transaction interceptor is bound: transactions go through UnitOfWork");

    @Test
    void transactionsGoThroughTheUnitOfWorkNotAnAnnotation() {
        NO_TRANSACTIONAL_ANNOTATION.check(classes);
    }

    @Test
    void importerDependsOnPortsDomainAndCsvOnly() {
        IMPORTER_USES_PORTS_DOMAIN_AND_CSV_ONLY.check(classes);
    }

    @Test
    void onlyDrivingAdaptersAndBootstrapUseTheImporter() {
        ONLY_DRIVING_ADAPTERS_AND_BOOTSTRAP_USE_THE_IMPORTER.check(classes);
    }

    @Test
    void onlyBootstrapWritesToTheConsoleOrExits() {
        ONLY_BOOTSTRAP_TOUCHES_THE_CONSOLE.check(classes);
    }

    @Test
    void modulesAndAdaptersAreFreeOfCycles() {
        MODULES_ARE_FREE_OF_CYCLES.check(classes);
        ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES.check(classes);
    }

    /** The rules must be able to fail: each is checked against a class that breaks it on purpose. */
    @Test
    void rulesCatchDeliberateViolations() {
        JavaClasses violators = new ClassFileImporter().importClasses(
                dev.snapfolio.domain.archviolation.DomainClassUsingTheConsoleAndGuice.class,
                dev.snapfolio.adapter.in.cli.archviolation.CliClassReachingIntoPersistence.class,
                dev.snapfolio.adapter.in.cli.archviolation.CliClassServingHttp.class,
                dev.snapfolio.adapter.out.persistence.archviolation.PersistenceClassUsingAService.class,
                dev.snapfolio.application.service.archviolation.SomeService.class,
                dev.snapfolio.sampledata.archviolation.SampleDataUsingTheApplication.class);

        assertThatThrownBy(() -> DOMAIN_USES_THE_JDK_ONLY.check(violators)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SAMPLE_DATA_DEPENDS_ON_THE_DOMAIN_ONLY.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SampleDataUsingTheApplication")
                .hasMessageContaining("Strategy");
        assertThatThrownBy(() -> ONLY_BOOTSTRAP_TOUCHES_THE_CONSOLE.check(violators)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> GUICE_STAYS_OUT_OF_THE_CORE.check(violators)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ADAPTERS_DO_NOT_SEE_EACH_OTHER.check(violators)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ADAPTERS_REACH_THE_APPLICATION_THROUGH_PORTS.check(violators))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> WEB_SERVER_STAYS_IN_HTTP.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CliClassServingHttp")
                .hasMessageContaining("io.javalin.Javalin");
    }

    /**
     * The importer's rules must be able to fail too: an importer class using an application
     * internal and picocli, a driven adapter using the importer and the CSV library.
     */
    @Test
    void importerRulesCatchDeliberateViolations() {
        JavaClasses violators = new ClassFileImporter().importClasses(
                dev.snapfolio.importer.archviolation.ImporterUsingInternalsAndPicocli.class,
                dev.snapfolio.adapter.out.persistence.archviolation.PersistenceClassReadingCsvFiles.class);

        assertThatThrownBy(() -> IMPORTER_USES_PORTS_DOMAIN_AND_CSV_ONLY.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ProcessingResult")
                .hasMessageContaining("picocli.CommandLine");
        assertThatThrownBy(() -> ONLY_DRIVING_ADAPTERS_AND_BOOTSTRAP_USE_THE_IMPORTER.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PersistenceClassReadingCsvFiles")
                .hasMessageContaining("MovementFileImporter");
        assertThatThrownBy(() -> CSV_LIBRARY_STAYS_IN_THE_IMPORTER.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CSVFormat");
    }

    /**
     * The generic adapter rule covers an adapter that no rule names: a new driving adapter reaching
     * into the CLI fails it, and so does its use of an application record that is not a port type
     * (records and enums of the application get no exemption any more).
     */
    @Test
    void genericAdapterRuleCatchesAnAdapterNoRuleNames() {
        JavaClasses violators = new ClassFileImporter().importClasses(
                dev.snapfolio.adapter.in.newadapter.archviolation.NewAdapterReachingIntoCliAndInternals.class,
                dev.snapfolio.adapter.in.cli.format.OutputFormat.class);

        assertThatThrownBy(() -> ADAPTERS_DO_NOT_SEE_EACH_OTHER.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("adapter in.newadapter")
                .hasMessageContaining("adapter in.cli");
        assertThatThrownBy(() -> ADAPTERS_REACH_THE_APPLICATION_THROUGH_PORTS.check(violators))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ProcessingResult");
    }
}
