package io.mezasu.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of plan-service ({@code mezasu.plan.*}). */
@ConfigMapping(prefix = "mezasu.plan")
public interface PlanConfig {

    /** Kafka topic of PlanPublished events; key = plan key. */
    @WithDefault("mezasu.plans")
    String topic();

    /** CloudEvents {@code source} of the events this service emits. */
    @WithDefault("urn:mezasu:plan-service")
    String eventSource();

    /** Default and largest page size of list endpoints. */
    @WithDefault("20")
    int defaultPageSize();

    @WithDefault("100")
    int maxPageSize();
}
