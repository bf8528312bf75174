package io.mezasu.measurement.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The committed Minato plan, read once into the typed model that ingest, evaluation and the pages use. */
class PublishedPlanTest {

    private static PublishedPlan minato() throws Exception {
        Path fixture = Path.of(System.getProperty("mezasu.root.dir", "..")).resolve(
                "plan-service/src/main/resources/plans/minato-fy2019.json");
        return PublishedPlan.of(new ObjectMapper().readTree(Files.readString(fixture)));
    }

    @Test
    void readsTheTreeTheAreasAndTheFiscalYear() throws Exception {
        PublishedPlan plan = minato();
        assertEquals(63, plan.targets().count());
        assertEquals(LocalDate.of(2019, 4, 1), plan.fiscalStart());
        assertEquals(LocalDate.of(2020, 3, 31), plan.fiscalEnd());
        assertFalse(plan.areas().isEmpty());
        assertTrue(plan.targets().allMatch(t -> t.rule().kind() != null && !t.code().isEmpty()));
        assertTrue(plan.issues().stream().mapToLong(PublishedPlan.Issue::budgetThousandYen).sum() > 0);
    }

    @Test
    void aReprintListsNoTargetsOfItsOwn() throws Exception {
        assertTrue(minato().issues().stream().flatMap(i -> i.strategies().stream())
                .flatMap(s -> s.initiatives().stream()).filter(n -> n.reprintOf() != null)
                .allMatch(n -> n.targets().isEmpty()));
    }

    @Test
    void everyTargetHasASpec() throws Exception {
        assertEquals(63, TargetSpecs.of("minato-fy2019", minato()).size());
    }
}
