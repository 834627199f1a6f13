package org.flextime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.rules.TinySchedule.SEASON;
import static org.flextime.rules.TinySchedule.SPORT;
import static org.flextime.rules.TinySchedule.game;
import static org.flextime.rules.TinySchedule.games;
import static org.flextime.rules.TinySchedule.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

class ScheduleValidatorTest {
    private final ScheduleValidator validator = new ScheduleValidator();

    @Test
    void validScheduleHasNoViolation() {
        ValidationReport report = validator.validate(SEASON, SPORT, games());
        assertThat(report.violations()).isEmpty();
        assertThat(report.hardViolations()).isZero();
        assertThat(report.softPenalty()).isZero();
        assertThat(report.feasible()).isTrue();
    }

    @Test
    void byuOnSundayIsOneBlackout() {
        ValidationReport report = validator.validate(SEASON, SPORT, with(game("g003", "2025-11-30", "BYU", "KU")));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("blackout");
            assertThat(v.severity()).isEqualTo(Severity.HARD);
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.explanation()).isEqualTo(
                    "BYU plays on Sunday 2025-11-30 (g003 KU at BYU): no competition on Sundays, in every sport");
            assertThat(v.gameIds()).containsExactly("g003");
            assertThat(v.teams()).containsExactly("BYU");
        });
        assertThat(report.hardViolations()).isEqualTo(1);
    }

    @Test
    void thanksgivingIsABlackoutForBothTeams() {
        ValidationReport report = validator.validate(SEASON, SPORT, with(game("g008", "2025-11-27", "KSU", "KU")));
        assertThat(report.violations()).extracting(Violation::rule).containsOnly("blackout");
        assertThat(report.violations()).extracting(Violation::teams).containsExactly(List.of("KSU"), List.of("KU"));
        assertThat(report.violations()).allMatch(v -> v.explanation().endsWith("Thanksgiving Day"));
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void dateAfterTheWindowIsOutsideWindow() {
        ValidationReport report = validator.validate(SEASON, SPORT, with(game("g008", "2025-12-22", "KSU", "KU")));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("outside-window");
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.explanation()).contains("g008 KU at KSU", "2025-12-22", "2025-11-17 to 2025-12-21");
        });
    }

    @Test
    void aSeriesGameTheDayBeforeTheWindowOpensIsOutsideTheWindowWhateverTheTeamsOwnDays() {
        // baseball opens on Friday 2026-03-13; BYU's own Thursday-to-Saturday series days do not move that
        Sport bsb = TinySchedule.REAL.sport("BSB").orElseThrow();
        List<Game> series = List.of(new Game("g001", LocalDate.of(2026, 3, 12), "KU", "BYU", null),
                new Game("g002", LocalDate.of(2026, 3, 13), "KU", "BYU", null),
                new Game("g003", LocalDate.of(2026, 3, 14), "KU", "BYU", null),
                new Game("g004", LocalDate.of(2026, 3, 12), "TCU", "BAY", null));
        ValidationReport report = validator.validate(TinySchedule.REAL, bsb, series);
        assertThat(report.ofRule("outside-window")).extracting(Violation::explanation).containsExactly(
                "g001 BYU at KU on 2026-03-12 is outside the BSB window 2026-03-13 to 2026-05-16",
                "g004 BAY at TCU on 2026-03-12 is outside the BSB window 2026-03-13 to 2026-05-16");
        assertThat(report.ofRule("outside-window")).allMatch(v -> v.severity() == Severity.HARD);
        assertThat(report.ofRule("not-a-play-day")).isEmpty();
    }

    @Test
    void tuesdayIsNotAPlayDay() {
        ValidationReport report = validator.validate(SEASON, SPORT, with(game("g008", "2025-11-25", "KSU", "KU")));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("not-a-play-day");
            assertThat(v.explanation()).isEqualTo("g008 KU at KSU on Tuesday 2025-11-25 is not a T4 play day for KU and KSU");
        });
    }

    @Test
    void consecutiveDaysAreReportedPerTeam() {
        ValidationReport report = validator.validate(SEASON, SPORT, with(game("g008", "2025-11-23", "KSU", "KU")));
        assertThat(report.violations()).extracting(Violation::rule).containsOnly("consecutive-days");
        assertThat(report.violations()).extracting(Violation::teams).containsExactly(List.of("KU"), List.of("KSU"));
        assertThat(report.violations().get(0).gameIds()).containsExactly("g006", "g008");
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void sameHostTwiceBreaksHomeAndAwayAndCostsBalance() {
        ValidationReport report = validator.validate(SEASON, SPORT, with(game("g007", "2025-11-24", "BYU", "UTAH")));
        assertThat(report.ofRule("home-and-away")).singleElement().satisfies(v -> {
            assertThat(v.explanation()).isEqualTo("BYU and UTAH meet twice, both at BYU (g001 UTAH at BYU, g007 UTAH at BYU)");
            assertThat(v.gameIds()).containsExactly("g001", "g007");
        });
        // BYU 3 home / 1 away and UTAH 1 / 3: one point each beyond the allowed difference of one, weight 5000
        assertThat(report.ofRule("home-away-balance")).extracting(Violation::teams)
                .containsExactly(List.of("BYU"), List.of("UTAH"));
        assertThat(report.hardViolations()).isEqualTo(1);
        assertThat(report.softPenalty()).isEqualTo(2 * 5000);
    }

    @Test
    void missingGameIsCountedPerTeam() {
        List<Game> games = games();
        games.removeIf(g -> g.id().equals("g008"));
        ValidationReport report = validator.validate(SEASON, SPORT, games);
        assertThat(report.ofRule("games-per-team")).extracting(Violation::teams, Violation::penalty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("KU"), 1), org.assertj.core.groups.Tuple.tuple(List.of("KSU"), 1));
        assertThat(report.ofRule("games-per-team").get(0).explanation())
                .isEqualTo("KU plays 3 T4 games, the format requires 4 (1 short)");
    }

    @Test
    void wrongTwiceOnceSplitIsReported() {
        // a four-cycle played home and away: every team meets two opponents twice and none once
        List<Game> games = List.of(
                game("g001", "2025-11-17", "BYU", "KU"), game("g002", "2025-11-17", "KSU", "UTAH"),
                game("g003", "2025-11-20", "BYU", "UTAH"), game("g004", "2025-11-20", "KSU", "KU"),
                game("g005", "2025-11-22", "KU", "BYU"), game("g006", "2025-11-22", "UTAH", "KSU"),
                game("g007", "2025-11-24", "UTAH", "BYU"), game("g008", "2025-11-24", "KU", "KSU"));
        ValidationReport report = validator.validate(SEASON, SPORT, games);
        assertThat(report.ofRule("opponents-twice")).hasSize(4).allMatch(v -> v.penalty() == 1);
        assertThat(report.ofRule("opponents-once")).hasSize(4).allMatch(v -> v.penalty() == 2);
        assertThat(report.ofRule("opponents-twice").get(0).explanation())
                .isEqualTo("BYU meets 2 opponents twice, the format requires 1");
        assertThat(report.hardViolations()).isEqualTo(8);
    }

    @Test
    void thirdMeetingIsARepeat() {
        List<Game> games = games();
        games.add(game("g009", "2025-12-01", "BYU", "UTAH"));
        ValidationReport report = validator.validate(SEASON, SPORT, games);
        assertThat(report.ofRule("repeated-meeting")).singleElement().satisfies(v -> {
            assertThat(v.penalty()).isEqualTo(1);
            assertThat(v.teams()).containsExactly("BYU", "UTAH");
            assertThat(v.gameIds()).containsExactly("g001", "g007", "g009");
        });
    }

    @Test
    void unknownAndNonParticipatingTeamsAreReported() {
        List<Game> games = games();
        games.add(game("g009", "2025-12-01", "KU", "XYZ"));
        games.add(game("g010", "2025-12-04", "COL", "KSU"));
        ValidationReport report = validator.validate(SEASON, SPORT, games);
        assertThat(report.ofRule("unknown-team")).extracting(Violation::explanation).containsExactly(
                "g009 XYZ at KU: XYZ is not a Big 12 team", "g010 KSU at COL: COL does not play Test Four");
        // the games with an unknown team are not counted for anyone else either
        assertThat(report.ofRule("games-per-team")).isEmpty();
        assertThat(report.hardViolations()).isEqualTo(2);
    }

    @Test
    void homeGamesOutsideTheFormatRange() {
        Sport two = new Sport("T2", "Test Two", SPORT.participants(),
                new Format(Format.Kind.PARTIAL_ROUND_ROBIN, 2, 0, 0, Optional.of(new Format.IntRange(1, 1)), 0, List.of(), 0, 0, 0, 0, 0),
                SPORT.window(), Optional.empty(), List.of(), List.of());
        Season season = new Season("test", "Big 12", SEASON.teams(), List.of(two), SEASON.blackouts(), List.of(), SEASON.roadTrips());
        List<Game> games = List.of(game("g001", "2025-11-17", "BYU", "UTAH"), game("g002", "2025-11-17", "KSU", "KU"),
                game("g003", "2025-11-20", "BYU", "KU"), game("g004", "2025-11-20", "KSU", "UTAH"));
        ValidationReport report = validator.validate(season, two, games);
        assertThat(report.ofRule("home-games")).hasSize(4).allMatch(v -> v.penalty() == 1);
        assertThat(report.ofRule("home-games").get(0).explanation()).isEqualTo("BYU has 2 home games, the format requires 1 to 1");
        assertThat(report.hardViolations()).isEqualTo(4);
        // and each team's home/away difference of 2 is one beyond the balance rule's 1, at weight 5000
        assertThat(report.softPenalty()).isEqualTo(4 * 5000);
    }

    @Test
    void roadStreakLongerThanTheRuleAllows() {
        Sport strict = withRules("no more than 1 consecutive road games");
        ValidationReport report = validator.validate(season(strict), strict, games());
        // the home streak limit follows the road one (soft, in meetings): BYU and KSU also play two home games in a row
        assertThat(report.violations()).extracting(Violation::rule).containsOnly("consecutive-road-games", "home-streak-preferred");
        assertThat(report.ofRule("consecutive-road-games")).extracting(Violation::explanation).containsExactly(
                "BYU plays 2 road games in a row, at most 1 allowed (g005 BYU at KSU, g007 BYU at UTAH)",
                "KSU plays 2 road games in a row, at most 1 allowed (g002 KSU at KU, g004 KSU at UTAH)");
        assertThat(report.ofRule("consecutive-road-games")).allMatch(v -> v.penalty() == 1);
        assertThat(report.ofRule("home-streak-preferred")).extracting(Violation::teams).containsExactly(List.of("BYU"), List.of("KSU"));
    }

    @Test
    void firstAndLastGamesNeedHomeAndAway() {
        Sport strict = withRules("at least 1 home and 1 away games among a team's first two and among its last two");
        ValidationReport report = validator.validate(season(strict), strict, games());
        assertThat(report.violations()).extracting(Violation::rule).containsOnly("first-last-games-balance");
        assertThat(report.violations()).extracting(Violation::teams)
                .containsExactly(List.of("BYU"), List.of("BYU"), List.of("KSU"), List.of("KSU"));
        assertThat(report.violations().get(0).explanation()).isEqualTo(
                "BYU's first 2 games have 2 home and 0 away, at least 1 and 1 required (g001 UTAH at BYU, g003 KU at BYU)");
        assertThat(report.hardViolations()).isEqualTo(4);
    }

    private static Sport withRules(String rule) {
        return new Sport(SPORT.code(), SPORT.name(), SPORT.participants(), SPORT.format(), SPORT.window(),
                Optional.empty(), List.of(), List.of(rule));
    }

    private static Season season(Sport sport) {
        return new Season("test", "Big 12", SEASON.teams(), List.of(sport), SEASON.blackouts(), List.of(), SEASON.roadTrips());
    }

    @Test
    void generatedMensBasketballSeasonHasNoHardViolation() {
        Season real = TinySchedule.REAL;
        Sport mbb = real.sport("MBB").orElseThrow();
        List<Game> games = GeneratedMbbSchedule.games(real);
        ValidationReport report = validator.validate(real, mbb, games);
        assertThat(report.hardViolations()).isZero();
        // only soft preferences cost points: the data's "soft:" ones (4 games and 15 days between rematches, weekend
        // home games) and the default ones (home streaks, home/away balance)
        assertThat(report.violations()).allMatch(v -> v.severity() == Severity.SOFT);

        // and the same season with one BYU game moved to a Sunday has exactly that one problem
        List<Game> moved = new ArrayList<>(games);
        Game byu = moved.stream().filter(g -> g.involves("BYU")).findFirst().orElseThrow();
        LocalDate sunday = LocalDate.of(2026, 2, 22);
        moved.set(moved.indexOf(byu), new Game(byu.id(), sunday, byu.home(), byu.away(), byu.venue()));
        ValidationReport broken = validator.validate(real, mbb, moved);
        assertThat(broken.ofRule("blackout")).singleElement()
                .satisfies(v -> assertThat(v.explanation()).startsWith("BYU plays on Sunday 2026-02-22 (" + byu.id()));
    }
}
