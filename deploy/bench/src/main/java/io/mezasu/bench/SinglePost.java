package io.mezasu.bench;

/** #2: single-measurement POSTs at a fixed rate, open model. */
final class SinglePost {

    private SinglePost() {
    }

    static Row run(Bench bench) throws Exception {
        Scale s = bench.scale;
        OpenLoad.warmUp(bench.http, s.singleRate(), s.warmUp(),
                i -> bench.postJson("/measurements", bench.measurements.mixed(i, "warm")));
        Bench.log("single POST: %d req/s for %d s", s.singleRate(), s.singleFor().toSeconds());
        OpenLoad.Outcome o = OpenLoad.run(bench.http, s.singleRate(), s.singleFor(),
                i -> bench.postJson("/measurements", bench.measurements.mixed(i, "single")), 202, null);
        Bench.log("single POST: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors %s", o.p(50), o.p(99), o.maxMs(),
                o.errors(), o.firstError());
        boolean met = o.p(99) <= 20 && o.errors() == 0;
        return new Row("2", "Single POST at " + s.singleRate() + " req/s, " + s.singleFor().toSeconds() + " s",
                Row.figures("p50_ms", o.p(50), "p99_ms", o.p(99), "max_ms", o.maxMs(), "errors", o.errors(),
                        "requests", o.sent()),
                String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors", o.p(50), o.p(99), o.maxMs(),
                        o.errors()),
                "p99 ≤ 20 ms, 0 errors", met ? Row.Verdict.MET : Row.Verdict.MISSED,
                o.sent() + " requests, offered " + String.format("%.0f", o.achievedRate()) + "/s"
                        + (o.firstError().isEmpty() ? "" : "; first error: " + o.firstError()));
    }
}
