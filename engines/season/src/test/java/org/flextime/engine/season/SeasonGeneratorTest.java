package org.flextime.engine.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.domain.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeasonGeneratorTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private final SeasonGenerator generator = new SeasonGenerator();

    private static Sport sport(String code) {
        return SEASON.sport(code).orElseThrow();
    }

    @Test
    void menBasketballIsExact() {
        List<Game> games = generator.generate(SEASON, sport("MBB"), 42);
        MbbInvariants.check(SEASON, sport("MBB"), games);
    }

    @Test
    void travelPartnersAreAmongThePlayTwiceOpponents() {
        List<Game> games = generator.generate(SEASON, sport("MBB"), 7);
        for (List<String> pair : SEASON.travelPartners()) {
            long meetings = games.stream().filter(g -> g.involves(pair.get(0)) && g.involves(pair.get(1))).count();
            assertThat(meetings).as("%s meetings", pair).isEqualTo(2);
        }
    }

    @Test
    void homeAndHomeMeetingsAreInDifferentHalvesOfTheSeason() {
        List<Game> games = generator.generate(SEASON, sport("MBB"), 3);
        Map<String, List<Game>> byPair = new HashMap<>();
        games.forEach(g -> byPair.computeIfAbsent(pairKey(g), k -> new ArrayList<>()).add(g));
        byPair.values().stream().filter(l -> l.size() == 2).forEach(l ->
                assertThat(ChronoUnit.DAYS.between(l.get(0).date(), l.get(1).date())).as(l.toString()).isGreaterThanOrEqualTo(10));
    }

    @Test
    void sameSeedSameScheduleOtherSeedOtherSchedule() {
        assertThat(generator.generate(SEASON, sport("MBB"), 11)).isEqualTo(generator.generate(SEASON, sport("MBB"), 11));
        assertThat(generator.generate(SEASON, sport("MBB"), 11)).isNotEqualTo(generator.generate(SEASON, sport("MBB"), 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN"})
    void everySportGetsExactGameCountsOnAllowedDates(String code) {
        Sport sport = sport(code);
        List<Game> games = generator.generate(SEASON, sport, 5);
        Map<String, Integer> count = new TreeMap<>();
        games.forEach(g -> {
            count.merge(g.home(), 1, Integer::sum);
            count.merge(g.away(), 1, Integer::sum);
        });
        assertThat(count.keySet()).containsExactlyInAnyOrderElementsOf(sport.participants());
        assertThat(count.values()).as(code).containsOnly(sport.format().totalGamesPerTeam());
        Map<String, Integer> perDay = new HashMap<>();
        for (Game g : games) {
            assertThat(SEASON.isPlayable(sport, g.home(), g.away(), g.date())).as("%s %s", code, g).isTrue();
            // only a week too short for a series gives a doubleheader (BYU's first baseball weekend)
            int allowed = doubleheader(sport, g) ? 2 : 1;
            assertThat(perDay.merge(g.home() + g.date(), 1, Integer::sum)).as("%s double booked", g).isLessThanOrEqualTo(allowed);
            assertThat(perDay.merge(g.away() + g.date(), 1, Integer::sum)).as("%s double booked", g).isLessThanOrEqualTo(allowed);
        }
    }

    @Test
    void womenBasketballHasNineteenWindowsAndOneByePerTeam() {
        Sport wbb = sport("WBB");
        List<Game> games = generator.generate(SEASON, wbb, 4);
        List<LocalDate> windows = games.stream().map(Game::date).distinct().sorted().toList();
        assertThat(windows).hasSize(19);
        for (String t : wbb.participants()) {
            List<Game> own = games.stream().filter(g -> g.involves(t)).toList();
            assertThat(own).as(t).hasSize(18);
            assertThat(own.stream().map(Game::date).distinct().count()).as("%s windows played", t).isEqualTo(18);
            Map<String, Long> meetings = new TreeMap<>();
            own.forEach(g -> meetings.merge(g.opponentOf(t), 1L, Long::sum));
            assertThat(meetings.values().stream().filter(m -> m == 2).count()).as("%s twice", t).isEqualTo(3);
            assertThat(meetings.values().stream().filter(m -> m == 1).count()).as("%s once", t).isEqualTo(12);
            assertThat(own.stream().filter(g -> g.home().equals(t)).count()).as("%s home", t).isEqualTo(9);
        }
        assertThat(games).filteredOn(g -> g.involves("BYU")).noneMatch(g -> g.date().getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @ParameterizedTest
    @ValueSource(longs = {47806, 47807, 47808, 47809})
    void womenBasketballDrawsAgainWhenAFirstHalfCannotGiveEveryTeamOneBye(long seed) {
        // one of these seeds (the optimizer's drafts for a property-test sample) drew such a first half and gave up
        List<Game> games = generator.generate(SEASON, sport("WBB"), seed);
        assertThat(games.stream().map(Game::date).distinct().count()).isEqualTo(19);
        assertThat(games).hasSize(16 * 18 / 2);
    }

    @Test
    void footballKeepsProtectedRivalriesAndHomeRange() {
        Sport fb = sport("FB");
        List<Game> games = generator.generate(SEASON, fb, 9);
        for (List<String> r : fb.protectedRivalries()) {
            assertThat(games).as("rivalry %s", r).anyMatch(g -> g.involves(r.get(0)) && g.involves(r.get(1)));
        }
        for (String t : fb.participants()) {
            long home = games.stream().filter(g -> g.home().equals(t)).count();
            assertThat(home).as(t).isBetween(4L, 5L);
        }
        assertThat(games).allMatch(g -> g.date().getDayOfWeek() == DayOfWeek.SATURDAY);
        assertThat(games).allMatch(g -> g.venue().equals(SEASON.teams().get(g.home()).stadium().name()));
    }

    @Test
    void baseballPlaysThreeGameSeriesOneWeekendEachWithFiveAtHome() {
        Sport bsb = sport("BSB");
        List<Game> games = generator.generate(SEASON, bsb, 1);
        Map<String, List<Game>> byPair = new TreeMap<>();
        games.forEach(g -> byPair.computeIfAbsent(pairKey(g), k -> new ArrayList<>()).add(g));
        assertThat(byPair).hasSize(14 * 10 / 2);
        byPair.forEach((pair, series) -> {
            assertThat(series).as(pair).hasSize(3);
            assertThat(series).extracting(Game::home).as(pair).containsOnly(series.get(0).home());
            assertThat(ChronoUnit.DAYS.between(series.get(0).date(), series.get(2).date())).as(pair).isLessThanOrEqualTo(3);
        });
        for (String t : bsb.participants()) {
            assertThat(games.stream().filter(g -> g.home().equals(t)).count()).as(t).isEqualTo(15);
        }
        assertThat(games).filteredOn(g -> g.involves("BYU")).allMatch(g -> g.date().getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 2025})
    void seriesSportsKeepEveryGameInsideTheWindow(long seed) {
        for (String code : List.of("BSB", "SB")) {
            Sport sport = sport(code);
            assertThat(generator.generate(SEASON, sport, seed)).as(code).allMatch(g -> sport.window().contains(g.date()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 2025})
    void byuTakesItsSoftballByeInTheShortFirstWeekSoNobodyPlaysADoubleheader(long seed) {
        // softball opens on Friday 2026-03-06; with BYU's Thursday outside the window and its Sunday blacked out that
        // week has two days for BYU, and eleven teams leave a bye each week to put there
        List<Game> games = generator.generate(SEASON, sport("SB"), seed);
        assertThat(games).filteredOn(g -> g.involves("BYU")).allMatch(g -> g.date().isAfter(LocalDate.of(2026, 3, 8)));
        List<String> teamDays = new ArrayList<>();
        games.forEach(g -> {
            teamDays.add(g.home() + g.date());
            teamDays.add(g.away() + g.date());
        });
        assertThat(teamDays).doesNotHaveDuplicates();
    }

    @Test
    void byuOpensTheBaseballSeasonOnFridayWithASaturdayDoubleheader() {
        // the window opens on Friday 2026-03-13: BYU's Thursday is before it and its Sunday is blacked out
        List<Game> byu = generator.generate(SEASON, sport("BSB"), 2025).stream().filter(g -> g.involves("BYU")).toList();
        assertThat(byu.subList(0, 4)).extracting(Game::date).containsExactly(LocalDate.of(2026, 3, 13),
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 19));
    }

    @Test
    void soccerFollowsMatchesPerWeekAndMovesByuSundayGamesToMonday() {
        Sport soc = sport("SOC");
        List<Game> games = generator.generate(SEASON, soc, 2);
        List<Integer> perWeek = soc.format().matchesPerWeek();
        for (String t : soc.participants()) {
            for (int w = 0; w < perWeek.size(); w++) {
                LocalDate from = soc.window().from().plusDays(7L * w);
                long n = games.stream().filter(g -> g.involves(t) && !g.date().isBefore(from) && g.date().isBefore(from.plusDays(7))).count();
                assertThat(n).as("%s week %d", t, w + 1).isEqualTo(perWeek.get(w).longValue());
            }
        }
        assertThat(games).filteredOn(g -> g.involves("BYU"))
                .allMatch(g -> EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY).contains(g.date().getDayOfWeek()));
    }

    @Test
    void impossibleFormatIsRefusedNamingSportAndKind() {
        Sport mbb = sport("MBB");
        Format odd = new Format(Format.Kind.PARTIAL_ROUND_ROBIN, 3, 0, 0, Optional.empty(), 0, List.of(), 0, 0, 0, 0, 0);
        Sport five = new Sport("X5", "Five teams", List.of("KU", "KSU", "BYU", "UTAH", "TCU"), odd, mbb.window(),
                Optional.empty(), List.of(), List.of());
        assertThatThrownBy(() -> generator.generate(SEASON, five, 1))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("X5").hasMessageContaining("partial-round-robin");

        Window tiny = new Window(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), mbb.window().playDays(),
                null, null, null);
        Sport squeezed = new Sport("MBB", mbb.name(), mbb.participants(), mbb.format(), tiny, Optional.empty(),
                List.of(), mbb.rules());
        assertThatThrownBy(() -> generator.generate(SEASON, squeezed, 1))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("MBB").hasMessageContaining("partial-double-round-robin")
                .hasMessageContaining("do not fit");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 11, 2025})
    void homeAndHomeLegsStayTenDaysApartAfterThePolish(long seed) {
        // the polish swaps rounds within a half; it must not bring a first leg next to its return leg
        List<Game> games = generator.generate(SEASON, sport("MBB"), seed);
        Map<String, List<Game>> byPair = new HashMap<>();
        games.forEach(g -> byPair.computeIfAbsent(pairKey(g), k -> new ArrayList<>()).add(g));
        byPair.values().stream().filter(l -> l.size() == 2).forEach(l ->
                assertThat(ChronoUnit.DAYS.between(l.get(0).date(), l.get(1).date())).as(l.toString()).isGreaterThanOrEqualTo(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MBB", "SOC", "BSB"})
    void theDraftHoldsTheSameMeetingsAsTheGeneratedSeason(String code) {
        Sport sport = sport(code);
        SeasonDraft draft = generator.draft(SEASON, sport, 9);
        List<Game> games = generator.generate(SEASON, sport, 9);
        int perMeeting = Math.max(1, sport.format().gamesPerSeries());
        assertThat(draft.meetings()).hasSize(games.size() / perMeeting);
        Map<String, Long> drafted = new TreeMap<>();
        draft.meetings().forEach(m -> drafted.merge(m.home() + ">" + m.away(), (long) perMeeting, Long::sum));
        Map<String, Long> generated = new TreeMap<>();
        games.forEach(g -> generated.merge(g.home() + ">" + g.away(), 1L, Long::sum));
        assertThat(drafted).isEqualTo(generated);
        assertThat(draft.slotDates()).isSorted();
        assertThat(draft.meetings()).allMatch(m -> m.slot() >= 0 && m.slot() < draft.slotDates().size());
    }

    private static boolean doubleheader(Sport sport, Game g) {
        if (sport.format().kind() != Format.Kind.SERIES) {
            return false;
        }
        LocalDate monday = g.date().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return SEASON.seriesDates(sport, g.home(), g.away(), monday).stream().filter(g.date()::equals).count() == 2;
    }

    private static String pairKey(Game g) {
        return g.home().compareTo(g.away()) < 0 ? g.home() + "-" + g.away() : g.away() + "-" + g.home();
    }
}
