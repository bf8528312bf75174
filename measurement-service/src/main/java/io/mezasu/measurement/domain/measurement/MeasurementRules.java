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
            rules.add("plan", "unknown-plan", "no published plan " + m.plan() + " is known");
        }
        Optional<PlanTargets.TargetKind> target = plan.flatMap(p -> m.target() == null
                ? Optional.empty() : p.target(m.target()));
        if (plan.isPresent() && m.target() != null && target.isEmpty()) {
            rules.add("target", "unknown-target", "plan " + m.plan() + " has no target " + m.target());
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
            add("source", "invalid-format", "letters, digits and . _ : - only, starting with a letter or digit");
        }
        if (required("sourceId", m.sourceId())) {
            length("sourceId", m.sourceId(), MAX_SOURCE_ID);
        }
        length("note", m.note(), MAX_NOTE);
    }

    private void checkComponents(PlanTargets plan, PlanTargets.TargetKind target) {
        if (plan != null && target != null) {
            checkPeriod(plan, target);
            if (m.kind() != null && m.kind() != target.takes()) {
                add("kind", "kind-mismatch", "target " + target.code() + " takes " + target.takes()
                        + " measurements, not " + m.kind());
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
        if (year == null) {
            return;
        }
        boolean baselineYear = target.previousYearBaseline() && year == plan.fiscalYear() - 1;
        if (year != plan.fiscalYear() && !baselineYear) {
            add("fiscalYear", "period-outside-plan", "plan " + plan.key() + " covers fiscal year "
                    + plan.fiscalYear() + (target.previousYearBaseline()
                            ? " (and " + (plan.fiscalYear() - 1) + " for this target's 前年度/前年同時期 baseline)"
                            : ""));
            return;
        }
        LocalDate observed = m.observedOn();
        FiscalPeriod period = FiscalPeriod.of(year);
        if (observed != null && !period.contains(observed)) {
            add("observedOn", "observed-outside-period", observed + " is outside fiscal year " + year + " ("
                    + period.start() + " to " + period.end() + ")");
        }
    }

    private void ratio() {
        boolean hasNumerator = nonNegative("numerator", m.numerator());
        if (m.denominator() == null) {
            add("denominator", "required", "denominator is required");
        } else if (m.denominator() == 0) {
            add("denominator", "zero-denominator", "denominator must be greater than 0");
        } else if (m.denominator() < 0) {
            add("denominator", "negative", "denominator must not be negative");
        } else if (hasNumerator && m.numerator() > m.denominator()) {
            add("numerator", "numerator-exceeds-denominator",
                    "numerator " + m.numerator() + " is greater than denominator " + m.denominator());
        }
        if (m.kind() == Kind.SURVEY) {
            length("surveyName", m.surveyName(), MAX_LABEL);
            length("questionId", m.questionId(), MAX_LABEL);
            if (m.fieldworkStart() != null && m.fieldworkEnd() != null
                    && m.fieldworkEnd().isBefore(m.fieldworkStart())) {
                add("fieldworkEnd", "invalid-range", "fieldwork ends before it starts");
            }
        }
    }

    private void count() {
        if (nonNegative("value", m.value()) && m.value().stripTrailingZeros().scale() > 0) {
            add("value", "not-integral", "a count is a whole number");
        }
        required("countMode", m.countMode());
    }

    private void score(PlanTargets.TargetKind target) {
        required("ratings", m.ratings());
        if (m.ratings() != null && m.ratings() < 1) {
            add("ratings", "out-of-range", "at least one rating is needed");
        }
        if (!required("scale", m.scale())) {
            return;
        }
        if (target != null && target.scale() != null && !target.scale().equals(m.scale())) {
            add("scale", "scale-mismatch", "target " + target.code() + " is scored out of " + target.scale()
                    + ", not " + m.scale());
        }
        if (nonNegative("meanScore", m.meanScore()) && m.meanScore().compareTo(BigDecimal.valueOf(m.scale())) > 0) {
            add("meanScore", "score-out-of-scale", m.meanScore().toPlainString() + " is above the scale's top, "
                    + m.scale());
        }
    }

    private void areas(PlanTargets plan) {
        if (!required("areas", m.areas())) {
            return;
        }
        if (m.areas().size() > MAX_AREAS) {
            add("areas", "too-long", "at most " + MAX_AREAS + " areas");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < m.areas().size(); i++) {
            String area = m.areas().get(i);
            String field = "areas/" + i;
            if (area == null || area.isBlank()) {
                add(field, "required", "an area name is required");
            } else if (!seen.add(area)) {
                add(field, "duplicate-area", area + " is listed twice");
            } else if (plan != null && !plan.areas().contains(area)) {
                add(field, "unknown-area", area + " is not one of the plan's areas " + plan.areas());
            }
        }
    }

    private void milestone() {
        required("state", m.state());
        if (required("evidence", m.evidence())) {
            length("evidence", m.evidence(), MAX_EVIDENCE);
        }
        if (m.evidenceUrl() != null && length("evidenceUrl", m.evidenceUrl(), MAX_EVIDENCE) && !isWebUrl(m.evidenceUrl())) {
            add("evidenceUrl", "invalid-format", "an absolute http(s) URL");
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
            add(field, "not-applicable", field + " does not apply to a " + m.kind() + " measurement");
        }
    }

    private boolean nonNegative(String field, Number value) {
        if (!required(field, value)) {
            return false;
        }
        boolean negative = value instanceof BigDecimal d ? d.signum() < 0 : value.longValue() < 0;
        if (negative) {
            add(field, "negative", field + " must not be negative");
        }
        return !negative;
    }

    private boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "required", field + " is required");
            return false;
        }
        return true;
    }

    private boolean length(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "too-long", field + " is longer than " + max + " characters");
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

    private void add(String field, String code, String message) {
        found.add(new Violation(field, code, message));
    }
}
