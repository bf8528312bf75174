package io.mezasu.measurement.web;

import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.Status;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's filters as the reader set them, read strictly (a bad value is a 400 problem, never a silent
 * default), and the options the form offers. {@code asOf} is a date: the view as known at the end of that day in
 * Japan, the API's asOf semantics.
 */
public record FilterForm(String issue, String status, String mode, String asOf, List<Option> issues,
        List<Option> statuses, List<Option> modes) {

    /** One choice of a select; {@code selected} marks the reader's. */
    public record Option(String value, String label, boolean selected) {
    }

    static FilterForm read(String issue, String status, String mode, String asOf) {
        FilterForm form = new FilterForm(blank(issue), blank(status), blank(mode), blank(asOf), List.of(), List.of(),
                List.of());
        form.issueNumber();
        form.statusCode();
        form.evaluationMode();
        form.asOfInstant();
        return form;
    }

    Integer issueNumber() {
        if (issue == null) {
            return null;
        }
        try {
            return Integer.valueOf(issue);
        } catch (NumberFormatException e) {
            throw invalid("issue", FieldIssue.of("issue", "invalid-format", "expected", Text.of("expected.integer")));
        }
    }

    String statusCode() {
        if (status == null) {
            return null;
        }
        try {
            return Status.valueOf(status).name();
        } catch (IllegalArgumentException e) {
            throw invalid("status", FieldIssue.of("status", "invalid-format", "expected", Text.of("expected.one-of",
                    "values", java.util.Arrays.toString(Status.values()))));
        }
    }

    EvaluationMode evaluationMode() {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case "in-year" -> EvaluationMode.IN_YEAR;
            case "year-end" -> EvaluationMode.YEAR_END;
            default -> throw invalid("mode", FieldIssue.of("mode", "invalid-mode"));
        };
    }

    OffsetDateTime asOfInstant() {
        if (asOf == null) {
            return null;
        }
        try {
            ZoneId japan = ZoneId.of("Asia/Tokyo");
            return LocalDate.parse(asOf).atTime(LocalTime.MAX).atZone(japan).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw invalid("asOf", FieldIssue.of("asOf", "invalid-format", "expected", Text.of("expected.date")));
        }
    }

    /** The same choices with the options the form lists. */
    FilterForm withOptions(DashboardView view, Lang lang) {
        Texts texts = Words.of(lang);
        List<Option> issueOptions = new ArrayList<>();
        issueOptions.add(new Option("", texts.all(), issue == null));
        view.issues().forEach(i -> issueOptions.add(new Option(String.valueOf(i.number()), i.number() + " " + i.title(),
                String.valueOf(i.number()).equals(issue))));
        List<Option> statusOptions = new ArrayList<>();
        statusOptions.add(new Option("", texts.all(), status == null));
        for (Status s : Status.values()) {
            statusOptions.add(new Option(s.name(), texts.status(s.name()), s.name().equals(status)));
        }
        List<Option> modeOptions = List.of(new Option("", texts.mode_default(), mode == null),
                new Option("in-year", texts.mode_in_year(), "in-year".equals(mode)),
                new Option("year-end", texts.mode_year_end(), "year-end".equals(mode)));
        return new FilterForm(issue, status, mode, asOf, issueOptions, statusOptions, modeOptions);
    }

    private static ProblemException invalid(String field, FieldIssue issue) {
        return ProblemException.invalid(Text.of("page.filter-invalid", "field", field), List.of(issue));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
