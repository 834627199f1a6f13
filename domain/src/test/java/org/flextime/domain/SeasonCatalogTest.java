package org.flextime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeasonCatalogTest {

    private final Season season = SeasonCatalog.fromDirectory(ReferenceData.directory("big12")).find("2025-26").orElseThrow();

    @Test
    void loadsSixteenTeamsInSchoolsCsvOrder() {
        assertThat(season.teams()).hasSize(16);
        assertThat(season.teams().keySet()).startsWith("ARIZ", "ASU", "BAY", "BYU").endsWith("UTAH", "WVU");
        Team ku = season.teams().get("KU");
        assertThat(ku.city()).isEqualTo("Lawrence");
        assertThat(ku.arena().name()).isEqualTo("Allen Fieldhouse");
        assertThat(ku.arena().capacity()).isEqualTo(16300);
        assertThat(ku.timeZone().getId()).isEqualTo("America/Chicago");
        assertThat(season.conference()).isEqualTo("Big 12");
    }

    @Test
    void typesEveryFormat() {
        Sport mbb = season.sport("MBB").orElseThrow();
        assertThat(mbb.participants()).hasSize(16);
        assertThat(mbb.format().kind()).isEqualTo(Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN);
        assertThat(mbb.format().gamesPerTeam()).isEqualTo(20);
        assertThat(mbb.format().opponentsTwice()).isEqualTo(5);
        assertThat(mbb.format().opponentsOnce()).isEqualTo(10);
        assertThat(mbb.forbidsConsecutiveDays()).isTrue();
        assertThat(mbb.maxConsecutiveRoadGames()).hasValue(2);
        assertThat(mbb.endsBalance()).contains(new Sport.EndsBalance(2, 2, 4));

        Sport fb = season.sport("FB").orElseThrow();
        assertThat(fb.format().homeGames()).contains(new Format.IntRange(4, 5));
        assertThat(fb.isProtectedRivalry("KSU", "KU")).isTrue();
        assertThat(fb.championship().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 12, 6));
        assertThat(fb.forbidsConsecutiveDays()).isFalse();
        assertThat(fb.maxConsecutiveRoadGames()).hasValue(2);
        assertThat(fb.endsBalance()).isEmpty();
        assertThat(season.sport("VB").orElseThrow().maxConsecutiveRoadGames()).isEmpty();

        Sport bsb = season.sport("BSB").orElseThrow();
        assertThat(bsb.format().kind()).isEqualTo(Format.Kind.SERIES);
        assertThat(bsb.format().totalGamesPerTeam()).isEqualTo(30);
        assertThat(bsb.participants()).hasSize(14).doesNotContain("COL", "ISU");
        assertThat(bsb.window().teamDays().get("BYU")).containsExactlyInAnyOrder(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(bsb.window().specialWeekendDays()).containsKey("finalWeekend");

        Sport soc = season.sport("SOC").orElseThrow();
        assertThat(soc.format().matchesPerWeek()).containsExactly(1, 2, 2, 1, 2, 2, 1);
        assertThat(soc.window().daysFor("BYU")).containsExactlyInAnyOrder(DayOfWeek.THURSDAY, DayOfWeek.MONDAY);
        assertThat(soc.window().daysFor("KU")).containsExactlyInAnyOrder(DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
        assertThat(season.sports()).extracting(Sport::code)
                .containsExactly("FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN");
    }

    @Test
    void byuNeverHasASundayPlayDate() {
        Sport mbb = season.sport("MBB").orElseThrow();
        Sport wbb = season.sport("WBB").orElseThrow();
        assertThat(season.playDates(mbb, "BYU")).isNotEmpty().noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        // WBB plays Sundays, so this is where the blackout actually removes dates
        assertThat(season.playDates(wbb, "KU")).anyMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(season.playDates(wbb, "BYU")).isNotEmpty().noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void mbbPlayDatesAreWindowDaysOnPlayDays() {
        Sport mbb = season.sport("MBB").orElseThrow();
        List<LocalDate> ku = season.playDates(mbb, "KU");
        assertThat(ku.get(0)).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(ku.get(ku.size() - 1)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(ku).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        // 10 weeks of Mon-Thu + Sat, less Mon 29 Dec which is before the window
        assertThat(ku).hasSize(49);
    }

    @Test
    void thanksgivingAndEasterApplyToEveryTeam() {
        LocalDate thanksgiving = LocalDate.of(2025, 11, 27);
        for (String team : season.teams().keySet()) {
            assertThat(season.isBlackedOut(team, thanksgiving)).as(team).isTrue();
            assertThat(season.isBlackedOut(team, LocalDate.of(2026, 4, 5))).as(team).isTrue();
            assertThat(season.isBlackedOut(team, thanksgiving.plusDays(1))).as(team).isFalse();
        }
        assertThat(season.blackoutsFor("KU", thanksgiving)).extracting(Blackout::reason).containsExactly("Thanksgiving Day");
    }

    @Test
    void byuConferenceWeekendAndSundaysAreBlackedOutOnlyForByu() {
        assertThat(season.isBlackedOut("BYU", LocalDate.of(2025, 10, 4))).isTrue();
        assertThat(season.isBlackedOut("UTAH", LocalDate.of(2025, 10, 4))).isFalse();
        assertThat(season.isBlackedOut("BYU", LocalDate.of(2026, 1, 11))).isTrue();
        assertThat(season.isBlackedOut("BYU", LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(season.blackoutsFor("BYU", LocalDate.of(2026, 1, 11)).get(0).weekday()).contains(DayOfWeek.SUNDAY);
    }

    @Test
    void soccerGamesWithByuFollowByuDays() {
        Sport soc = season.sport("SOC").orElseThrow();
        List<LocalDate> dates = season.matchDates(soc, "KU", "BYU");
        assertThat(dates).isNotEmpty().allMatch(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY || d.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(season.matchDates(soc, "KU", "KSU")).anyMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    @Test
    void seriesDatesHonourOwnDaysSpecialWeekendsAndEaster() {
        Sport bsb = season.sport("BSB").orElseThrow();
        Sport sb = season.sport("SB").orElseThrow();
        List<LocalDate> weeks = season.seriesWeeks(bsb);
        assertThat(weeks).hasSize(10);
        assertThat(season.seriesWeeks(sb)).hasSize(9);
        LocalDate first = weeks.get(0);
        assertThat(season.seriesDates(bsb, "KU", "KSU", first)).containsExactly(
                LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15));
        // BYU's Thursday is a day before the window opens and its Sunday is blacked out: Friday, then a Saturday doubleheader
        assertThat(season.seriesDates(bsb, "KU", "BYU", first)).containsExactly(
                LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14));
        assertThat(season.seriesDates(bsb, "KU", "BYU", weeks.get(1))).containsExactly(
                LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21));
        assertThat(season.seriesDates(bsb, "KU", "KSU", weeks.get(9))).containsExactly(
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 16));
        LocalDate easterWeek = LocalDate.of(2026, 3, 30);
        assertThat(Season.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        // Easter Sunday is blacked out for all, so the baseball series starts on Thursday
        assertThat(season.seriesDates(bsb, "KU", "KSU", easterWeek)).containsExactly(
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4));
        assertThat(season.seriesDates(sb, "KU", "ISU", easterWeek)).containsExactly(
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4));
        // BYU's Saturday 4 April is church general conference
        assertThat(season.seriesDates(sb, "KU", "BYU", easterWeek)).doesNotContain(LocalDate.of(2026, 4, 4)).hasSize(3);
    }

    @Test
    void bundledCopyMatchesSharedData() {
        SeasonCatalog bundled = SeasonCatalog.bundled();
        assertThat(bundled.seasonIds()).containsExactly("2025-26");
        Season b = bundled.find("2025-26").orElseThrow();
        assertThat(b).isEqualTo(season);
        assertThat(bundled.find("1999-00")).isEmpty();
    }

    @Test
    void malformedNumberNamesFileLineAndField(@TempDir Path dir) throws IOException {
        copyData(dir);
        Path csv = dir.resolve("schools.csv");
        Files.writeString(csv, Files.readString(csv).replace("38.9717", "north"));
        assertThatThrownBy(() -> SeasonCatalog.fromDirectory(dir))
                .isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("schools.csv")
                .hasMessageContaining("line 10, latitude")
                .hasMessageContaining("'north' is not a number");
    }

    @Test
    void malformedJsonFieldNamesFileAndPath(@TempDir Path dir) throws IOException {
        copyData(dir);
        Path json = dir.resolve("season-2025-26.json");
        Files.writeString(json, Files.readString(json).replace("\"gamesPerTeam\": 20", "\"gamesPerTeam\": \"twenty\""));
        assertThatThrownBy(() -> SeasonCatalog.fromDirectory(dir))
                .isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("season-2025-26.json")
                .hasMessageContaining("sports[1].format.gamesPerTeam");
    }

    @Test
    void unknownTeamAndUnknownFormatKindAreReported(@TempDir Path dir) throws IOException {
        copyData(dir);
        Path json = dir.resolve("season-2025-26.json");
        String original = Files.readString(json);
        Files.writeString(json, original.replace("[\"BYU\", \"UTAH\"], [\"BAY\"", "[\"BYU\", \"UTE\"], [\"BAY\""));
        assertThatThrownBy(() -> SeasonCatalog.fromDirectory(dir))
                .hasMessageContaining("travelPartners[1][1]").hasMessageContaining("unknown team 'UTE'");
        Files.writeString(json, original.replace("\"kind\": \"series\"", "\"kind\": \"ladder\""));
        assertThatThrownBy(() -> SeasonCatalog.fromDirectory(dir))
                .hasMessageContaining("sports[5].format.kind").hasMessageContaining("ladder");
    }

    @Test
    void eachSportHostsAtTheVenueTheSeasonDataNames() {
        Team ku = season.teams().get("KU");
        assertThat(season.sport("FB").orElseThrow().venueOf(ku)).isEqualTo("David Booth Kansas Memorial Stadium");
        assertThat(season.sport("MBB").orElseThrow().venueOf(ku)).isEqualTo("Allen Fieldhouse");
        assertThat(season.sport("VB").orElseThrow().venueOf(ku)).isEqualTo("Allen Fieldhouse");
        assertThat(season.sport("BSB").orElseThrow().homeVenue()).isEqualTo(Sport.HomeVenue.UNLISTED);
        assertThat(season.sport("BSB").orElseThrow().venueOf(ku)).isEqualTo("Kansas Baseball home venue");
    }

    @Test
    void anUnknownHomeVenueIsReportedWithItsPath(@TempDir Path dir) throws IOException {
        copyData(dir);
        Path json = dir.resolve("season-2025-26.json");
        Files.writeString(json, Files.readString(json).replace("\"homeVenue\": \"stadium\"", "\"homeVenue\": \"field\""));
        assertThatThrownBy(() -> SeasonCatalog.fromDirectory(dir))
                .isInstanceOf(SeasonDataException.class)
                .hasMessageContaining("sports[0].homeVenue")
                .hasMessageContaining("'field'");
    }

    @Test
    void noSeriesDateOrPlayDateFallsOutsideTheSportsWindow() {
        for (String code : List.of("BSB", "SB")) {
            Sport sport = season.sport(code).orElseThrow();
            for (String home : sport.participants()) {
                assertThat(season.playDates(sport, home)).as("%s %s", code, home).allMatch(sport.window()::contains);
                for (String away : sport.participants()) {
                    if (!home.equals(away)) {
                        assertThat(season.matchDates(sport, home, away)).as("%s %s-%s", code, home, away)
                                .allMatch(sport.window()::contains);
                    }
                }
            }
        }
        assertThat(season.playDates(season.sport("BSB").orElseThrow(), "BYU")).doesNotContain(LocalDate.of(2026, 3, 12));
    }

    private static void copyData(Path dir) throws IOException {
        for (String f : List.of("schools.csv", "season-2025-26.json")) {
            Files.copy(ReferenceData.directory("big12").resolve(f), dir.resolve(f));
        }
    }
}
