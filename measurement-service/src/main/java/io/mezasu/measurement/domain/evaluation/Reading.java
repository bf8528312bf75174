package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/** The raw components of one measurement (測定値), one shape per {@link MeasureKind}. */
public sealed interface Reading {

    MeasureKind kind();

    /** PERCENT: e.g. 412 of 1,000 respondents, or 受診者数 / 定員 (which may exceed 100 %). */
    record Ratio(long numerator, long denominator) implements Reading {
        public Ratio {
            if (denominator <= 0 || numerator < 0) {
                throw new IllegalArgumentException("a ratio needs numerator ≥ 0 and denominator > 0");
            }
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.PERCENT;
        }
    }

    /** COUNT: a running total so far, or an increment since the previous report. */
    record Count(BigDecimal value, CountMode mode) implements Reading {
        public Count {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.COUNT;
        }
    }

    enum CountMode {
        RUNNING_TOTAL, INCREMENT
    }

    /** SCORE: a mean of {@code ratings} ratings on a {@code scale}-point scale. */
    record Score(BigDecimal meanScore, int ratings, Integer scale) implements Reading {
        public Score {
            Objects.requireNonNull(meanScore, "meanScore");
            if (ratings <= 0) {
                throw new IllegalArgumentException("a mean of no ratings is not a score");
            }
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.SCORE;
        }
    }

    /** AREA_COVERAGE: the 地域 reported done. */
    record Areas(Set<String> done) implements Reading {
        public Areas {
            done = Set.copyOf(done);
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.AREA_COVERAGE;
        }
    }

    /** MILESTONE: the state reached. */
    record Milestone(MilestoneState state) implements Reading {
        public Milestone {
            Objects.requireNonNull(state, "state");
        }

        @Override
        public MeasureKind kind() {
            return MeasureKind.MILESTONE;
        }
    }

    enum MilestoneState {
        DONE, IN_PROGRESS, NOT_DONE
    }
}
