package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns one fiscal year's observations (sorted oldest first) into an {@link Actual}. */
final class ActualDerivation {

    /** More increments than this are summarized in the formula. */
    static final int MAX_LISTED = 10;


    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ActualDerivation() {
    }

    /** Empty when there is no observation: NO_DATA, never 0. */
    static Optional<Actual> derive(TargetSpec spec, List<Observation> chronological) {
        if (chronological.isEmpty()) {
            return Optional.empty();
        }
        for (Observation o : chronological) {
            if (o.reading().kind() != spec.kind()) {
                // Ingestion checks readings against the target; a mismatch here is a caller bug.
                throw new IllegalArgumentException(spec.code() + " is " + spec.kind() + " but observation "
                        + o.id() + " carries " + o.reading().kind());
            }
        }
        return Optional.of(switch (spec.kind()) {
            case PERCENT -> percent(latest(chronological));
            case SCORE -> score(spec, latest(chronological));
            case COUNT -> spec.cumulative() ? cumulativeCount(chronological) : pointInTimeCount(latest(chronological));
            case AREA_COVERAGE -> areas(spec, chronological);
            case MILESTONE -> milestone(latest(chronological));
        });
    }

    private static Observation latest(List<Observation> chronological) {
        return chronological.get(chronological.size() - 1);
    }

    private static Actual percent(Observation o) {
        Reading.Ratio r = (Reading.Ratio) o.reading();
        BigDecimal value = BigDecimal.valueOf(r.numerator()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(r.denominator()), MathContext.DECIMAL128);
        String text = r.numerator() + " / " + r.denominator() + " × 100 = " + Numbers.show(value) + " %";
        return new Actual(value, null, r, o.observedOn(), List.of(o.id()), text);
    }

    /** A mean on another scale is rescaled linearly to the target's (7.2 of 10 → 3.6 of 5). */
    private static Actual score(TargetSpec spec, Observation o) {
        Reading.Score s = (Reading.Score) o.reading();
        BigDecimal value = s.meanScore();
        String text = "mean " + Numbers.show(value) + " of " + s.ratings() + " ratings";
        if (s.scale() != null && spec.scale() != null && !s.scale().equals(spec.scale())) {
            value = value.multiply(BigDecimal.valueOf(spec.scale()))
                    .divide(BigDecimal.valueOf(s.scale()), MathContext.DECIMAL128);
            text += " on a " + s.scale() + "-point scale × " + spec.scale() + "/" + s.scale() + " = " + Numbers.show(value);
        }
        return new Actual(value, null, null, o.observedOn(), List.of(o.id()), text);
    }

    private static Actual pointInTimeCount(Observation o) {
        BigDecimal value = ((Reading.Count) o.reading()).value();
        return new Actual(value, null, null, o.observedOn(), List.of(o.id()),
                "count " + Numbers.show(value) + " as of " + o.observedOn());
    }

    /**
     * 延べ: the latest running total plus the increments observed on a later day. Increments of the
     * running total's own day or earlier are taken to be inside it; with no running total, all increments add.
     */
    private static Actual cumulativeCount(List<Observation> chronological) {
        Observation total = null;
        for (Observation o : chronological) {
            if (((Reading.Count) o.reading()).mode() == Reading.CountMode.RUNNING_TOTAL) {
                total = o;
            }
        }
        List<UUID> ids = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        if (total != null) {
            sum = ((Reading.Count) total.reading()).value();
            ids.add(total.id());
            parts.add("running total " + Numbers.show(sum) + " (" + total.observedOn() + ")");
        }
        List<String> increments = new ArrayList<>();
        for (Observation o : chronological) {
            Reading.Count c = (Reading.Count) o.reading();
            boolean after = total == null || o.observedOn().isAfter(total.observedOn());
            if (c.mode() == Reading.CountMode.INCREMENT && after) {
                sum = sum.add(c.value());
                ids.add(o.id());
                increments.add(Numbers.show(c.value()));
            }
        }
        if (increments.size() > MAX_LISTED) {
            // A formula is for people: a long run of increments is summarized, not spelt out.
            parts.add("increments " + String.join(" + ", increments.subList(0, 3)) + " + … + "
                    + increments.get(increments.size() - 1) + " (" + increments.size() + " increments)");
        } else if (!increments.isEmpty()) {
            parts.add("increments " + String.join(" + ", increments));
        }
        String text = String.join(" + ", parts) + " = " + Numbers.show(sum);
        return new Actual(sum, null, null, latest(chronological).observedOn(), ids, text);
    }

    /** Coverage (全地域, 全小学校区 …): the union of members reported; names outside the plan's list do not count. */
    private static Actual areas(TargetSpec spec, List<Observation> chronological) {
        Set<String> reported = new TreeSet<>();
        for (Observation o : chronological) {
            reported.addAll(((Reading.Areas) o.reading()).done());
        }
        Set<String> done = new LinkedHashSet<>(spec.areas());
        done.retainAll(reported);
        reported.removeAll(spec.areas());
        String text = done.size() + " of " + spec.areas().size() + " " + Wording.listEn(spec.coverageList()) + " done ("
                + String.join("、", done) + ")";
        if (!reported.isEmpty()) {
            text += ", not in the plan's list and ignored: " + String.join("、", reported);
        }
        List<UUID> ids = chronological.stream().map(Observation::id).collect(Collectors.toList());
        return new Actual(BigDecimal.valueOf(done.size()), null, null, latest(chronological).observedOn(), ids, text);
    }

    private static Actual milestone(Observation o) {
        Reading.MilestoneState state = ((Reading.Milestone) o.reading()).state();
        return new Actual(null, state, null, o.observedOn(), List.of(o.id()),
                "state " + state + " as of " + o.observedOn());
    }
}
