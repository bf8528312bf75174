package io.mezasu.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * #7: the pages people read. The dashboard (/plans/{key}, the whole tree in HTML) at 100 req/s, and the whole
 * plan's self-evaluation report as PDF, fetched one after another.
 */
final class Pages {

    static final int DASHBOARD_RATE = 100;

    private Pages() {
    }

    static Row run(Bench bench) throws Exception {
        Scale s = bench.scale;
        String dashboard = "/plans/" + bench.plan;
        var probe = bench.send(bench.page(dashboard));
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("GET " + dashboard + " answered " + probe.statusCode());
        }
        int rate = s.smoke() ? 20 : DASHBOARD_RATE;
        OpenLoad.warmUp(bench.http, rate, s.warmUp(), i -> bench.page(dashboard));
        OpenLoad.Outcome o = OpenLoad.run(bench.http, rate, s.readFor(), i -> bench.page(dashboard), 200, null);
        List<Double> pdfMs = pdfs(bench, s.smoke() ? 2 : 10);
        double pdfMax = Collections.max(pdfMs);
        double pdfMedian = pdfMs.stream().sorted().toList().get(pdfMs.size() / 2);
        Bench.log("pages: dashboard p50 %.1f ms, p99 %.1f ms, %d errors; PDF median %.0f ms, max %.0f ms", o.p(50),
                o.p(99), o.errors(), pdfMedian, pdfMax);
        boolean met = o.errors() == 0 && o.p(99) <= 50 && pdfMax <= 2000;
        return new Row("7", "Pages: dashboard at " + rate + " req/s for " + s.readFor().toSeconds() + " s; PDF report",
                Row.figures("dashboard_p50_ms", o.p(50), "dashboard_p99_ms", o.p(99), "dashboard_errors", o.errors(),
                        "pdf_median_ms", pdfMedian, "pdf_max_ms", pdfMax),
                String.format("dashboard p50 %.1f ms, p99 %.1f ms; PDF median %.0f ms, max %.0f ms", o.p(50), o.p(99),
                        pdfMedian, pdfMax),
                "dashboard p99 ≤ 50 ms; PDF ≤ 2 s", met ? Row.Verdict.MET : Row.Verdict.MISSED,
                o.sent() + " dashboards of " + probe.body().length() + " bytes; " + pdfMs.size()
                        + " whole-plan PDFs one after another (the first warms the renderer)"
                        + (o.firstError().isEmpty() ? "" : "; first error: " + o.firstError()));
    }

    /** Fetches the report PDF {@code count + 1} times and keeps the times of all but the first (warm-up). */
    private static List<Double> pdfs(Bench bench, int count) throws Exception {
        String path = "/plans/" + bench.plan + "/report.pdf";
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = bench.send(bench.page(path));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
            if (i > 0) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        return ms;
    }
}
