package org.flextime.engine.cpsat.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.engine.cpsat.season.TinyLeague.ROUNDS;
import static org.flextime.engine.cpsat.season.TinyLeague.games;
import static org.flextime.engine.cpsat.season.TinyLeague.hard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.cpsat.CpSatConfig;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/** The CP-SAT path keeps a draft's meetings and honours rules the draft breaks, or names the rules that conflict. */
class SeasonTimetableTest {

    private static final CpSatConfig BUDGET = CpSatConfig.of(Duration.ofSeconds(20), 7, 2);

    @Test
    void anAddedRuleAndABlackoutTheDraftBreaksAreHonouredWithTheSameMeetings() {
        Season league = TinyLeague.season();
        Sport sport = TinyLeague.sport(league);
        List<RuleDefinition> rules = new ArrayList<>(new DefaultRules().forSport(league, sport).rules());
        // the draft has C on the road three times in a row and A playing on days 0 and 2
        rules.add(hard("no-road-pairs", "max-consecutive", "{\"side\":\"away\",\"max\":1}"));
        rules.add(hard("a-away", "blackout", "{\"blackouts\":[{\"teams\":[\"A\"],\"from\":\"2026-01-05\",\"to\":\"2026-01-07\","
                + "\"reason\":\"A is away\"}]}"));
        CompiledSet set = TinyLeague.compile(league, rules);
        List<Game> draft = games(ROUNDS);
        assertThat(set.validate(draft).ofRule("no-road-pairs")).isNotEmpty();
        assertThat(set.validate(draft).ofRule("a-away")).hasSize(2);

        TimetableResult result = new SeasonTimetable().solve(set, draft, BUDGET);

        assertThat(result.found()).isTrue();
        assertThat(result.left()).isEmpty();
        assertThat(result.encoded()).contains("no-road-pairs", "a-away", "home-and-away", "double-booking");
        ValidationReport report = set.validate(result.games());
        assertThat(report.violations().stream().filter(v -> v.severity() == org.flextime.rules.Severity.HARD)).isEmpty();
        assertThat(pairs(result.games())).isEqualTo(pairs(draft));
        // the same seed gives the same schedule
        assertThat(new SeasonTimetable().solve(set, draft, BUDGET).games()).isEqualTo(result.games());
    }

    @Test
    void rulesThatCannotBothHoldAreNamedAndNoScheduleIsGiven() {
        Season league = TinyLeague.season();
        // A may only play on days 0-4, five days for its six games, while no team plays twice a day
        List<RuleDefinition> rules = List.of(
                hard("home-and-away", "home-and-away", "{}"),
                hard("double-booking", "games-per-day", "{\"max\":1}"),
                hard("a-closed", "blackout", "{\"blackouts\":[{\"teams\":[\"A\"],\"from\":\"2026-01-10\",\"to\":\"2026-02-01\","
                        + "\"reason\":\"arena closed\"}]}"),
                hard("sep", "rematch-separation", "{\"minGames\":1,\"minDays\":1}"));
        CompiledSet set = TinyLeague.compile(league, rules);

        TimetableResult result = new SeasonTimetable().solve(set, games(ROUNDS), BUDGET);

        assertThat(result.found()).isFalse();
        SeasonConflict conflict = result.conflict().orElseThrow();
        assertThat(conflict.rules()).extracting(RuleDefinition::id).containsExactly("double-booking", "a-closed");
        assertThat(conflict.explanation()).isEqualTo("double-booking (games-per-day: at most 1 game a day) on all teams and "
                + "a-closed (blackout: no games on 2026-01-10 to 2026-02-01 for A) cannot both hold");
    }

    @Test
    void aBasketballPodOfFourKeepsEveryDefaultRuleByStaggeringItsGames() {
        // in rounds where all four teams play, the ends and the rematch rule cannot both hold (the generator's draft
        // breaks one of them); when the teams' games are staggered, each game on a day of its own, they can
        Season bundled = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        Sport mbb = bundled.sport("MBB").orElseThrow();
        Format f = mbb.format();
        Format six = new Format(Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN, 6, 3, 0,
                f.homeGames().map(r -> new Format.IntRange(3, 3)), f.weeks(), List.of(), 0, 0, f.seriesPerTeam(),
                f.gamesPerSeries(), f.maxHomeSeries());
        Sport pod = new Sport(mbb.code(), mbb.name(), List.of("BYU", "ISU", "KU", "KSU"), six, mbb.window(), mbb.championship(),
                List.of(), mbb.rules(), mbb.homeVenue());
        Season season = bundled.withSports(List.of(pod));
        ConstraintSet defaults = new DefaultRules().forSport(season, pod);
        CompiledSet set = new RuleCompiler().compile(defaults, season);
        // rounds on Tuesdays and Saturdays, the return rounds mirroring the first ones
        String[][] rounds = {{"KU", "KSU", "ISU", "BYU"}, {"KSU", "ISU", "BYU", "KU"}, {"KU", "ISU", "KSU", "BYU"},
            {"KSU", "KU", "BYU", "ISU"}, {"ISU", "KSU", "KU", "BYU"}, {"ISU", "KU", "BYU", "KSU"}};
        LocalDate[] dates = {LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 6),
            LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 17)};
        List<Game> draft = new ArrayList<>();
        for (int r = 0; r < rounds.length; r++) {
            for (int k = 0; k < 4; k += 2) {
                String home = rounds[r][k];
                draft.add(new Game(String.format("g%03d", draft.size() + 1), dates[r], home, rounds[r][k + 1],
                        pod.venueOf(season.teams().get(home))));
            }
        }
        // mirrored rounds three games apart cannot keep two home and two away games among the first and last four
        assertThat(set.validate(draft).ofRule("first-last-games-balance")).isNotEmpty();

        TimetableResult result = new SeasonTimetable().solve(set, draft, BUDGET);

        assertThat(result.found()).as("conflict: %s", result.conflict()).isTrue();
        assertThat(set.validate(result.games()).violations().stream()
                .filter(v -> v.severity() == org.flextime.rules.Severity.HARD)).isEmpty();
        assertThat(pairs(result.games())).isEqualTo(pairs(draft));
    }

    /** The meetings as sorted "X-Y" pairs, hosts aside. */
    private static List<String> pairs(List<Game> games) {
        return games.stream().map(g -> g.home().compareTo(g.away()) < 0 ? g.home() + "-" + g.away() : g.away() + "-" + g.home())
                .sorted().toList();
    }
}
