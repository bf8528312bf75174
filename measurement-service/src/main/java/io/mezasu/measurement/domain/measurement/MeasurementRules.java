package io.mezasu.measurement.domain.measurement;

import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.domain.measurement.Measurement.Kind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one submitted measurement against the plan it names and lists every problem at once.
 * Pure: the plan comes in as {@link PlanTargets}, looked up by the caller's function.
 */
public final class MeasurementRules {

    public static final int MAX_SOURCE = 100;
    public static final int MAX_SOURCE_ID = 200;
    public static final int MAX_LABEL = 200;
    public static final int MAX_EVIDENCE = 2000;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_AREAS = 100;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern TEXT_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    /** Java regex reads code points, so a proper surrogate pair never matches: only a lone half does. */
    private static final Pattern LONE_SURROGATE = Pattern.compile("[\\uD800-\\uDFFF]");

    private final List<Violation> found = new ArrayList<>();
    private final Measurement m;

    private MeasurementRules(Measurement m) {
        this.m = m;
    }

    public static List<Violation> check(Measurement m, Function<String, Optional<PlanTargets>> plans) {
        MeasurementRules rules = new MeasurementRules(m);
        rules.checkIdentity();
        Optional<PlanTargets> plan = m.plan() == null ? Optional.empty() : plans.apply(m.plan());
        if (m.plan() != null && plan.isEmpty()) {
            rules.add(Violation.of("plan", "unknown-plan", "plan", m.plan()));
        }
        Optional<PlanTargets.TargetKind> target = plan.flatMap(p -> m.target() == null
                ? Optional.empty() : p.target(m.target()));
        if (plan.isPresent() && m.target() != null && target.isEmpty()) {
            rules.add(Violation.of("target", "unknown-target", "plan", m.plan(), "target", m.target()));
        }
        rules.checkComponents(plan.orElse(null), target.orElse(null));
        return List.copyOf(rules.found);
    }

    private void checkIdentity() {
        required("plan", m.plan());
        required("target", m.target());
        required("kind", m.kind());
        required("fiscalYear", m.fiscalYear());
        required("observedOn", m.observedOn());
        if (required("source", m.source()) && length("source", m.source(), MAX_SOURCE)
                && !SOURCE.matcher(m.source()).matches()) {
            add(Violation.worded("source", "invalid-format", "measurement.source-format"));
        }
        if (required("sourceId", m.sourceId()) && length("sourceId", m.sourceId(), MAX_SOURCE_ID)) {
            singleLine("sourceId", m.sourceId());
        }
        if (length("note", m.note(), MAX_NOTE)) {
            multiline("note", m.note());
        }
        Integer year = m.fiscalYear();
        if (year != null && (year < MeasurementBounds.MIN_FISCAL_YEAR || year > MeasurementBounds.MAX_FISCAL_YEAR)) {
            add(Violation.worded("fiscalYear", "out-of-range", "measurement.fiscal-year-range",
                    "min", MeasurementBounds.MIN_FISCAL_YEAR, "max", MeasurementBounds.MAX_FISCAL_YEAR));
        }
    }

    private void checkComponents(PlanTargets plan, PlanTargets.TargetKind target) {
        if (plan != null && target != null) {
            checkPeriod(plan, target);
            if (m.kind() != null && m.kind() != target.takes()) {
                add(Violation.of("kind", "kind-mismatch", "target", target.code(), "takes", target.takes(),
                        "kind", m.kind()));
            }
        }
        if (m.kind() == null) {
            return;
        }
        notApplicable();
        switch (m.kind()) {
            case SURVEY, RATIO -> ratio();
            case COUNT -> count();
            case SCORE -> score(target);
            case AREA_COVERAGE -> areas(plan);
            case MILESTONE -> milestone();
        }
    }

