package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.junit.jupiter.api.Test;

class SeasonMoveFactoryTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();

    @Test
    void aPartialSlotSwapMovesATeamsChainOfOpponentsAndKeepsEveryTeamOncePerSlot() {
        Sport mbb = SEASON.sport("MBB").orElseThrow();
        SeasonPlan plan = SeasonOptimizer.plan(SEASON, mbb, new SeasonGenerator().draft(SEASON, mbb, 1),
                new RuleBook(SEASON, mbb, SolveOptions.defaults()));
        Map<String, List<Fixture>> fixturesOf = new HashMap<>();
        for (Fixture x : plan.getFixtures()) {
            fixturesOf.computeIfAbsent(x.host(), k -> new ArrayList<>()).add(x);
            fixturesOf.computeIfAbsent(x.guest(), k -> new ArrayList<>()).add(x);
        }
        List<String> teams = new ArrayList<>(fixturesOf.keySet());
        teams.sort(null);
        Random random = new Random(7);
        int partial = 0;
        for (int i = 0; i < 200; i++) {
            String team = teams.get(random.nextInt(teams.size()));
            FixtureMove move = SeasonMoveFactory.partialSlotSwap(team, SeasonMoveFactory.twoSlots(plan.getSlots(), random),
                    fixturesOf);
            if (move == null) {
                continue;
            }
            List<Fixture> moved = move.getPlanningEntities().stream().map(Fixture.class::cast).toList();
            List<Slot> to = move.getPlanningValues().stream().filter(Slot.class::isInstance).map(Slot.class::cast)
                    .toList();
            Set<Slot> pair = new HashSet<>();
            moved.forEach(x -> pair.add(x.getSlot()));
            to.forEach(pair::add);
            assertThat(pair).hasSize(2);
            assertThat(moved).anyMatch(x -> x.involves(team));
            long inPair = plan.getFixtures().stream().filter(x -> pair.contains(x.getSlot())).count();
            assertThat(moved.size()).isLessThan((int) inPair);
            partial++;
            for (int k = 0; k < moved.size(); k++) {
                assertThat(to.get(k)).isNotSameAs(moved.get(k).getSlot());
                moved.get(k).setSlot(to.get(k));
            }
            assertEveryTeamPlaysAtMostOncePerSlot(plan);
        }
        assertThat(partial).isGreaterThan(50);
    }

    private static void assertEveryTeamPlaysAtMostOncePerSlot(SeasonPlan plan) {
        Set<String> seen = new HashSet<>();
        for (Fixture x : plan.getFixtures()) {
            int slot = x.getSlot().index();
            assertThat(seen.add(x.host() + "@" + slot)).as(x.toString()).isTrue();
            assertThat(seen.add(x.guest() + "@" + slot)).as(x.toString()).isTrue();
        }
    }
}
