package io.mezasu.measurement.domain.measurement;

/** One thing wrong with a submitted measurement: the JSON field, a stable code and a message. */
public record Violation(String field, String code, String message) {
}
