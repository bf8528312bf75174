package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.DataSource;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import io.mezasu.plan.domain.TargetRule.PercentBasis;
import io.mezasu.plan.domain.TargetRule.SourceKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a proposed rule's figure comes from (データの出典), read from the indicator: a survey named in
 * it ("区民モニターアンケートにおいて", "…メンバーに対するアンケートで"), a survey implied by what people
 * feel or answer (感じている, 答えた, 認知度 → 区民モニターアンケート when the respondents are 区民), or
 * the ward's own records (業務記録) for counts, milestones, coverage and rates such as 受診率. Always a
 * proposal: the note tells the editor to check it, since plans rarely name the source.
 */
final class DataSources {

    private static final Pattern SURVEY_CUES = Pattern.compile(
            "感じ|思う|思い|答え|回答|知って|認知|認識|満足|評価|アンケート|意識|理解");
    private static final Pattern PEOPLE_SHARE = Pattern.compile("(区民|職員|人|者|委員|団体|学校|校長)の割合");
    private static final Pattern ADDRESSED = Pattern.compile("^(.+?)に対するアンケート");
    private static final Pattern RUN_BY = Pattern.compile("([^、,]*?で実施するアンケート)");
    private static final Pattern PARTICIPANTS = Pattern.compile("^(.+?の(?:参加者|受講者|利用者))のうち");
    private static final Pattern AMONG = Pattern.compile("^([^、,「」]+?)のうち");
    private static final String MONITOR = "区民モニターアンケート";
    private static final String RECORDS = "業務記録";

    private DataSources() {
    }

    static void fill(RuleDraft rule, Wording indicator, List<String> notes) {
        String text = indicator.text();
        if (rule.kind == MeasureKind.PERCENT) {
            rule.percentBasis = basis(text);
        }
        rule.dataSource = source(rule, indicator);
        notes.add("data source proposed as " + rule.dataSource.kind() + " '" + rule.dataSource.name() + "'"
                + (rule.percentBasis == null ? "" : ", percentBasis " + rule.percentBasis)
                + ": check it against the plan");
    }

    private static PercentBasis basis(String text) {
        if (SURVEY_CUES.matcher(text).find() || PEOPLE_SHARE.matcher(text).find()) {
            return PercentBasis.SURVEY;
        }
        return PercentBasis.ADMINISTRATIVE;
    }

    private static DataSource source(RuleDraft rule, Wording indicator) {
        String text = indicator.text();
        boolean survey = rule.percentBasis == PercentBasis.SURVEY || text.contains("アンケート");
        if (text.contains(MONITOR)) {
            return new DataSource(SourceKind.RESIDENT_SURVEY, MONITOR, true);
        }
        Matcher addressed = ADDRESSED.matcher(indicator.original().strip());
        if (addressed.find()) {
            String who = addressed.group(1).replace("のメンバー", "メンバー");
            return new DataSource(member(who) ? SourceKind.MEMBER_SURVEY : SourceKind.PARTICIPANT_SURVEY,
                    who + "アンケート", true);
        }
        Matcher runBy = RUN_BY.matcher(indicator.original());
        if (runBy.find()) {
            return new DataSource(SourceKind.PARTICIPANT_SURVEY, runBy.group(1), true);
        }
        if (rule.kind == MeasureKind.SCORE && (text.contains("覆面") || text.contains("調査員"))) {
            return new DataSource(SourceKind.EXTERNAL_ASSESSMENT, "調査", false);
        }
        if (!survey) {
            return new DataSource(SourceKind.ADMINISTRATIVE_RECORD, RECORDS, false);
        }
        Matcher participants = PARTICIPANTS.matcher(indicator.original().strip());
        if (participants.find()) {
            return new DataSource(SourceKind.PARTICIPANT_SURVEY, participants.group(1) + "アンケート", false);
        }
        if (text.contains("区民") || text.contains("認知度")) {
            return new DataSource(SourceKind.RESIDENT_SURVEY, MONITOR, false);
        }
        Matcher among = AMONG.matcher(indicator.original().strip());
        if (among.find()) {
            return new DataSource(member(among.group(1)) ? SourceKind.MEMBER_SURVEY : SourceKind.PARTICIPANT_SURVEY,
                    among.group(1) + "へのアンケート", false);
        }
        return new DataSource(member(text) ? SourceKind.MEMBER_SURVEY : SourceKind.PARTICIPANT_SURVEY, "アンケート",
                false);
    }

    private static boolean member(String who) {
        return who.contains("メンバー") || who.contains("委員") || who.contains("構成団体") || who.contains("職員");
    }
}
