package io.mezasu.plan.domain;

/** One problem found in a plan document: a stable code, the JSON pointer of the culprit, a message. */
public record Violation(String code, String pointer, String message) {
}
