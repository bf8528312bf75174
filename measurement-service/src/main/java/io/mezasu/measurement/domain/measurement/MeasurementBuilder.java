package io.mezasu.measurement.domain.measurement;

import io.mezasu.measurement.domain.evaluation.Reading.CountMode;
import io.mezasu.measurement.domain.evaluation.Reading.MilestoneState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds a {@link Measurement} by field name: a measurement has 23 fields and each kind uses a few, so a positional
 * call is a row of nulls in which a swapped pair goes unseen. Unset fields stay null.
 */
public final class MeasurementBuilder {
    private String plan;
    private String target;
    private Measurement.Kind kind;
    private Integer fiscalYear;
    private LocalDate observedOn;
    private String source;
    private String sourceId;
    private Long numerator;
    private Long denominator;
    private String surveyName;
    private String questionId;
    private LocalDate fieldworkStart;
    private LocalDate fieldworkEnd;
    private BigDecimal value;
    private CountMode countMode;
    private BigDecimal meanScore;
    private Long ratings;
    private Integer scale;
    private List<String> areas;
    private MilestoneState state;
    private String evidence;
    private String evidenceUrl;
    private String note;

    MeasurementBuilder() {
    }

    /** Starts from {@code m}: every field as it is, to change a few. */
    MeasurementBuilder(Measurement m) {
        this.plan = m.plan();
        this.target = m.target();
        this.kind = m.kind();
        this.fiscalYear = m.fiscalYear();
        this.observedOn = m.observedOn();
        this.source = m.source();
        this.sourceId = m.sourceId();
        this.numerator = m.numerator();
        this.denominator = m.denominator();
        this.surveyName = m.surveyName();
        this.questionId = m.questionId();
        this.fieldworkStart = m.fieldworkStart();
        this.fieldworkEnd = m.fieldworkEnd();
        this.value = m.value();
        this.countMode = m.countMode();
        this.meanScore = m.meanScore();
        this.ratings = m.ratings();
        this.scale = m.scale();
        this.areas = m.areas();
        this.state = m.state();
        this.evidence = m.evidence();
        this.evidenceUrl = m.evidenceUrl();
        this.note = m.note();
    }

    public MeasurementBuilder plan(String plan) {
        this.plan = plan;
        return this;
    }

    public MeasurementBuilder target(String target) {
        this.target = target;
        return this;
    }

    public MeasurementBuilder kind(Measurement.Kind kind) {
        this.kind = kind;
        return this;
    }

    public MeasurementBuilder fiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
        return this;
    }

    public MeasurementBuilder observedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
        return this;
    }

    public MeasurementBuilder source(String source) {
        this.source = source;
        return this;
    }

    public MeasurementBuilder sourceId(String sourceId) {
        this.sourceId = sourceId;
        return this;
    }

    public MeasurementBuilder numerator(Long numerator) {
        this.numerator = numerator;
        return this;
    }

    public MeasurementBuilder denominator(Long denominator) {
        this.denominator = denominator;
        return this;
    }

    public MeasurementBuilder surveyName(String surveyName) {
        this.surveyName = surveyName;
        return this;
    }

    public MeasurementBuilder questionId(String questionId) {
        this.questionId = questionId;
        return this;
    }

    public MeasurementBuilder fieldworkStart(LocalDate fieldworkStart) {
        this.fieldworkStart = fieldworkStart;
        return this;
    }

    public MeasurementBuilder fieldworkEnd(LocalDate fieldworkEnd) {
        this.fieldworkEnd = fieldworkEnd;
        return this;
    }

    public MeasurementBuilder value(BigDecimal value) {
        this.value = value;
        return this;
    }

    public MeasurementBuilder countMode(CountMode countMode) {
        this.countMode = countMode;
        return this;
    }

    public MeasurementBuilder meanScore(BigDecimal meanScore) {
        this.meanScore = meanScore;
        return this;
    }

    public MeasurementBuilder ratings(Long ratings) {
        this.ratings = ratings;
        return this;
    }

    public MeasurementBuilder scale(Integer scale) {
        this.scale = scale;
        return this;
    }

    public MeasurementBuilder areas(List<String> areas) {
        this.areas = areas;
        return this;
    }

    public MeasurementBuilder state(MilestoneState state) {
        this.state = state;
        return this;
    }

    public MeasurementBuilder evidence(String evidence) {
        this.evidence = evidence;
        return this;
    }

    public MeasurementBuilder evidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
        return this;
    }

    public MeasurementBuilder note(String note) {
        this.note = note;
        return this;
    }

    public Measurement build() {
        return new Measurement(plan, target, kind, fiscalYear, observedOn, source, sourceId, numerator, denominator,
                surveyName, questionId, fieldworkStart, fieldworkEnd, value, countMode, meanScore, ratings, scale, areas,
                state, evidence, evidenceUrl, note);
    }
}
