package io.mezasu.plan.persistence;

import io.mezasu.plan.domain.PlanStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One row per draft or published version of a plan. A published row is frozen by a database
 * trigger as well as by the service, so no code path (or manual SQL) can change it later.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_key", nullable = false)
    public String planKey;

    /** Null while DRAFT; 1, 2, … once published. */
    public Integer version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The published version this one corrects, if any. */
    public Integer supersedes;

    /** The plan document as canonical JSON: exactly what was validated and published. */
    @Column(nullable = false, columnDefinition = "text")
    public String document;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The subject of the token that last wrote the row. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
