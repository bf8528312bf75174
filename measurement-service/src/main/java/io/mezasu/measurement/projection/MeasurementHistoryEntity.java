package io.mezasu.measurement.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One accepted change of a measurement: the audit trail, append-only. */
@Entity
@Table(name = "measurement_history")
public class MeasurementHistoryEntity extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "measurement_id")
    public UUID measurementId;
    public int version;
    public String change;
    @Column(columnDefinition = "text")
    public String content;
    @Column(name = "content_hash")
    public String contentHash;
    public String reason;
    public String actor;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
