package io.mezasu.measurement.web.export;

import io.mezasu.measurement.domain.evaluation.Evaluation;
import io.mezasu.measurement.domain.evaluation.EvaluationMode;
import io.mezasu.measurement.domain.evaluation.TargetSpec;
import io.mezasu.measurement.evaluation.EvaluationViews;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plan's evaluations as rows, one per target where it belongs (a 再掲 is not repeated). */
public final class EvaluationTable {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private EvaluationTable() {
    }

    /**
     * @param labels the status words of the export's language, by status or Osaka label code
     */
    public static List<EvaluationRow> rows(EvaluationViews.PlanEvaluation plan, Map<String, TargetSpec> specs,
            java.util.function.Function<String, String> labels, boolean english) {
        List<EvaluationRow> rows = new ArrayList<>();
        for (EvaluationViews.Issue issue : plan.issues()) {
            for (EvaluationViews.Strategy strategy : issue.strategies()) {
                for (EvaluationViews.Initiative initiative : strategy.initiatives()) {
                    for (EvaluationViews.Target target : initiative.targets()) {
                        if (!target.reprinted()) {
                            rows.add(row(issue, strategy, initiative, target, specs.get(target.code()), labels, english));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static EvaluationRow row(EvaluationViews.Issue issue, EvaluationViews.Strategy strategy,
            EvaluationViews.Initiative initiative, EvaluationViews.Target target, TargetSpec spec,
            java.util.function.Function<String, String> labels, boolean english) {
        EvaluationViews.TargetEvaluation version = target.evaluation();
        Evaluation e = version == null ? null : version.evaluation();
        String unit = spec == null ? null : spec.unit();
        String status = e == null ? "NO_DATA" : e.status().name();
        String label = labels.apply(e == null || e.osakaLabel() == null ? status : e.osakaLabel().name());
        String on = version == null || version.recordedAt() == null ? ""
                : version.recordedAt().atZoneSameInstant(JAPAN).toLocalDate().toString();
        String mode = e == null ? "" : e.mode() == EvaluationMode.IN_YEAR ? (english ? "mid-year" : "中間振り返り")
                : (english ? "year-end" : "年度末");
        String sentence = e == null || e.sentence() == null ? "" : english ? e.sentence().en() : e.sentence().ja();
        return new EvaluationRow(issue.number(), issue.title(), strategy.code() + " " + strategy.title(),
                initiative.code() + " " + initiative.title(), target.code(), target.indicator(), target.targetText(),
                status, label, e == null ? null : e.actual(), e == null ? null : e.target(), unit,
                e == null ? null : e.progressPercent(), e == null || e.confidence() == null ? null : e.confidence().low(),
                e == null || e.confidence() == null ? null : e.confidence().high(), on, mode, sentence);
    }
}
