package org.flextime.engine.cpsat.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.engine.cpsat.season.TinyLeague.ROUNDS;
import static org.flextime.engine.cpsat.season.TinyLeague.draftWith;
import static org.flextime.engine.cpsat.season.TinyLeague.games;
import static org.flextime.engine.cpsat.season.TinyLeague.hard;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Each encoded rule kind, on the hand-made {@link TinyLeague} draft and small changes of it, says what the validator
 * says: the exact verdict is stated, and the model's and the validator's are both held to it.
 */
class TimetableRulesTest {

    private static final Season LEAGUE = TinyLeague.season();

    /** The model's verdict on the rule for these games, checked against the validator's. */
    private static boolean holds(Season season, RuleDefinition rule, List<Game> games) {
        CompiledSet set = TinyLeague.compile(season, List.of(rule));
        boolean model = SeasonTimetable.verdicts(set, games).get(rule.id());
        boolean validator = set.validate(games).ofRule(rule.id()).isEmpty();
        assertThat(model).as("the model's verdict on " + rule.id() + " is the validator's").isEqualTo(validator);
        return model;
    }

    private static boolean holds(RuleDefinition rule, List<Game> games) {
        return holds(LEAGUE, rule, games);
    }

    @Test
    void maxConsecutiveSeesThreeRoadGamesOfCAndThreeHomeGamesOfB() {
        List<Game> draft = games(ROUNDS);
        assertThat(holds(hard("road2", "max-consecutive", "{\"side\":\"away\",\"max\":2}"), draft)).isFalse();
        assertThat(holds(hard("road3", "max-consecutive", "{\"side\":\"road\",\"max\":3}"), draft)).isTrue();
        assertThat(holds(hard("home2", "max-consecutive", "{\"side\":\"home\",\"max\":2}"), draft)).isFalse();
        assertThat(holds(hard("home3", "max-consecutive", "{\"side\":\"home\",\"max\":3,\"count\":\"meetings\"}"), draft)).isTrue();
    }

    @Test
    void endsBalanceCountsTheFirstAndLastGamesOfEachTeam() {
        List<Game> draft = games(ROUNDS);
        // first three: A H A H, B A A H, C H H A, D A H A; last three: A A H A, B H H A, C A A H, D H A H
        assertThat(holds(hard("ends3", "ends-balance", "{\"games\":3,\"minHome\":1,\"minAway\":1}"), draft)).isTrue();
        // B opens with two road games, C with two home games
        assertThat(holds(hard("ends2", "ends-balance", "{\"games\":2,\"minHome\":1,\"minAway\":1}"), draft)).isFalse();
        assertThat(holds(hard("ends2home", "ends-balance", "{\"games\":2,\"minHome\":1}"), draft)).isFalse();
        assertThat(holds(hard("ends6", "ends-balance", "{\"games\":6,\"minHome\":3,\"minAway\":3}"), draft)).isTrue();
    }

    @Test
    void rematchSeparationCountsGamesAndDaysBetweenTheTwoMeetings() {
        List<Game> draft = games(ROUNDS);
        // every pair meets three games and six days apart
        assertThat(holds(hard("sep", "rematch-separation", "{\"minGames\":3,\"minDays\":6}"), draft)).isTrue();
        assertThat(holds(hard("sep", "rematch-separation", "{\"minGames\":3,\"minDays\":7}"), draft)).isFalse();
        assertThat(holds(hard("sep", "rematch-separation", "{\"minGames\":4}"), draft)).isFalse();
        // A and B meet again on day 2 instead of day 6: one game and two days apart
        List<Game> early = games("A-B+0", "C-D+0", "B-A+2", "D-C+2", "A-D+4", "B-C+4", "C-A+6", "D-B+6", "A-C+8", "B-D+8",
                "D-A+10", "C-B+10");
        assertThat(holds(hard("sep", "rematch-separation", "{\"minGames\":1,\"minDays\":2}"), early)).isTrue();
        assertThat(holds(hard("sep", "rematch-separation", "{\"minGames\":2}"), early)).isFalse();
    }

    @Test
    void homeGamesCountEachTeamsHomeGames() {
        RuleDefinition three = hard("home", "home-games", "{\"min\":3,\"max\":3}");
        assertThat(holds(three, games(ROUNDS))).isTrue();
        // B hosts the first game instead of A: A has two home games, B four
        assertThat(holds(three, draftWith(0, "B-A+0"))).isFalse();
        assertThat(holds(hard("home", "home-games", "{\"min\":2}"), draftWith(0, "B-A+0"))).isTrue();
        assertThat(holds(hard("home", "home-games", "{\"max\":3}"), draftWith(0, "B-A+0"))).isFalse();
    }

    @Test
    void homeAwayBalanceBoundsTheDifference() {
        assertThat(holds(hard("bal", "home-away-balance", "{\"maxDifference\":0}"), games(ROUNDS))).isTrue();
        // A: two home and four away, B: four and two
        assertThat(holds(hard("bal", "home-away-balance", "{\"maxDifference\":0}"), draftWith(0, "B-A+0"))).isFalse();
        assertThat(holds(hard("bal", "home-away-balance", "{\"maxDifference\":1}"), draftWith(0, "B-A+0"))).isFalse();
        assertThat(holds(hard("bal", "home-away-balance", "{\"maxDifference\":2}"), draftWith(0, "B-A+0"))).isTrue();
    }

