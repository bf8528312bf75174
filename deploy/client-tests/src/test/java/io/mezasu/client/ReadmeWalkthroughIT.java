package io.mezasu.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mezasu.client.measurement.ApiException;
import io.mezasu.client.measurement.api.CatalogApi;
import io.mezasu.client.measurement.api.EvaluationsApi;
import io.mezasu.client.measurement.api.MeasurementsApi;
import io.mezasu.client.measurement.model.CountMode;
import io.mezasu.client.measurement.model.ImportSummary;
import io.mezasu.client.measurement.model.Kind;
import io.mezasu.client.measurement.model.Measurement;
import io.mezasu.client.measurement.model.MeasurementAccepted;
import io.mezasu.client.measurement.model.Outcome;
import io.mezasu.client.measurement.model.PlanEvaluation;
import io.mezasu.client.measurement.model.Status;
import io.mezasu.client.measurement.model.TargetEvaluation;
import io.mezasu.client.plan.api.PlansApi;
import io.mezasu.client.plan.model.Draft;
import io.mezasu.client.plan.model.PlanDocument;
import io.mezasu.client.plan.model.PlanVersion;
import io.mezasu.stack.TokenMinter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through, through the clients generated from the services' own OpenAPI documents, against
 * the packaged services on a real PostgreSQL and Kafka: a plan editor publishes a draft; a vendor pushes a
 * survey, a count batch and a retraction; anyone reads the evaluation, its history, the plan's evaluations and
 * the plan tree. The plan is the Minato fixture under a test key.
 */
class ReadmeWalkthroughIT {

    static final String PLAN = "client-walkthrough";
    static final Duration WAIT = Duration.ofSeconds(60);

    static Stack stack;
    static io.mezasu.client.plan.ApiClient editor;
    static PlansApi editorPlans;
    static PlansApi publicPlans;
    static MeasurementsApi vendor;
    static EvaluationsApi evaluations;
    static CatalogApi catalog;

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = Stack.start();
        TokenMinter tokens = stack.tokens();
        String plans = stack.baseUrl("plan-service");
        String measurements = stack.baseUrl("measurement-service");
        editor = Clients.plan(plans, Clients.token(tokens, "client-editor", TokenMinter.PLAN_EDITOR, List.of()));
        editorPlans = new PlansApi(editor);
        publicPlans = new PlansApi(Clients.plan(plans, null));
        vendor = new MeasurementsApi(Clients.measurement(measurements,
                Clients.token(tokens, "client-vendor", TokenMinter.VENDOR, List.of("plan:" + PLAN))));
        evaluations = new EvaluationsApi(Clients.measurement(measurements, null));
        catalog = new CatalogApi(Clients.measurement(measurements, null));
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theReadmeWalkthroughThroughTheGeneratedClients() throws Exception {
        PlanVersion published = publishTheFixture();
        assertEquals(1, published.getVersion());
        assertEquals("client-editor", published.getPublishedBy());
        assertEquals(63, published.getStats().getTargets());

        // measurement-service learns the plan from PlanPublished
        Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() ->
                assertEquals(63, catalog.listCatalogPlanVersions(PLAN).get(0).getTargets()));

        // a survey for 1-1-1-1 (55.0％以上): 412 of 1,000 → 41.2, 未達成 (the year is over)
        MeasurementAccepted first = vendor.submitMeasurement(survey("2019-1/q3", "2019-08-31", 412), null);
        assertEquals(Outcome.RECORDED, first.getOutcome());
        TargetEvaluation missed = awaitEvaluation("1-1-1-1", first.getId());
        assertEquals(Status.NOT_ACHIEVED, missed.getEvaluation().getStatus());
        assertEquals(0, new BigDecimal("41.2").compareTo(missed.getEvaluation().getActual()));
        assertEquals("目標 55.0％以上に対し 41.2％（未達成）。標本の95％信頼区間は 38.2〜44.3％で、目標を明確に下回っています。",
                missed.getEvaluation().getSentence().getJa());