    private void checkPeriod(PlanTargets plan, PlanTargets.TargetKind target) {
        Integer year = m.fiscalYear();
        if (year == null || year < MeasurementBounds.MIN_FISCAL_YEAR || year > MeasurementBounds.MAX_FISCAL_YEAR) {
            return;
        }
        boolean baselineYear = target.previousYearBaseline() && year == plan.fiscalYear() - 1;
        if (year != plan.fiscalYear() && !baselineYear) {
            add(Violation.worded("fiscalYear", "period-outside-plan", target.previousYearBaseline()
                    ? "measurement.period-outside-plan-baseline" : "measurement.period-outside-plan",
                    "plan", plan.key(), "fiscalYear", plan.fiscalYear(), "baselineYear", plan.fiscalYear() - 1));
            return;
        }
        LocalDate observed = m.observedOn();
        FiscalPeriod period = FiscalPeriod.of(year);
        if (observed != null && !period.contains(observed)) {
            add(Violation.of("observedOn", "observed-outside-period", "observedOn", observed, "fiscalYear", year,
                    "start", period.start(), "end", period.end()));
        }
    }

    private void ratio() {
        boolean hasNumerator = nonNegative("numerator", m.numerator());
        if (m.denominator() == null) {
            required("denominator", null);
        } else if (m.denominator() == 0) {
            add(Violation.of("denominator", "zero-denominator"));
        } else if (m.denominator() < 0) {
            add(Violation.of("denominator", "negative"));
        } else if (m.denominator() > MeasurementBounds.MAX_DENOMINATOR) {
            above("denominator", MeasurementBounds.MAX_DENOMINATOR);
        } else if (hasNumerator && m.numerator() > m.denominator()) {
            add(Violation.of("numerator", "numerator-exceeds-denominator", "numerator", m.numerator(),
                    "denominator", m.denominator()));
        }
        if (m.kind() == Kind.SURVEY) {
            if (length("surveyName", m.surveyName(), MAX_LABEL)) {
                singleLine("surveyName", m.surveyName());
            }
            if (length("questionId", m.questionId(), MAX_LABEL)) {
                singleLine("questionId", m.questionId());
            }
            if (m.fieldworkStart() != null && m.fieldworkEnd() != null
                    && m.fieldworkEnd().isBefore(m.fieldworkStart())) {
                add(Violation.of("fieldworkEnd", "invalid-range"));
            }
        }
    }

    private void count() {
        if (nonNegative("value", m.value())) {
            if (m.value().compareTo(MeasurementBounds.MAX_COUNT) > 0) {
                above("value", MeasurementBounds.MAX_COUNT.toPlainString());
            } else if (m.value().stripTrailingZeros().scale() > 0) {
                add(Violation.of("value", "not-integral"));
            }
        }
        required("countMode", m.countMode());
    }

    private void score(PlanTargets.TargetKind target) {
        required("ratings", m.ratings());
        if (m.ratings() != null && m.ratings() < 1) {
            add(Violation.worded("ratings", "out-of-range", "measurement.ratings-none"));
        } else if (m.ratings() != null && m.ratings() > MeasurementBounds.MAX_RATINGS) {
            above("ratings", MeasurementBounds.MAX_RATINGS);
        }
        if (!required("scale", m.scale())) {
            return;
        }
        if (m.scale() < 1 || m.scale() > MeasurementBounds.MAX_SCALE) {
            add(Violation.worded("scale", "out-of-range", "measurement.scale-range", "max", MeasurementBounds.MAX_SCALE));
            return;
        }
        if (target != null && target.scale() != null && !target.scale().equals(m.scale())) {
            add(Violation.of("scale", "scale-mismatch", "target", target.code(), "targetScale", target.scale(),
                    "scale", m.scale()));
        }
        if (nonNegative("meanScore", m.meanScore()) && m.meanScore().compareTo(BigDecimal.valueOf(m.scale())) > 0) {
            add(Violation.of("meanScore", "score-out-of-scale", "scale", m.scale()));
        } else if (m.meanScore() != null && m.meanScore().stripTrailingZeros().scale() > MeasurementBounds.MAX_DECIMALS) {
            add(Violation.of("meanScore", "too-precise", "decimals", MeasurementBounds.MAX_DECIMALS));
        }
    }

