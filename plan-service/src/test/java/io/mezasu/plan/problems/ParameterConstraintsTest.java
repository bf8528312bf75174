package io.mezasu.plan.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mezasu.stack.ParameterRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No String parameter of a resource reaches the service unconstrained (NUL, line breaks: issue #18). */
class ParameterConstraintsTest {

    @Test
    void everyTextParameterIsOneLineOrHasAPattern() {
        List<Class<?>> resources = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mezasu.plan").stream()
                .filter(c -> c.isAnnotatedWith("jakarta.ws.rs.Path"))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertFalse(resources.isEmpty(), "no resource classes found");
        assertEquals(List.of(), ParameterRules.unconstrained(resources));
    }
}
