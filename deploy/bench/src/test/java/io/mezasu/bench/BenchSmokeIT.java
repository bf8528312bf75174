package io.mezasu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mezasu.stack.Dirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench harness in CI: {@code ./mezasu bench --smoke} (a few hundred requests) against a local stack started
 * from the service jars of this reactor build, on free ports and a data dir under the system temp directory (the
 * checkout may sit in a directory the postgres OS user cannot traverse). It asserts only that
 * every scenario ran and produced figures: timings on a shared CI machine prove nothing, so no thresholds.
 */
class BenchSmokeIT {

    @Test
    void everyScenarioRunsAndProducesFigures() throws Exception {
        Path root = Path.of(System.getProperty("mezasu.root.dir", "../.."));
        Path scratch = Dirs.newTempDir("mezasu-bench-smoke-");
        Path dataDir = scratch.resolve("bench");
        Path out = Path.of("target/bench-smoke.md").toAbsolutePath();
        Report report;
        try {
            report = BenchMain.run(new BenchMain.Options(true, false, root, dataDir, out, null));
        } finally {
            Dirs.deleteRecursively(scratch);
        }

        List<String> numbers = report.rows().stream().map(Row::number).distinct().toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), numbers, report.table());
        for (Row row : report.rows()) {
            assertNotEquals(Row.Verdict.FAILED, row.verdict(), () -> "scenario " + row.number() + " did not run: "
                    + row.note() + "\n" + report.table());
            assertFalse(row.figures().isEmpty(), "scenario " + row.number() + " has no figures");
            row.figures().forEach((name, value) -> assertTrue(Double.isFinite(value) && value >= 0,
                    "scenario " + row.number() + " figure " + name + " = " + value));
        }
        assertEquals(2, report.rows().stream().filter(r -> r.number().equals("6")).count(), "one row per service");
        assertTrue(Files.readString(out).contains(Report.BEGIN), "markdown written");
    }
}
