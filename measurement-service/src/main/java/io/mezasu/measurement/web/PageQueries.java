package io.mezasu.measurement.web;

import io.mezasu.measurement.catalog.PublishedPlan;
import io.mezasu.measurement.catalog.CatalogLookup;
import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.FiscalPeriod;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationQueries;
import io.mezasu.measurement.evaluation.EvaluationViews;
import io.mezasu.measurement.projection.MeasurementQueries;
import io.mezasu.measurement.projection.MeasurementView;
import io.mezasu.measurement.web.charts.SeriesChart;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what the pages show, in one transaction per page, from the same queries the API uses. */
@ApplicationScoped
public class PageQueries {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CatalogLookup catalog;
    private final EvaluationQueries evaluations;
    private final MeasurementQueries measurements;

    public PageQueries(CatalogLookup catalog, EvaluationQueries evaluations, MeasurementQueries measurements) {
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.measurements = measurements;
    }

    @Transactional
    public List<PlanCard> plans(Lang lang) {
        Texts texts = Words.of(lang);
        List<PlanCard> cards = new ArrayList<>();
        for (CatalogLookup.Entry entry : catalog.all()) {
            String key = entry.targets().key();
            EvaluationViews.PlanEvaluation plan = evaluations.plan(key, null, null);
            PublishedPlan outline = entry.plan();
            cards.add(new PlanCard(key, plan.title(), outline.outline().ward(), outline.outline().fiscalYearLabel(),
                    RollupView.of(plan.rollup(), plan.title(), texts)));
        }
        return cards;
    }

    @Transactional
    public DashboardView dashboard(String key, OffsetDateTime asOf, EvaluationMode mode, Dashboards.Filter filter,
            Lang lang) {
        CatalogLookup.Entry entry = entry(key);
        return Dashboards.build(evaluations.plan(key, asOf, mode), entry.plan(), entry.specs(), filter, lang);
    }

    /** The plan with its evaluations and outline, for the report and the exports. */
    @Transactional
    public Snapshot snapshot(String key, OffsetDateTime asOf, EvaluationMode mode) {
        CatalogLookup.Entry entry = entry(key);
        return new Snapshot(evaluations.plan(key, asOf, mode), entry.plan(), entry.specs());
    }

    /** A frozen tree (a review point's) with the plan it belongs to. */
    @Transactional
    public Snapshot snapshotOf(String key, EvaluationViews.PlanEvaluation tree) {
        CatalogLookup.Entry entry = entry(key);
        return new Snapshot(tree, entry.plan(), entry.specs());
    }

    /** A plan's evaluations with what the report and exports need beside them. */
    public record Snapshot(EvaluationViews.PlanEvaluation plan, PublishedPlan outline, Map<String, TargetSpec> specs) {
    }

    @Transactional
    public TargetView target(String key, String code, Optional<Caller> staff, Lang lang) {
        CatalogLookup.Entry entry = entry(key);
        TargetSpec spec = entry.specs().get(code);
        if (spec == null) {
            throw ProblemException.notFound(Text.of("plan.no-target", "plan", key, "target", code));
        }
        EvaluationViews.PlanEvaluation plan = evaluations.plan(key, null, null);
        Place place = place(plan, code);
        Texts texts = Words.of(lang);
        List<EvaluationViews.TargetEvaluation> history = evaluations.history(key, code);
        DashboardView.TargetRow row = Dashboards.row(place.target(), spec, lang);
        Evaluation current = place.target().evaluation() == null ? null : place.target().evaluation().evaluation();
        return new TargetView(key, plan.title(), place.issue().title(), place.strategy().title(),
                place.initiative().title(), row, RuleWords.of(spec, lang),
                current == null || current.explanation() == null ? "" : current.explanation().formula(),
                chart(entry, spec, history, texts), historyLines(history, texts), measurementsFor(staff, key, code),
                List.of());
    }

    private record Place(EvaluationViews.Issue issue, EvaluationViews.Strategy strategy,
            EvaluationViews.Initiative initiative, EvaluationViews.Target target) {
    }

