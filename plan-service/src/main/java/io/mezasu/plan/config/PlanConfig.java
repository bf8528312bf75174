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

    /** Limits of an imported spreadsheet (POST /api/v1/plans/import). */
    Sheets sheets();

    interface Sheets {

        /** Bytes of the body; beyond: 413. A 24-ward year of plans fits many times over. */
        @WithDefault("5000000")
        int maxBytes();

        /** Data rows of all tables together; beyond: 413. Minato's plan has 116 (64 目標, 10 予算, 42 計画). */
        @WithDefault("2000")
        int maxRows();

        /** Characters of one cell; beyond: a problem naming the cell. Minato's longest cell has 933. */
        @WithDefault("4000")
        int maxCellLength();
    }
}
