package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flextime.engine.season.optimizer.TinySeason.MONDAY;
import static org.flextime.engine.season.optimizer.TinySeason.games;
import static org.flextime.engine.season.optimizer.TinySeason.sport;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flextime.domain.Blackout;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

/**
 * The optimizer's Timefold constraints are the catalog's rules: one constraint per rule of the sport's set, named by
 * rule id. Each test scores a tiny hand-built schedule through {@code SolutionManager} ({@link SeasonOptimizer#evaluate})
 * and asserts a constraint's exact match count and penalty (the catalog's own tests cover each kind in detail).
 */
class SeasonConstraintsTest {
    private static final List<String> AB = List.of("A", "B");
    private static final List<String> ABCD = TinySeason.CODES;

    private static SeasonScore score(Sport sport, List<Game> games) {
        return score(sport, List.of(), games, TinySeason.unitWeights());
    }

    private static SeasonScore score(Sport sport, List<Blackout> blackouts, List<Game> games, SolveOptions options) {
        Season season = TinySeason.season(sport, blackouts);
        return new SeasonOptimizer().evaluate(season, sport, games, options);
    }

    private static void assertRule(SeasonScore score, String rule, int matches, long penalty) {
        RuleTotal t = score.rules().get(rule);
        assertThat(t).as(rule).isNotNull();
        assertThat(t.matches()).as(rule + " matches\n" + score.explanation()).isEqualTo(matches);
        assertThat(t.weightedPenalty()).as(rule + " penalty\n" + score.explanation()).isEqualTo(penalty);
    }

    // ---------------------------------------------------------------- hard

    @Test
    void aGameOffThePlayDaysOrOnABlackoutBreaksTheCalendarRules() {
        Format rr = new Format(Format.Kind.ROUND_ROBIN, 1, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0);
        Sport saturdays = sport(AB, rr, EnumSet.of(DayOfWeek.SATURDAY));
        SeasonScore sunday = score(saturdays, games("A-B+6"));
        assertRule(sunday, "not-a-play-day", 1, 1);
        assertThat(sunday.hardPenalty()).isEqualTo(1);
        Blackout bSaturday = Blackout.range(List.of("B"), MONDAY.plusDays(5), MONDAY.plusDays(5), "exams");
        SeasonScore blackedOut = score(saturdays, List.of(bSaturday), games("A-B+5"), TinySeason.unitWeights());
        assertRule(blackedOut, "blackout", 1, 1);
        assertRule(blackedOut, "not-a-play-day", 0, 0);
        assertThat(score(saturdays, games("A-B+5")).hardPenalty()).isZero();
    }