    private void areas(PlanTargets plan) {
        if (!required("areas", m.areas())) {
            return;
        }
        if (m.areas().size() > MAX_AREAS) {
            add(Violation.worded("areas", "too-long", "measurement.too-many-areas", "max", MAX_AREAS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m.areas().size(); i++) {
            String area = m.areas().get(i);
            String field = "areas/" + i;
            if (area == null || area.isBlank()) {
                add(Violation.of(field, "required"));
            } else if (!singleLine(field, area)) {
                continue;
            } else if (!seen.add(area)) {
                add(Violation.of(field, "duplicate-area", "area", area));
            } else if (plan != null && !plan.areas().contains(area)) {
                add(Violation.of(field, "unknown-area", "area", area, "areas", String.join(", ", plan.areas())));
            }
        }
    }

    private void milestone() {
        required("state", m.state());
        if (required("evidence", m.evidence()) && length("evidence", m.evidence(), MAX_EVIDENCE)) {
            multiline("evidence", m.evidence());
        }
        if (m.evidenceUrl() != null && length("evidenceUrl", m.evidenceUrl(), MAX_EVIDENCE) && !isWebUrl(m.evidenceUrl())) {
            add(Violation.worded("evidenceUrl", "invalid-format", "measurement.evidence-url-format"));
        }
    }

    /** Component fields of another kind are refused, not dropped: a misplaced figure is a mistake. */
    private void notApplicable() {
        Kind kind = m.kind();
        boolean ratio = kind == Kind.SURVEY || kind == Kind.RATIO;
        foreign("numerator", m.numerator(), ratio);
        foreign("denominator", m.denominator(), ratio);
        foreign("surveyName", m.surveyName(), kind == Kind.SURVEY);
        foreign("questionId", m.questionId(), kind == Kind.SURVEY);
        foreign("fieldworkStart", m.fieldworkStart(), kind == Kind.SURVEY);
        foreign("fieldworkEnd", m.fieldworkEnd(), kind == Kind.SURVEY);
        foreign("value", m.value(), kind == Kind.COUNT);
        foreign("countMode", m.countMode(), kind == Kind.COUNT);
        foreign("meanScore", m.meanScore(), kind == Kind.SCORE);
        foreign("ratings", m.ratings(), kind == Kind.SCORE);
        foreign("scale", m.scale(), kind == Kind.SCORE);
        foreign("areas", m.areas(), kind == Kind.AREA_COVERAGE);
        foreign("state", m.state(), kind == Kind.MILESTONE);
        foreign("evidence", m.evidence(), kind == Kind.MILESTONE);
        foreign("evidenceUrl", m.evidenceUrl(), kind == Kind.MILESTONE);
    }

    private void foreign(String field, Object value, boolean applies) {
        if (value != null && !applies) {
            add(Violation.of(field, "not-applicable", "kind", m.kind()));
        }
    }

    private boolean nonNegative(String field, Number value) {
        if (!required(field, value)) {
            return false;
        }
        boolean negative = value instanceof BigDecimal d ? d.signum() < 0 : value.longValue() < 0;
        if (negative) {
            add(Violation.of(field, "negative"));
        }
        return !negative;
    }

    private boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(Violation.of(field, "required"));
            return false;
        }
        return true;
    }

    private boolean length(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(Violation.of(field, "too-long", "max", max));
            return false;
        }
        return true;
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    /** A figure beyond {@link MeasurementBounds}: refused before it reaches the ledger or Kafka. */
    private void above(String field, Object max) {
        add(Violation.worded(field, "out-of-range", "measurement.above-maximum", "max", max));
    }

    /** Ids and names are one line: no control character, tab or line break (\p{Cc} covers C0, DEL and C1). */
    private boolean singleLine(String field, String value) {
        if (value != null && (CONTROL.matcher(value).find() || LONE_SURROGATE.matcher(value).find())) {
            add(Violation.worded(field, "control-character", "measurement.single-line"));
            return false;
        }
        return true;
    }

    /** Texts (note, evidence) may break lines; other control characters (NUL …) are refused. */
    private void multiline(String field, String value) {
        if (value != null && (TEXT_CONTROL.matcher(value).find() || LONE_SURROGATE.matcher(value).find())) {
            add(Violation.worded(field, "control-character", "measurement.control-character"));
        }
    }

    private void add(Violation violation) {
        found.add(violation);
    }
}
