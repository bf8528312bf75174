package io.mezasu.measurement.domain.measurement;

import io.mezasu.measurement.domain.evaluation.Reading.CountMode;
import io.mezasu.measurement.domain.evaluation.Reading.MilestoneState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One survey or count result (測定値) as a vendor or city system submits it: raw components only.
 * A ratio is never taken from the client; it is derived from numerator and denominator. Which
 * component fields apply depends on {@link Kind}; {@link MeasurementRules} checks that.
 *
 * @param fiscalYear the 年度 the figure belongs to (2019 = 平成31年度/令和元年度, April–March)
 * @param observedOn the date the figure describes (for a milestone: the date of the evidence)
 * @param source     who produces the figure, e.g. {@code minato-kumin-monitor}
 * @param sourceId   the producer's own id for it, unique within the source
 */
public record Measurement(
        String plan,
        String target,
        Kind kind,
        Integer fiscalYear,
        LocalDate observedOn,
        String source,
        String sourceId,
        Long numerator,
        Long denominator,
        String surveyName,
        String questionId,
        LocalDate fieldworkStart,
        LocalDate fieldworkEnd,
        BigDecimal value,
        CountMode countMode,
        BigDecimal meanScore,
        Long ratings,
        Integer scale,
        List<String> areas,
        MilestoneState state,
        String evidence,
        String evidenceUrl,
        String note) {

    /** What was measured; each target kind of the plan takes exactly one of these. */
    public enum Kind {
        /** A survey ratio: respondents who answered the target's way / valid responses (アンケート). */
        SURVEY,
        /** An administrative ratio, e.g. 充足率 = 受診者数 / 定員. */
        RATIO,
        /** A count with the plan's counter word (件, 団体・個人, 施設, …). */
        COUNT,
        /** A mean score on a scale (5点満点). */
        SCORE,
        /** The 地域 done so far, for a 全地域 target. */
        AREA_COVERAGE,
        /** A qualitative milestone (策定, 実施, …). */
        MILESTONE
    }

    public Measurement {
        areas = areas == null ? null : List.copyOf(areas);
    }

    /** A measurement built field by field; {@code builder().build()} has every field null. */
    public static MeasurementBuilder builder() {
        return new MeasurementBuilder();
    }

    /** This measurement's fields, to change a few of them. */
    public MeasurementBuilder toBuilder() {
        return new MeasurementBuilder(this);
    }

    public SourceRef sourceRef() {
        return new SourceRef(source, sourceId);
    }
}
