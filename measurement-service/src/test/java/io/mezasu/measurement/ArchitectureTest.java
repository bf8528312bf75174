package io.mezasu.measurement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout of the service as rules, checked on the compiled classes without starting Quarkus: slices by job
 * that never depend on each other in a circle, and a domain that is plain Java, so its rules can be read and tested
 * without a container. Plain JUnit tests (not ArchUnit's engine), so {@code -Dtest=ArchitectureTest} selects them.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mezasu.measurement");

    /** catalog, ingest, projection, evaluation, events, config, domain: a newcomer can read them bottom-up. */
    @Test
    void slicesHaveNoCycles() {
        slices().matching("io.mezasu.measurement.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void domainPartsHaveNoCycles() {
        slices().matching("io.mezasu.measurement.domain.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    /** The domain sees only the JDK and itself: no framework, no persistence, no JSON, no Kafka. */
    @Test
    void domainIsPlainJava() {
        classes().that().resideInAPackage("io.mezasu.measurement.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.mezasu.measurement.domain..")
                .check(SERVICE);
    }

    /** Said again by name, so a failure reads as what it is. */
    @Test
    void domainImportsNoFramework() {
        noClasses().that().resideInAPackage("io.mezasu.measurement.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "com.fasterxml..", "org.apache.kafka..", "io.smallrye..", "org.eclipse.microprofile..",
                        "io.agroal..", "io.mezasu.platform..")
                .check(SERVICE);
    }

    /** The slices stand on the domain, never the other way round. */
    @Test
    void domainDependsOnNoSlice() {
        noClasses().that().resideInAPackage("io.mezasu.measurement.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.mezasu.measurement.catalog..",
                        "io.mezasu.measurement.ingest..", "io.mezasu.measurement.projection..",
                        "io.mezasu.measurement.evaluation..", "io.mezasu.measurement.events..",
                        "io.mezasu.measurement.config..")
                .check(SERVICE);
    }
}
