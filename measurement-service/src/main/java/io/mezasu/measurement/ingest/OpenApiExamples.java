package io.mezasu.measurement.ingest;

/** Request examples for Swagger UI, on the Minato FY2019 plan's real targets. */
final class OpenApiExamples {

    static final String SURVEY = """
            {"plan": "minato-fy2019", "target": "1-1-1-1", "kind": "SURVEY", "fiscalYear": 2019,
             "observedOn": "2019-08-31", "source": "kumin-monitor", "sourceId": "2019-1/q3",
             "numerator": 412, "denominator": 1000, "surveyName": "区民モニターアンケート", "questionId": "Q3",
             "fieldworkStart": "2019-07-01", "fieldworkEnd": "2019-07-20"}""";

    static final String COUNT = """
            {"plan": "minato-fy2019", "target": "3-1-2-1", "kind": "COUNT", "fiscalYear": 2019,
             "observedOn": "2019-08-31", "source": "soudan-log", "sourceId": "2019-08",
             "value": 1830, "countMode": "RUNNING_TOTAL"}""";

    static final String AREAS = """
            {"plan": "minato-fy2019", "target": "2-1-1-1", "kind": "AREA_COVERAGE", "fiscalYear": 2019,
             "observedOn": "2019-09-30", "source": "chiiki-katsudou", "sourceId": "2019-09",
             "areas": ["市岡", "磯路", "三先", "八幡屋"]}""";

    static final String MILESTONE = """
            {"plan": "minato-fy2019", "target": "2-1-6-1", "kind": "MILESTONE", "fiscalYear": 2019,
             "observedOn": "2019-12-20", "source": "bousai", "sourceId": "hinan-taisaku",
             "state": "DONE", "evidence": "避難対策（暫定案）を策定し区政会議で報告",
             "evidenceUrl": "https://www.city.osaka.lg.jp/minato/"}""";

    static final String SCORE = """
            {"plan": "minato-fy2019", "target": "6-4-1-2", "kind": "SCORE", "fiscalYear": 2019,
             "observedOn": "2019-11-15", "source": "fukumen-chousa", "sourceId": "2019-2",
             "meanScore": 3.6, "ratings": 24, "scale": 5}""";

    static final String BATCH = "[" + SURVEY + ",\n" + COUNT + "]";

    static final String CSV = """
            plan,target,kind,fiscalYear,observedOn,source,sourceId,numerator,denominator,surveyName,value,countMode
            minato-fy2019,1-1-1-1,SURVEY,2019,2019-08-31,kumin-monitor,2019-1/q3,412,1000,区民モニターアンケート,,
            minato-fy2019,3-1-2-1,COUNT,2019,2019-08-31,soudan-log,2019-08,,,,1830,RUNNING_TOTAL
            """;

    private OpenApiExamples() {
    }
}
