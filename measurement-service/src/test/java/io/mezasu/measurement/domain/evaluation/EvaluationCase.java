package io.mezasu.measurement.domain.evaluation;

import java.util.List;

/**
 * One row of the evaluation table. Every expected column is asserted, and null means "must be null",
 * so a row pins NO_DATA's null actual as firmly as a figure.
 */
record EvaluationCase(
        String name,
        TargetSpec spec,
        EvaluationMode mode,
        List<Observation> observations,
        Status status,
        String label,
        String actual,
        String target,
        String expected,
        String projected,
        String progress) {

    static EvaluationCase of(String name, TargetSpec spec, EvaluationMode mode, Observation... observations) {
        return new EvaluationCase(name, spec, mode, List.of(observations), null, null, null, null, null, null, null);
    }

    EvaluationCase is(Status status, String label) {
        return new EvaluationCase(name, spec, mode, observations, status, label, actual, target, expected, projected, progress);
    }

    EvaluationCase actual(String actual, String target) {
        return new EvaluationCase(name, spec, mode, observations, status, label, actual, target, expected, projected, progress);
    }

    EvaluationCase progress(String progress) {
        return new EvaluationCase(name, spec, mode, observations, status, label, actual, target, expected, projected, progress);
    }

    EvaluationCase proRata(String expected, String projected) {
        return new EvaluationCase(name, spec, mode, observations, status, label, actual, target, expected, projected, progress);
    }

    @Override
    public String toString() {
        return name;
    }
}
