package io.mezasu.measurement.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The current state of a measurement, projected from the topic. Read here, written by {@link ProjectionRepository}. */
@Entity
@Table(name = "measurement")
public class MeasurementEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "plan_key")
    public String planKey;
    @Column(name = "target_code")
    public String targetCode;
    public String kind;
    public String source;
    @Column(name = "source_id")
    public String sourceId;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "observed_on")
    public LocalDate observedOn;
    public int version;
    public boolean retracted;
    @Column(name = "retraction_reason")
    public String retractionReason;
    @Column(columnDefinition = "text")
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "first_recorded_at")
    public OffsetDateTime firstRecordedAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "last_event_id")
    public UUID lastEventId;
}
