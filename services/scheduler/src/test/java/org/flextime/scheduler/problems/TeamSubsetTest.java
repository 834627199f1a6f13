package org.flextime.scheduler.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.SeasonDocuments;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.rules.ScheduleValidator;
import org.flextime.rules.Severity;
import org.flextime.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/** A division or pod of a sport's teams: who plays, the format they can hold, and what a request may not ask. */
class TeamSubsetTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();

    private static Sport sport(String code) {
        return SEASON.sport(code).orElseThrow();
    }

    @Test
    void aBasketballPodOfFourPlaysADoubleRoundRobin() {
        Sport pod = TeamSubset.of(SEASON, sport("MBB"), List.of("KU", "KSU", "ISU", "BYU")).sport();

        assertThat(pod.participants()).containsExactly("BYU", "ISU", "KU", "KSU");
        assertThat(pod.format().kind()).isEqualTo(Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN);
        assertThat(pod.format().gamesPerTeam()).isEqualTo(6);
        assertThat(pod.format().opponentsTwice()).isEqualTo(3);
        assertThat(pod.format().opponentsOnce()).isEqualTo(0);
    }

    @Test
    void theSeasonEngineSchedulesOnlyThePodEachPairTwice() {
        Sport pod = TeamSubset.of(SEASON, sport("MBB"), List.of("KU", "KSU", "ISU", "BYU")).sport();

        List<Game> games = new SeasonGenerator().generate(SEASON, pod, 7);

        Map<String, Integer> meetings = new HashMap<>();
        for (Game g : games) {
            assertThat(List.of("KU", "KSU", "ISU", "BYU")).contains(g.home(), g.away());
            meetings.merge(g.home().compareTo(g.away()) < 0 ? g.home() + g.away() : g.away() + g.home(), 1, Integer::sum);
        }
        assertThat(games).hasSize(12);
        assertThat(meetings).hasSize(6).allSatisfy((pair, n) -> assertThat(n).isEqualTo(2));
    }

    @Test
    void aBasketballPodsScheduleKeepsEveryHardRuleOfTheSport() {
        for (List<String> teams : List.of(List.of("KU", "KSU", "ISU", "BYU", "UTAH"), List.of("KU", "KSU", "ISU", "BYU", "UTAH", "TCU"),
                List.of("KU", "KSU", "ISU", "BYU", "UTAH", "TCU", "BAY", "TTU")))
        for (long seed = 1; seed <= 5; seed++) {
            Sport pod = TeamSubset.of(SEASON, sport("MBB"), teams).sport();
            List<Game> games = new SeasonGenerator().generate(SEASON, pod, seed);
            ValidationReport report = new ScheduleValidator().validate(SEASON, pod, games);
            assertThat(report.violations().stream().filter(v -> v.severity() == Severity.HARD).toList())
                    .as(teams.size() + " seed " + seed).isEmpty();
        }
    }

    @Test
    void aBasketballPodOfFourCannotKeepBothTheEndsAndTheRematchRule() {
        // Six games: legs three games apart force the return rounds to mirror the first ones (x1 x2 x3 -x1 -x2 -x3),
        // and two home and two away among the first four and the last four then make every team alternate, which no
        // schedule in rounds can do (two teams alternating in step never meet). The ends rule is kept, the separation
        // is not. A schedule whose games are staggered can keep both: the season engine's CP-SAT path finds one
        // (ScheduleOutputsApiTest, SeasonTimetableTest).
        Sport pod = TeamSubset.of(SEASON, sport("MBB"), List.of("KU", "KSU", "ISU", "BYU")).sport();

        List<Game> games = new SeasonGenerator().generate(SEASON, pod, 1);

        ValidationReport report = new ScheduleValidator().validate(SEASON, pod, games);
        assertThat(report.violations().stream().filter(v -> v.severity() == Severity.HARD).map(v -> v.rule()).distinct())
                .containsExactly("rematch-separation");
    }

    @Test
    void aFootballDivisionOfFiveMeetsEachOtherOnce() {
        Sport division = TeamSubset.of(SEASON, sport("FB"), List.of("KU", "KSU", "ISU", "BYU", "UTAH")).sport();

        assertThat(division.format().kind()).isEqualTo(Format.Kind.PARTIAL_ROUND_ROBIN);
        assertThat(division.format().gamesPerTeam()).isEqualTo(4);
        assertThat(division.format().homeGames().orElseThrow()).isEqualTo(new Format.IntRange(2, 2));
    }

    @Test
    void aTeamOutsideTheSportIsNamedByItsPosition() {
        // Oklahoma State plays no volleyball in the Big 12
        assertThatThrownBy(() -> TeamSubset.of(SEASON, sport("VB"), List.of("KU", "OSU", "BYU")))
                .isInstanceOfSatisfying(TeamSubset.Invalid.class, e -> assertThat(e.index()).isEqualTo(1))
                .hasMessageContaining("team 'OSU' does not play VB");
    }

    @Test
    void aTeamListedTwiceIsNamedByItsSecondPosition() {
        assertThatThrownBy(() -> TeamSubset.of(SEASON, sport("MBB"), List.of("KU", "BYU", "KU")))
                .isInstanceOfSatisfying(TeamSubset.Invalid.class, e -> assertThat(e.index()).isEqualTo(2));
    }

    @Test
    void oneTeamIsTooFewForAnyFormat() {
        assertThatThrownBy(() -> TeamSubset.of(SEASON, sport("MBB"), List.of("KU")))
                .isInstanceOfSatisfying(TeamSubset.Invalid.class, e -> assertThat(e.index()).isEqualTo(-1))
                .hasMessageContaining("at least two teams");
    }

    @Test
    void aWomensBasketballPodIsScheduledWithoutTheLeaguesByeWindows() {
        Sport pod = TeamSubset.of(SEASON, sport("WBB"), List.of("KU", "KSU", "ISU", "BYU")).sport();

        assertThat(pod.format().windows()).isZero();
        assertThat(pod.format().byesPerTeam()).isZero();
        assertThat(new SeasonGenerator().generate(SEASON, pod, 7)).hasSize(12);
    }

    @Test
    void theCarriedSeasonDocumentHoldsThePodToThePodsFormat() {
        TeamSubset pod = TeamSubset.of(SEASON, sport("MBB"), List.of("KU", "KSU", "ISU", "BYU"));
        tools.jackson.databind.JsonNode document = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(SeasonCatalog.bundledDocuments().get("2025-26"));

        Season narrowed = SeasonDocuments.read(pod.narrow(document));

        Sport mbb = narrowed.sport("MBB").orElseThrow();
        assertThat(mbb.participants()).containsExactly("BYU", "ISU", "KU", "KSU");
        assertThat(mbb.format()).isEqualTo(pod.sport().format());
        assertThat(narrowed.sport("WBB").orElseThrow().participants()).hasSize(16);
        assertThat(SeasonDocuments.read(document).sport("MBB").orElseThrow().participants()).as("the original is untouched").hasSize(16);
    }
}
