package io.mezasu.measurement.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the measurements API, one per kind, on the Minato plan's real targets. */
public final class Body {

    public static final String PLAN = "minato-fy2019";

    private Body() {
    }

    public static Map<String, Object> base(String target, String kind, String source, String sourceId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", PLAN);
        m.put("target", target);
        m.put("kind", kind);
        m.put("fiscalYear", 2019);
        m.put("observedOn", "2019-08-31");
        m.put("source", source);
        m.put("sourceId", sourceId);
        return m;
    }

    /** 1-1-1-1: 55.0％以上, 区民モニターアンケート. */
    public static Map<String, Object> survey(String source, String sourceId, long numerator, long denominator) {
        Map<String, Object> m = base("1-1-1-1", "SURVEY", source, sourceId);
        m.put("numerator", numerator);
        m.put("denominator", denominator);
        m.put("surveyName", "区民モニターアンケート");
        m.put("questionId", "Q3");
        m.put("fieldworkStart", "2019-07-01");
        m.put("fieldworkEnd", "2019-07-20");
        return m;
    }

    /** 3-4-2-1: 80％以上, an administrative ratio (充足率). */
    public static Map<String, Object> ratio(String source, String sourceId, long numerator, long denominator) {
        Map<String, Object> m = base("3-4-2-1", "RATIO", source, sourceId);
        m.put("numerator", numerator);
        m.put("denominator", denominator);
        return m;
    }

    /** 3-1-2-1: 4,400件以上 (延べ). */
    public static Map<String, Object> count(String source, String sourceId, long value, String mode) {
        Map<String, Object> m = base("3-1-2-1", "COUNT", source, sourceId);
        m.put("value", value);
        m.put("countMode", mode);
        return m;
    }

    /** 6-4-1-2: 3.5点以上 (5点満点). */
    public static Map<String, Object> score(String source, String sourceId, double mean, int scale) {
        Map<String, Object> m = base("6-4-1-2", "SCORE", source, sourceId);
        m.put("meanScore", mean);
        m.put("ratings", 24);
        m.put("scale", scale);
        return m;
    }

    /** 2-1-1-1: 全地域. */
    public static Map<String, Object> areas(String source, String sourceId, List<String> areas) {
        Map<String, Object> m = base("2-1-1-1", "AREA_COVERAGE", source, sourceId);
        m.put("areas", areas);
        return m;
    }

    /** 2-1-6-1: 避難対策（暫定案）を策定. */
    public static Map<String, Object> milestone(String source, String sourceId, String state) {
        Map<String, Object> m = base("2-1-6-1", "MILESTONE", source, sourceId);
        m.put("state", state);
        m.put("evidence", "湾岸5区合同会議で暫定案を確認");
        m.put("evidenceUrl", "https://www.city.osaka.lg.jp/minato/");
        return m;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }
}