    @Test
    void homeAndAwayWantsOneHomeGameEachFromAPairThatMeetsTwice() {
        assertThat(holds(hard("hna", "home-and-away", "{}"), games(ROUNDS))).isTrue();
        assertThat(holds(hard("hna", "home-and-away", "{}"), draftWith(0, "B-A+0"))).isFalse();
    }

    @Test
    void restDaysCountTheDaysBetweenATeamsGames() {
        // every team plays every other day: one rest day
        assertThat(holds(hard("rest", "rest-days", "{\"minDays\":1}"), games(ROUNDS))).isTrue();
        assertThat(holds(hard("rest", "rest-days", "{\"minDays\":2}"), games(ROUNDS))).isFalse();
        // C and A meet on day 1: A plays days 0 and 1
        assertThat(holds(hard("rest", "rest-days", "{\"minDays\":1}"), draftWith(2, "C-A+1"))).isFalse();
        assertThat(holds(hard("rest", "rest-days", "{\"minDays\":0}"), draftWith(2, "C-A+1"))).isTrue();
    }

    @Test
    void gamesPerDayForbidsATeamTwoGamesOnADay() {
        RuleDefinition once = hard("double-booking", "games-per-day", "{\"max\":1}");
        assertThat(holds(once, games(ROUNDS))).isTrue();
        // C hosts A on day 0, when both already play
        assertThat(holds(once, draftWith(2, "C-A+0"))).isFalse();
    }

    @Test
    void aBlackoutIsAskedOfTheRuleItself() {
        // A hosts D on day 4 (Friday 2026-01-09) and plays no game on day 5
        assertThat(holds(hard("exams", "blackout", "{\"blackouts\":[{\"teams\":[\"A\"],\"from\":\"2026-01-09\",\"reason\":\"exams\"}]}"),
                games(ROUNDS))).isFalse();
        assertThat(holds(hard("exams", "blackout", "{\"blackouts\":[{\"teams\":[\"A\"],\"from\":\"2026-01-10\",\"reason\":\"exams\"}]}"),
                games(ROUNDS))).isTrue();
        assertThat(holds(hard("fridays", "blackout", "{\"blackouts\":[{\"teams\":\"all\",\"weekday\":\"FRI\",\"reason\":\"travel\"}]}"),
                games(ROUNDS))).isFalse();
    }

    @Test
    void playDaysAreAskedOfTheRuleItself() {
        // day 8 is Tuesday 2026-01-13
        Season noTuesdays = TinyLeague.season(EnumSet.complementOf(EnumSet.of(DayOfWeek.TUESDAY)));
        assertThat(holds(noTuesdays, hard("days", "play-days", "{}"), games(ROUNDS))).isFalse();
        assertThat(holds(LEAGUE, hard("days", "play-days", "{}"), games(ROUNDS))).isTrue();
    }

    @Test
    void onRandomSchedulesEveryEncodedRuleGetsTheValidatorsVerdict() {
        Season season = TinyLeague.season(EnumSet.complementOf(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY)));
        List<RuleDefinition> rules = List.of(
                hard("road2", "max-consecutive", "{\"side\":\"away\",\"max\":2}"),
                hard("home1", "max-consecutive", "{\"side\":\"home\",\"max\":1}"),
                hard("ends", "ends-balance", "{\"games\":2,\"minHome\":1,\"minAway\":1}"),
                hard("sep", "rematch-separation", "{\"minGames\":2,\"minDays\":5}"),
                hard("home", "home-games", "{\"min\":3,\"max\":3}"),
                hard("bal", "home-away-balance", "{\"maxDifference\":2}"),
                hard("hna", "home-and-away", "{}"),
                hard("rest", "rest-days", "{\"minDays\":1}"),
                hard("once", "games-per-day", "{\"max\":1}"),
                hard("blackout", "blackout", "{\"blackouts\":[{\"teams\":[\"B\"],\"from\":\"2026-01-12\",\"to\":\"2026-01-14\",\"reason\":\"exams\"}]}"),
                hard("days", "play-days", "{}"));
        CompiledSet set = TinyLeague.compile(season, rules);
        Random random = new Random(11);
        Map<String, Integer> broken = new LinkedHashMap<>();
        for (int n = 0; n < 25; n++) {
            List<String> specs = new ArrayList<>();
            for (String spec : ROUNDS) {
                String[] t = spec.split("\\+")[0].split("-");
                boolean flip = random.nextInt(4) == 0;
                specs.add((flip ? t[1] + "-" + t[0] : t[0] + "-" + t[1]) + "+" + random.nextInt(28));
            }
            List<Game> schedule = games(specs.toArray(String[]::new));
            ValidationReport report = set.validate(schedule);
            Map<String, Boolean> expected = new LinkedHashMap<>();
            for (RuleDefinition r : rules) {
                expected.put(r.id(), report.ofRule(r.id()).isEmpty());
                broken.merge(r.id(), report.ofRule(r.id()).isEmpty() ? 0 : 1, Integer::sum);
            }
            assertThat(SeasonTimetable.verdicts(set, schedule)).as("schedule " + specs).isEqualTo(expected);
        }
        // the draws break every rule some of the time, so each verdict was tested both ways or at least broken
        assertThat(broken).allSatisfy((rule, times) -> assertThat(times).as(rule).isPositive());
    }
}
