package io.mezasu.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Roles are not OAuth scopes: an HTTP bearer scheme has none, so listing {@code @RolesAllowed} roles as the
 * requirement's scopes (what auto-add-security-requirement writes) is a document that linters and client
 * generators reject. Each secured operation keeps a plain {@code bearer: []} requirement, so Swagger UI's
 * Authorize still sends the token, and states its roles twice: in an {@code x-roles} extension for tools and at
 * the end of its description for people.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class RolesAsExtension implements OASFilter {

    static final String EXTENSION = "x-roles";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return operation;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement unscoped = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                unscoped.addScheme(scheme);
            });
            plain.add(unscoped);
        }
        operation.setSecurity(plain);
        if (!roles.isEmpty() && operation.getExtensions() != null && operation.getExtensions().containsKey(EXTENSION)) {
            return operation; // already done (the filter runs at build and again at start-up)
        }
        if (!roles.isEmpty()) {
            operation.addExtension(EXTENSION, List.copyOf(roles));
            String sentence = "Requires a bearer token with one of the roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
        }
        return operation;
    }
}
