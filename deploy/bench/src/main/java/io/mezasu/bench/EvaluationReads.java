package io.mezasu.bench;

/** #4: the whole plan's evaluations, anonymously, at a fixed rate. */
final class EvaluationReads {

    private EvaluationReads() {
    }

    static Row run(Bench bench) throws Exception {
        Scale s = bench.scale;
        String path = "/plans/" + bench.plan + "/evaluations";
        var probe = bench.send(bench.get(path));
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + probe.statusCode());
        }
        OpenLoad.warmUp(bench.http, s.readRate(), s.warmUp(), i -> bench.get(path));
        Bench.log("evaluation reads: %d req/s for %d s (%,d bytes per answer)", s.readRate(),
                s.readFor().toSeconds(), probe.body().length());
        OpenLoad.Outcome o = OpenLoad.run(bench.http, s.readRate(), s.readFor(), i -> bench.get(path), 200, null);
        Bench.log("evaluation reads: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors", o.p(50), o.p(99), o.maxMs(),
                o.errors());
        return new Row("4", "Evaluation reads at " + s.readRate() + " req/s, " + s.readFor().toSeconds() + " s",
                Row.figures("p50_ms", o.p(50), "p99_ms", o.p(99), "max_ms", o.maxMs(), "errors", o.errors(),
                        "requests", o.sent()),
                String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors", o.p(50), o.p(99), o.maxMs(),
                        o.errors()),
                "p99 ≤ 10 ms", o.errors() > 0 ? Row.Verdict.MISSED : Row.atMost(o.p(99), 10),
                o.sent() + " requests of " + probe.body().length() + " bytes each"
                        + (o.firstError().isEmpty() ? "" : "; first error: " + o.firstError()));
    }
}