    /** Where a target sits in the tree; its own initiative, not a 再掲 that repeats it. */
    private static Place place(EvaluationViews.PlanEvaluation plan, String code) {
        for (EvaluationViews.Issue issue : plan.issues()) {
            for (EvaluationViews.Strategy strategy : issue.strategies()) {
                for (EvaluationViews.Initiative initiative : strategy.initiatives()) {
                    for (EvaluationViews.Target target : initiative.targets()) {
                        if (target.code().equals(code) && !target.reprinted()) {
                            return new Place(issue, strategy, initiative, target);
                        }
                    }
                }
            }
        }
        throw ProblemException.notFound(Text.of("plan.target-not-in-tree", "target", code));
    }

    private static String chart(CatalogLookup.Entry entry, TargetSpec spec,
            List<EvaluationViews.TargetEvaluation> history, Texts texts) {
        FiscalPeriod period = entry.targets().period();
        List<SeriesChart.Point> points = new ArrayList<>();
        for (EvaluationViews.TargetEvaluation version : history) {
            Evaluation e = version.evaluation();
            if (e.actual() == null || version.recordedAt() == null) {
                continue;
            }
            points.add(new SeriesChart.Point(version.recordedAt().atZoneSameInstant(JAPAN).toLocalDate(),
                    e.actual().doubleValue(), e.confidence() == null ? null : e.confidence().low().doubleValue(),
                    e.confidence() == null ? null : e.confidence().high().doubleValue(),
                    Formats.withUnit(e.actual(), spec.unit()) + " (" + version.recordedAt().format(WHEN) + ")"));
        }
        Double threshold = spec.threshold() == null ? null : spec.threshold().doubleValue();
        String thresholdText = spec.threshold() == null ? "" : Formats.withUnit(spec.threshold(), spec.unit());
        return SeriesChart.svg(new SeriesChart.Frame(texts.chart_title(spec.code()), period.start(), period.end(),
                threshold, spec.cumulative(), texts.threshold_label(thresholdText), texts.prorata_label()), points);
    }

    private static List<TargetView.HistoryLine> historyLines(List<EvaluationViews.TargetEvaluation> history,
            Texts texts) {
        List<TargetView.HistoryLine> lines = new ArrayList<>();
        List<EvaluationViews.TargetEvaluation> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        for (EvaluationViews.TargetEvaluation version : newestFirst) {
            Evaluation e = version.evaluation();
            lines.add(new TargetView.HistoryLine(version.version() == null ? 0 : version.version(),
                    version.recordedAt() == null ? "" : version.recordedAt().atZoneSameInstant(JAPAN).format(WHEN),
                    StatusBadge.of(e, texts), Formats.number(e.actual()),
                    e.mode() == EvaluationMode.IN_YEAR ? texts.mode_in_year() : texts.mode_year_end()));
        }
        return lines;
    }

    /** Raw measurements: for readers, and for a vendor within its scope; anyone else sees none (null). */
    private List<TargetView.MeasurementLine> measurementsFor(Optional<Caller> staff, String key, String code) {
        boolean allowed = staff.map(c -> c.hasAnyRole(Roles.READER)
                || c.hasAnyRole(Roles.VENDOR) && c.vendorScope().permits(key, code, null)).orElse(false);
        if (!allowed) {
            return null;
        }
        List<TargetView.MeasurementLine> lines = new ArrayList<>();
        for (MeasurementView m : measurements.list(key, code, null, null, null, 0, 100).items()) {
            lines.add(new TargetView.MeasurementLine(String.valueOf(m.measurement().observedOn()),
                    m.measurement().source(), value(m), m.status(),
                    m.recordedAt().atZoneSameInstant(JAPAN).format(WHEN)));
        }
        return lines;
    }

    private static String value(MeasurementView m) {
        if (m.ratioPercent() != null) {
            return m.measurement().numerator() + " / " + m.measurement().denominator() + " (" + m.ratioPercent() + "%)";
        }
        if (m.measurement().value() != null) {
            return m.measurement().value().toPlainString();
        }
        if (m.measurement().meanScore() != null) {
            return m.measurement().meanScore().toPlainString();
        }
        return m.measurement().state() != null ? m.measurement().state().name() : "";
    }

    private CatalogLookup.Entry entry(String key) {
        return catalog.latest(key).orElseThrow(() -> ProblemException.notFound(Text.of("plan.not-known", "plan", key)));
    }
}