        // a later survey meets it; retracted (取消し), the first one is in effect again
        MeasurementAccepted second = vendor.submitMeasurement(survey("2019-2/q3", "2019-09-30", 612), null);
        assertEquals(Status.ACHIEVED, awaitEvaluation("1-1-1-1", second.getId()).getEvaluation().getStatus());
        MeasurementAccepted retracted = vendor.retractMeasurement(second.getId(), "誤って別の設問の結果を送信");
        assertEquals(Outcome.RETRACTED, retracted.getOutcome());
        Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertEquals(Status.NOT_ACHIEVED,
                evaluations.getTargetEvaluation("1-1-1-1", PLAN, null, null).getEvaluation().getStatus()));
        // history, oldest first: after the plan's NO_DATA version, one version per change
        List<TargetEvaluation> history = evaluations.getTargetEvaluationHistory("1-1-1-1", PLAN);
        List<Status> statuses = history.stream().map(h -> h.getEvaluation().getStatus()).toList();
        assertEquals(List.of(Status.NOT_ACHIEVED, Status.ACHIEVED, Status.NOT_ACHIEVED),
                statuses.subList(statuses.size() - 3, statuses.size()), statuses.toString());
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i).getVersion() > history.get(i - 1).getVersion(), "versions ascend");
        }

        // a count batch (JSON): a dry run counts without writing, then for real
        List<Measurement> counts = List.of(
                count("3-1-2-1", "2019-08", 1830, CountMode.RUNNING_TOTAL),
                count("1-1-6-1", "2019-08-dantai", 12, CountMode.INCREMENT));
        ImportSummary dryRun = vendor.submitMeasurementBatch(counts, true);
        assertEquals(Boolean.TRUE, dryRun.getDryRun());
        assertEquals(2, dryRun.getCounts().getImported());
        ImportSummary imported = vendor.submitMeasurementBatch(counts, false);
        assertEquals(2, imported.getCounts().getImported());
        for (String target : List.of("3-1-2-1", "1-1-6-1")) {
            Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertNotNull(
                    evaluations.getTargetEvaluation(target, PLAN, null, null).getEvaluation().getActual(), target));
        }
        TargetEvaluation cases = evaluations.getTargetEvaluation("3-1-2-1", PLAN, null, null);
        assertEquals(Status.NOT_ACHIEVED, cases.getEvaluation().getStatus(), "1,830 of 4,400件以上");

        // the plan's evaluations: every target, three of them measured
        PlanEvaluation plan = evaluations.getPlanEvaluation(PLAN, null, null, null);
        assertEquals(63, plan.getRollup().getTotal());
        assertEquals(3, plan.getRollup().getAssessable());
        assertEquals(6, plan.getIssues().size());

        // and the plan tree from plan-service, public
        PlanVersion tree = publicPlans.getPlan(PLAN);
        assertEquals(6, tree.getPlan().getIssues().size());
        assertEquals(PLAN, tree.getPlan().getKey());
    }

    /** The committed fixture under the test key, read into the generated PlanDocument: a field lost fails here. */
    private static PlanVersion publishTheFixture() throws Exception {
        Path fixture = Path.of(System.getProperty("mezasu.root.dir", "../.."))
                .resolve("plan-service/src/main/resources/plans/minato-fy2019.json");
        ObjectNode json = (ObjectNode) editor.getObjectMapper().readTree(Files.readString(fixture));
        json.put("key", PLAN);
        PlanDocument document = editor.getObjectMapper().treeToValue(json, PlanDocument.class);
        Draft draft = editorPlans.createPlan(document);
        assertTrue(draft.getValidation().getValid(), () -> "draft problems: " + draft.getValidation().getProblems());
        assertEquals(Json.canonical(json), Json.canonical(editor.getObjectMapper().valueToTree(draft.getPlan())),
                "the draft is the document sent");
        return editorPlans.publishPlan(PLAN);
    }

    private static TargetEvaluation awaitEvaluation(String target, UUID measurement) {
        Awaitility.await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertEquals(measurement,
                evaluations.getTargetEvaluation(target, PLAN, null, null).getLastMeasurementId()));
        try {
            TargetEvaluation evaluation = evaluations.getTargetEvaluation(target, PLAN, null, null);
            assertNotNull(evaluation.getEvaluation());
            return evaluation;
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static Measurement survey(String sourceId, String observedOn, long numerator) {
        return base("1-1-1-1", Kind.SURVEY, "kumin-monitor", sourceId).observedOn(LocalDate.parse(observedOn))
                .numerator(numerator).denominator(1000L).surveyName("区民モニターアンケート").questionId("Q3");
    }

    private static Measurement count(String target, String sourceId, long value, CountMode mode) {
        return base(target, Kind.COUNT, "soudan-log", sourceId).observedOn(LocalDate.of(2019, 8, 31))
                .value(BigDecimal.valueOf(value)).countMode(mode);
    }

    private static Measurement base(String target, Kind kind, String source, String sourceId) {
        return new Measurement().plan(PLAN).target(target).kind(kind).fiscalYear(2019).source(source)
                .sourceId(sourceId);
    }
}
