package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fixture's desired states (めざす状態) against the seed's layout (issue 20): the wording is the seed's, a box
 * stays with one strategy, and whatever the layout cannot place is marked INFERRED on the item itself.
 */
class SeedDesiredStatesTest {

    static final SeedBoxes SEED = SeedBoxes.read();
    static final PlanDocument PLAN = Fixtures.minato();

    record Placed(String strategy, DesiredState state) {
        String key() {
            return SeedBoxes.normalize(state.text());
        }
    }

    static final List<Placed> PLACED = PLAN.issues().stream().flatMap(i -> i.strategies().stream())
            .flatMap(s -> s.desiredStates().stream().map(d -> new Placed(s.code(), d))).toList();

    @Test
    void everyDesiredStateIsWordedAsInTheSeed() {
        for (Placed placed : PLACED) {
            assertTrue(SEED.wholeText().contains(placed.key()), placed.strategy() + ": " + placed.state().text());
        }
    }

    @Test
    void everyBulletOfTheSeedsBoxesIsInTheFixture() {
        for (SeedBoxes.Box box : SEED.boxes()) {
            for (String bullet : box.bullets()) {
                placed(bullet, box);
            }
        }
    }

    @Test
    void aBoxWithOneLabelBelongsToOneStrategyUnlessAnItemSaysWhyNot() {
        for (SeedBoxes.Box box : SEED.boxes()) {
            if (box.labels() != 1 || box.bullets().size() < 2) {
                continue;
            }
            List<Placed> stated = box.bullets().stream().map(b -> placed(b, box))
                    .filter(p -> !p.state().isInferred()).toList();
            Set<String> strategies = stated.stream().map(Placed::strategy).collect(Collectors.toSet());
            assertTrue(strategies.size() <= 1, "seed line " + box.line() + ": one label, bullets spread over "
                    + strategies);
        }
    }

    /** Two labels then three bullets: the first bullet goes with the first label, the last with the last. */
    @Test
    void bulletsTheLayoutCannotPlaceAreMarkedInferred() {
        List<String> unplaceable = new ArrayList<>();
        for (SeedBoxes.Box box : SEED.boxes()) {
            if (box.labels() >= 2 && box.bullets().size() > box.labels()) {
                List<String> bullets = box.bullets();
                unplaceable.addAll(bullets.subList(1, bullets.size() - 1));
            }
        }
        assertFalse(unplaceable.isEmpty(), "the 3-4/3-5 run is found");
        for (String bullet : unplaceable) {
            Placed placed = placed(bullet, null);
            assertTrue(placed.state().isInferred(), placed.strategy() + ": " + placed.state().text());
            assertFalse(placed.state().placementNote().isBlank());
        }
    }

    @Test
    void issue20Placements() {
        Map<String, List<String>> byStrategy = PLACED.stream().collect(Collectors.groupingBy(Placed::strategy,
                Collectors.mapping(p -> p.state().text(), Collectors.toList())));
        assertEquals(List.of("区政運営に関する情報が区民全体に着実に届けられ、理解を得ている状態。"), byStrategy.get("6-3"));
        assertEquals(3, byStrategy.get("6-4").size());
        assertTrue(byStrategy.get("6-4").get(0).startsWith("暮らしに必要な情報や魅力ある情報が提供され"));
        Placed living = PLACED.stream().filter(p -> p.state().text().equals("よりよい生活環境づくりが進んでいる。"))
                .findFirst().orElseThrow();
        assertEquals(DesiredState.Placement.INFERRED, living.state().placement());
    }

    private static Placed placed(String bullet, SeedBoxes.Box box) {
        String start = bullet.substring(0, Math.min(12, bullet.length()));
        return PLACED.stream().filter(p -> p.key().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("seed bullet not in the fixture"
                        + (box == null ? "" : " (seed line " + box.line() + ")") + ": " + bullet));
    }
}
