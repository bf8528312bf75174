package io.mezasu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard reads only metrics that docs/operations.md documents, so neither drifts alone. */
class GrafanaDashboardTest {

    @Test
    void everyMetricTheDashboardReadsIsDocumented() throws Exception {
        String dashboard = Files.readString(Declarations.root().resolve("deploy/grafana/mezasu-dashboard.json"));
        String docs = Files.readString(Declarations.root().resolve("docs/operations.md"));
        Set<String> undocumented = new TreeSet<>();
        Matcher m = Pattern.compile("mezasu_[a-z_]+").matcher(dashboard);
        int seen = 0;
        while (m.find()) {
            seen++;
            String base = m.group().replaceAll("_(total|count|sum|bucket)$", "");
            if (!docs.contains("`" + base + "`") && !docs.contains("`" + base + "_total`")) {
                undocumented.add(m.group());
            }
        }
        assertTrue(seen >= 8, "the dashboard reads the mezasu metrics");
        assertEquals(Set.of(), undocumented);
    }
}
