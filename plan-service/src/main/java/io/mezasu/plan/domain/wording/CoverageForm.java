package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.Direction;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage of a named list (全～): "全地域", "全小学校区", "全校", "すべての地域で実施", "区内全中学校". Every
 * member of the list must be reached; the unit names the list (地域, 小学校区, 校 …), and the plan's
 * {@code areas.names} is the list it is judged against.
 */
final class CoverageForm implements WordingForm {

    private static final Pattern FORM = Pattern.compile("^(?:区内の?)?(?:全|全て の|全ての|すべての)([0-9]+)?"
            + "([\\p{IsHan}\\p{IsKatakana}ー・]{1,8}?)(?:で|において|にて|に)?(?:の)?"
            + "(?:実施|開催|設置|設立|結成|策定|取組|展開|配置)?$");

    @Override
    public Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes) {
        Matcher m = FORM.matcher(target.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String list = m.group(2);
        if (list.equals("体") || list.startsWith("体")) {
            return Optional.empty(); // 全体 is "the whole", not a list
        }
        RuleDraft rule = RuleDraft.of(MeasureKind.AREA_COVERAGE);
        rule.direction = Direction.AT_LEAST;
        rule.directionStated = false;
        rule.unit = list;
        notes.add("全" + list + ": every " + list + " of the plan's list (areas.names) must be covered");
        if (m.group(1) != null) {
            notes.add("the wording counts " + m.group(1) + list + "; the plan's list must have as many names");
        }
        return Optional.of(rule);
    }
}
