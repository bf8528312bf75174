package io.mezasu.measurement.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published plan version as this service received it (one row per PlanPublished event). */
@Entity
@Table(name = "catalog_plan")
public class CatalogPlanEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(nullable = false)
    public String title;

    @Column(name = "fiscal_start", nullable = false)
    public LocalDate fiscalStart;

    @Column(name = "fiscal_end", nullable = false)
    public LocalDate fiscalEnd;

    @Column(name = "target_count", nullable = false)
    public int targetCount;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The plan document as published: targets, rules, areas, fiscal year. */
    @Column(nullable = false, columnDefinition = "text")
    public String document;

    /** The plan this version follows (前年度の運営方針), from the document; null when none. */
    @Column(name = "follows_plan_key")
    public String followsPlanKey;

    @Embeddable
    public record Key(@Column(name = "plan_key") String planKey, @Column(name = "version") int version)
            implements Serializable {
    }
}
