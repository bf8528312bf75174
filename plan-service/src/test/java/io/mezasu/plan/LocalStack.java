package io.mezasu.plan;

import io.mezasu.stack.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test JVM of this module gets its own real PostgreSQL and Kafka broker on free ports. */
@QuarkusTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "plan"))
public class LocalStack {
}
