package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.engine.season.optimizer.TinySeason.MONDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.flextime.domain.Format;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonDraft;
import org.junit.jupiter.api.Test;

/**
 * The moves the formats need, each on a tiny hand-made season of teams A, B, C, D a degree of longitude apart (in
 * that order), with the exact placement before and after.
 */
class SeasonMovesTest {
    private static final Sport SPORT = TinySeason.sport(TinySeason.CODES, Optional.empty());
    private static final Season SEASON = TinySeason.season(SPORT, List.of());

    /** A draft of the given rounds, round r on day 2r, meetings written "A-B" (A hosts B). */
    private static SeasonDraft draft(String[]... rounds) {
        List<LocalDate> dates = new ArrayList<>();
        List<SeasonDraft.Meeting> meetings = new ArrayList<>();
        for (int r = 0; r < rounds.length; r++) {
            dates.add(MONDAY.plusDays(2L * r));
            for (String m : rounds[r]) {
                meetings.add(new SeasonDraft.Meeting(r, m.substring(0, 1), m.substring(2)));
            }
        }
        return new SeasonDraft(TinySeason.CODES, dates, meetings, false);
    }

    private static SeasonPlan plan(SeasonDraft draft) {
        return SeasonOptimizer.plan(SEASON, SPORT, draft, new RuleBook(SEASON, SPORT, TinySeason.unitWeights()));
    }

    /** Does the move on the plan, as the score director would. */
    private static void apply(FixtureMove move) {
        List<Fixture> fixtures = move.getPlanningEntities().stream().map(Fixture.class::cast).toList();
        List<Object> values = new ArrayList<>(move.getPlanningValues());
        for (int i = 0; i < fixtures.size(); i++) {
            fixtures.get(i).setSlot((Slot) values.get(i));
            fixtures.get(i).setReversed((Boolean) values.get(fixtures.size() + i));
        }
    }

    /** Each meeting as "host-guest@slot", in fixture order. */
    private static List<String> placed(SeasonPlan plan) {
        return plan.getFixtures().stream().map(x -> x.host() + "-" + x.guest() + "@" + x.getSlot().index()).toList();
    }

    private static Map<String, List<Fixture>> fixturesOf(SeasonPlan plan) {
        Map<String, List<Fixture>> of = new HashMap<>();
        for (Fixture x : plan.getFixtures()) {
            of.computeIfAbsent(x.host(), k -> new ArrayList<>()).add(x);
            of.computeIfAbsent(x.guest(), k -> new ArrayList<>()).add(x);
        }
        return of;
    }

    @Test
    void aRoundPairSwapMovesTwoConsecutiveRoundsAsABlock() {
        SeasonPlan plan = plan(draft(new String[] {"A-B", "C-D"}, new String[] {"A-C", "B-D"}, new String[] {"A-D", "B-C"},
                new String[] {"B-A", "D-C"}, new String[] {"C-A", "D-B"}, new String[] {"D-A", "C-B"}));
        List<Slot> s = plan.getSlots();
        apply(SeasonMoveFactory.roundPairSwap(plan, s.get(0), s.get(1), s.get(3), s.get(4)));
        assertThat(placed(plan)).containsExactly("A-B@3", "C-D@3", "A-C@4", "B-D@4", "A-D@2", "B-C@2",
                "B-A@0", "D-C@0", "C-A@1", "D-B@1", "D-A@5", "C-B@5");
        assertThat(SeasonMoveFactory.roundPairSwap(plan, s.get(0), s.get(2), s.get(3), s.get(4))).isNull();
    }

    @Test
    void aRoadTripPutsATeamsAwayMeetingNextToItsAwayMeetingAtTheNearestHost() {
        // A visits C on day 0, hosts B on day 2, visits D on day 4: two round trips
        SeasonPlan plan = plan(draft(new String[] {"C-A", "B-D"}, new String[] {"A-B", "C-D"}, new String[] {"D-A", "B-C"}));
        long before = SeasonOptimizer.travelMiles(plan);
        Fixture atC = plan.getFixtures().get(0);
        apply(SeasonMoveFactory.roadTrip("A", atC, 1, plan.getSlots(), fixturesOf(plan)));
        // A hosts B on day 0, then visits C (day 2) and D (day 4) on one trip
        assertThat(placed(plan)).containsExactly("C-A@1", "B-D@1", "A-B@0", "C-D@0", "D-A@2", "B-C@2");
        assertThat(before).isEqualTo(953);
        assertThat(SeasonOptimizer.travelMiles(plan)).isEqualTo(742);
    }

    @Test
    void anOpponentExchangeGivesTwoHostsOfARoundEachOthersVisitor() {
        // a partial format: each team meets two of the three others; A hosting D and C hosting B cross each other
        Format partial = new Format(Format.Kind.ROUND_ROBIN, 2, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0);
        Sport sport = TinySeason.sport(TinySeason.CODES, partial, java.util.EnumSet.allOf(java.time.DayOfWeek.class));
        Season season = TinySeason.season(sport, List.of());
        RuleBook book = new RuleBook(season, sport, TinySeason.unitWeights());
        String key = book.register();
        try {
            SolutionManager<SeasonPlan, HardSoftLongScore> manager = SolutionManager.create(SolverFactory.create(
                    SeasonOptimizer.config(0, TinySeason.unitWeights(), key)));
            SeasonDraft before = draft(new String[] {"A-D", "C-B"}, new String[] {"C-A", "D-B"});
            SeasonDraft after = new OpponentExchange(season, sport, book, manager).improve(before, 5_000, () -> false);
            assertThat(after.meetings()).containsExactly(new SeasonDraft.Meeting(0, "A", "B"), new SeasonDraft.Meeting(0, "C", "D"),
                    new SeasonDraft.Meeting(1, "C", "A"), new SeasonDraft.Meeting(1, "D", "B"));
            assertThat(SeasonOptimizer.travelMiles(SeasonOptimizer.plan(season, sport, before, book))).isEqualTo(742);
            assertThat(SeasonOptimizer.travelMiles(SeasonOptimizer.plan(season, sport, after, book))).isEqualTo(636);
        } finally {
            RuleBook.unregister(key);
        }
    }
}
