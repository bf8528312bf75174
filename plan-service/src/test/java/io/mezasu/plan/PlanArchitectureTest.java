package io.mezasu.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * plan-service's packages by job (issue 13), checked on the compiled main classes without starting Quarkus.
 * <p>
 * The domain may use the JDK and Jackson only. Jackson because the canonical JSON of a plan (hashed into the
 * content hash and the ETag, carried by PlanPublished) is the domain's own contract: PlanDocuments lives there,
 * and so would Jackson annotations if that shape ever needed pinning. Frameworks stay in the other packages.
 * <p>
 * Plain {@code @Test}s over ArchUnit's core API rather than {@code @ArchTest} fields: in this module's test JVM
 * (JUnit 6 from the Quarkus BOM, Quarkus' JUnit extension on the class path) ArchUnit's own engines, archunit-junit5
 * 1.5.0 and archunit-junit6 1.5.1, ran zero rules and reported success, so a broken rule would have passed.
 */
class PlanArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mezasu.plan");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.mezasu.plan.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void domainIsFrameworkFree() {
        classes().that().resideInAPackage("io.mezasu.plan.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.mezasu.plan.domain..", "java..", "com.fasterxml.jackson..")
                .because("the domain is plain Java: no jakarta, io.quarkus, org.hibernate, org.apache.kafka, nor"
                        + " another plan-service package; Jackson only for the canonical plan JSON")
                .check(MAIN);
    }
}