    @Test
    void theConstraintsAreTheSetsRulesTravelAndImbalance() {
        Sport s = sport(ABCD, Optional.empty(), "no team plays on consecutive days");
        Season season = TinySeason.season(s, List.of());
        SeasonScore score = score(s, games("A-B+0", "C-D+0"));
        List<String> ids = SeasonOptimizer.constraintSet(season, s, TinySeason.unitWeights()).rules().stream()
                .map(org.flextime.rules.RuleDefinition::id).toList();
        assertThat(score.rules().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of("travel", "home-away-imbalance")).toList());
        assertThat(ids).contains("unknown-team", "games-per-team", "blackout", "double-booking", "consecutive-days",
                "home-away-balance", "weekend-home-games", "home-streak-preferred", "road-streak-preferred");
    }

    @Test
    void theSoftTotalIsTheValidatorsSoftTotalPlusTravelAndImbalance() {
        Sport s = sport(ABCD, Optional.empty(), "soft: at least 2 weekend home games per team");
        Season season = TinySeason.season(s, List.of());
        List<Game> g = games("A-B+0", "A-C+2", "A-D+4", "B-C+5", "D-B+6", "C-D+8");
        SolveOptions defaults = SolveOptions.defaults().withTravelUnit(SolveOptions.TravelUnit.MILES);
        SeasonScore score = new SeasonOptimizer().evaluate(season, s, g, defaults);
        org.flextime.rules.ValidationReport report = new org.flextime.rules.RuleCompiler()
                .compile(SeasonOptimizer.constraintSet(season, s, defaults), season).validate(g);
        assertThat(report.softPenalty()).isPositive();
        // |home - away|: A 3, B 1, C 1, D 1, at 1,500 each
        assertThat(score.softPenalty()).isEqualTo(report.softPenalty() + score.travelMiles() + 6 * SolveOptions.IMBALANCE_MILES);
        assertThat(score.hardBreaches()).isEqualTo(report.hardViolations());
    }

    @Test
    void twoGamesOnOneDateAreADoubleBooking() {
        assertRule(score(sport(ABCD, Optional.empty()), games("A-B+0", "A-C+0", "D-B+2")), "double-booking", 1, 1);
    }

    @Test
    void homeGamesOutsideTheRangeCostTheDistance() {
        Sport s = sport(ABCD, Optional.of(new Format.IntRange(1, 2)));
        // A hosts all three: one too many; B, C, D host none of A's games but B hosts C and D... D hosts nobody
        SeasonScore score = score(s, games("A-B+0", "A-C+2", "A-D+4", "B-C+6", "B-D+8", "C-D+10"));
        // A 3 (+1), B 2, C 1, D 0 (-1)
        assertRule(score, "home-games", 2, 2);
    }

    @Test
    void aPairMetTwiceAtTheSameHostBreaksHomeAndAway() {
        Format twice = new Format(Format.Kind.ROUND_ROBIN, 2, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0);
        Sport s = sport(AB, twice, EnumSet.allOf(DayOfWeek.class));
        assertRule(score(s, games("A-B+0", "A-B+7")), "home-and-away", 1, 1);
        assertRule(score(s, games("A-B+0", "B-A+7")), "home-and-away", 0, 0);
    }

    @Test
    void gamesOnAdjacentDaysAreCountedPerPair() {
        Sport s = sport(ABCD, Optional.empty(), "no team plays on consecutive days");
        assertRule(score(s, games("A-B+0", "C-A+1", "A-D+2")), "consecutive-days", 2, 2);
    }

    @Test
    void aRoadRunBeyondTheLimitCostsTheExtraGames() {
        Sport s = sport(ABCD, Optional.empty(), "no more than 1 consecutive road games");
        assertRule(score(s, games("B-A+0", "C-A+2", "D-A+4")), "consecutive-road-games", 1, 2);
    }

    @Test
    void tooManyRoadGamesInAFewWeeks() {
        Sport s = sport(ABCD, Optional.empty(), "never 2 road games in 2 weeks");
        // A away on day 0 and day 13: one window (from day 0) holds two; from day 13 only one
        assertRule(score(s, games("B-A+0", "C-A+13", "A-D+20")), "road-games-in-weeks", 1, 1);
        assertRule(score(s, games("B-A+0", "C-A+14", "A-D+20")), "road-games-in-weeks", 0, 0);
    }

    @Test
    void firstAndLastGamesNeedHomeAndAway() {
        Format twice = new Format(Format.Kind.ROUND_ROBIN, 4, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0);
        Sport s = sport(AB, twice, EnumSet.allOf(DayOfWeek.class),
                "at least 1 home and 1 away games among a team's first 2 and among its last 2");
        // A: H H A A, B: A A H H -> each team misses one at each end
        assertRule(score(s, games("A-B+0", "A-B+2", "B-A+4", "B-A+6")), "first-last-games-balance", 4, 4);
    }

    @Test
    void homeAndHomeLegsTooCloseBreakTheSeparationRule() {
        Sport s = sport(AB, Optional.empty(), "the two meetings of a home-and-home pair are at least 3 games and 10 days apart");
        // one game and two days apart: 2 games + 8 days short, for each team
        assertRule(score(s, games("A-B+0", "B-A+2")), "rematch-separation", 2, 20);
    }

    // ---------------------------------------------------------------- soft

    @Test
    void travelInMilesIsTheSeasonsRoadTripMiles() {
        double ab = TinySeason.team("A").campus().milesTo(TinySeason.team("B").campus());
        double bc = TinySeason.team("B").campus().milesTo(TinySeason.team("C").campus());
        double ca = TinySeason.team("C").campus().milesTo(TinySeason.team("A").campus());
        Sport s = sport(ABCD, Optional.empty());
        // 2 days apart: on the road from B to C; 9 days apart: home in between (RoadTripRule.DEFAULT)
        assertRule(score(s, games("B-A+0", "C-A+2")), "travel", 1, Math.round(ab + bc + ca));
        assertRule(score(s, games("B-A+0", "C-A+9")), "travel", 1, Math.round(2 * ab + 2 * ca));
        assertThat(score(s, games("B-A+0", "C-A+2")).travelMiles()).isEqualTo(Math.round(ab + bc + ca));
    }

    @Test
    void travelCountsByDefaultTheDollarsOfTheRoadTripModelInMilesWorth() {
        Sport s = sport(ABCD, Optional.empty());
        Season season = TinySeason.season(s, List.of());
        org.flextime.domain.RoadTrips trips = org.flextime.domain.RoadTrips.forSport(season, s);
        // a 20-strong party by charter bus (the reference table): each leg $1,500 plus $2.80 per road mile
        double ab = trips.leg("A", "B").dollars();
        double bc = trips.leg("B", "C").dollars();
        double ca = trips.leg("C", "A").dollars();
        SeasonScore onTheRoad = score(s, List.of(), games("B-A+0", "C-A+2"), SolveOptions.defaults());
        assertThat(onTheRoad.travelDollars()).isEqualTo(Math.round(ab + bc + ca));
        assertThat(Math.round(ab)).isEqualTo(1678);
        // counted in miles' worth at the sport's average price of a mile over all its legs
        double miles = 0;
        double dollars = 0;
        for (String x : ABCD) {
            for (String y : ABCD) {
                miles += trips.miles(x, y);
                dollars += trips.leg(x, y).dollars();
            }
        }
        assertRule(onTheRoad, "travel", 1, Math.round(Math.round(ab + bc + ca) / (dollars / miles)));
    }

    @Test
    void weekendHomeGamesShortOfTheRuleTarget() {
        Sport s = sport(AB, Optional.empty(), "soft: at least 2 weekend home games per team");
        // Saturday and Sunday both at A: B hosts no weekend game, 2 short; A has its 2
        assertRule(score(s, games("A-B+5", "A-B+6")), "weekend-home-games", 1, 2);
        // where the rules state no number, half of a team's weekend games: B 0 of 2 at home, 1 short
        assertRule(score(sport(AB, Optional.empty()), games("A-B+5", "A-B+6")), "weekend-home-games", 1, 1);
    }

    @Test
    void homeRunsLongerThanThreeMeetings() {
        assertRule(score(sport(AB, Optional.empty()), games("A-B+0", "A-B+2", "A-B+4", "A-B+6")), "home-streak-preferred", 1, 1);
    }

    @Test
    void roadRunsLongerThanThreeMeetingsWhereNoHardLimitExists() {
        assertRule(score(sport(AB, Optional.empty()), games("A-B+0", "A-B+2", "A-B+4", "A-B+6")), "road-streak-preferred", 1, 1);
        Sport limited = sport(AB, Optional.empty(), "no more than 5 consecutive road games");
        assertThat(score(limited, games("A-B+0", "A-B+2", "A-B+4", "A-B+6")).rules()).doesNotContainKey("road-streak-preferred");
    }

    @Test
    void homeAndHomeLegsCloserThanTheSoftSpacing() {
        Sport s = sport(AB, Optional.empty(),
                "the two meetings of a home-and-home pair are at least 1 games and 1 days apart (soft: 4 games and 15 days)");
        // one game and ten days apart: 3 games + 5 days short, for each team
        SeasonScore score = score(s, games("A-B+0", "B-A+10"));
        assertRule(score, "rematch-separation-preferred", 2, 16);
        assertRule(score, "rematch-separation", 0, 0);
    }

    @Test
    void fewerRestDaysThanRequested() {
        SolveOptions twoDays = TinySeason.unitWeights();
        twoDays = new SolveOptions(twoDays.weights(), twoDays.budget(), null, 2, List.of());
        // Monday then Wednesday: one free day, one short, for both teams
        assertRule(score(sport(AB, Optional.empty()), List.of(), games("A-B+0", "B-A+2"), twoDays), "rest-days-preferred", 2, 2);
    }

    @Test
    void aHomeGameOnTheCompanionTeamsHomeDate() {
        List<Game> mens = games("A-C+3", "B-D+4");
        SolveOptions withMens = TinySeason.unitWeights().withCompanion(mens);
        Sport volleyball = sport(ABCD, Optional.empty(), "soft: avoid home football dates at the same school");
        SeasonScore score = score(volleyball, List.of(), games("A-B+3", "C-D+4"), withMens);
        assertRule(score, "shared-home-day", 1, 1);
        assertRule(score(volleyball, List.of(), games("A-B+3", "C-D+4"), TinySeason.unitWeights()), "shared-home-day", 0, 0);
    }

    @Test
    void homeAndAwayCountsApartByMoreThanOne() {
        assertRule(score(sport(ABCD, Optional.empty()), games("A-B+0", "A-C+2", "A-D+4")), "home-away-balance", 1, 2);
    }

    // ---------------------------------------------------------------- weights and explanation

    @Test
    void aRequestsWeightMultipliesItsConstraint() {
        Sport s = sport(ABCD, Optional.empty());
        List<Game> g = games("A-B+0", "A-C+2", "A-D+4");
        SeasonScore five = score(s, List.of(), g, TinySeason.unitWeights().withWeight("homeAwayBalance", 5));
        assertRule(five, "home-away-balance", 1, 10);
        // by rule id, or by the old name; without a weight the default set's (5000)
        SeasonScore byId = score(s, List.of(), g, SolveOptions.fromMap(Map.of("weights", Map.of("home-away-balance", 3))));
        assertRule(byId, "home-away-balance", 1, 6);
        SeasonScore fromMap = score(s, List.of(), g, SolveOptions.fromMap(Map.of("weights", Map.of("homeAwayBalance", 3))));
        assertRule(fromMap, "home-away-balance", 1, 6);
        assertRule(score(s, List.of(), g, SolveOptions.defaults()), "home-away-balance", 1, 2 * 5000);
        // weight 0 switches the rule off: it is not in the set, so Timefold no longer evaluates it
        SeasonScore off = score(s, List.of(), g, SolveOptions.fromMap(Map.of("weights", Map.of("homeAwayBalance", 0))));
        assertThat(off.rules()).doesNotContainKey("home-away-balance");
        assertThat(five.explanation()).contains("home-away-balance");
    }

    @Test
    void unknownWeightsAreRejected() {
        Sport s = sport(ABCD, Optional.empty());
        List<Game> g = games("A-B+0");
        assertThatThrownBy(() -> score(s, List.of(), g, SolveOptions.fromMap(Map.of("weights", Map.of("sunshine", 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown soft constraint 'sunshine'")
                .hasMessageContaining("home-away-balance").hasMessageContaining("travel");
        // a hard rule's weight is not the request's to set
        assertThatThrownBy(() -> score(s, List.of(), g, SolveOptions.fromMap(Map.of("weights", Map.of("blackout", 2)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'blackout'");
        // an old name whose rule this sport lacks (no road streak rule where a hard road limit exists) weighs nothing
        Sport limited = sport(ABCD, Optional.empty(), "no more than 2 consecutive road games");
        assertThat(score(limited, List.of(), g, SolveOptions.fromMap(Map.of("weights", Map.of("roadStreak", 7)))).rules())
                .doesNotContainKey("road-streak-preferred");
    }
}
