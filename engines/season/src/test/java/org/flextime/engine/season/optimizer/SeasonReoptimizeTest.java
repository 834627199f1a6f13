package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flextime.engine.season.optimizer.TinySeason.MONDAY;
import static org.flextime.engine.season.optimizer.TinySeason.games;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

/**
 * Re-solving part of an existing schedule ({@link SeasonOptimizer#reoptimize}): pinned games and games outside the
 * neighbourhood stay exactly as given; the free ones may move within it. The tiny season below has every team
 * playing on two consecutive days (0 and 1), which the rule "no team plays on consecutive days" forbids.
 */
class SeasonReoptimizeTest {
    private static final Sport SPORT = TinySeason.sport(TinySeason.CODES, Optional.empty(), "no team plays on consecutive days");
    private static final Season SEASON = TinySeason.season(SPORT, List.of());
    private static final List<Game> CLASHING = games("A-B+0", "C-D+0", "A-C+1", "B-D+1", "A-D+7", "B-C+7");
    private static final SolveOptions BRIEF = SolveOptions.defaults().withBudget(Duration.ofMillis(1500), Duration.ofMillis(700));

    private static OptimizedSeason reoptimize(Neighbourhood free, Set<String> pinned) {
        return new SeasonOptimizer().reoptimize(SEASON, SPORT, CLASHING, free, pinned, 3, BRIEF);
    }

    @Test
    void theDraftBreaksTheRestRuleForEveryTeam() {
        SeasonScore score = new SeasonOptimizer().evaluate(SEASON, SPORT, CLASHING, BRIEF);
        assertThat(score.rules().get("consecutive-days").matches()).isEqualTo(4);
    }

    @Test
    void aWindowReSolveMovesOnlyTheWindowsGamesAndOnlyWithinIt() {
        OptimizedSeason result = reoptimize(Neighbourhood.dates(MONDAY.plusDays(1), MONDAY.plusDays(3)), Set.of());
        assertThat(result.initialScore().hardPenalty()).isEqualTo(4);
        assertThat(result.score().hardPenalty()).isZero();
        assertThat(result.games()).contains(CLASHING.get(0), CLASHING.get(1), CLASHING.get(4), CLASHING.get(5));
        assertThat(result.games()).extracting(Game::id).containsExactlyInAnyOrder("g01", "g02", "g03", "g04", "g05", "g06");
        for (Game g : result.games()) {
            if (g.id().equals("g03") || g.id().equals("g04")) {
                assertThat(g.date()).as(g.id()).isBetween(MONDAY.plusDays(2), MONDAY.plusDays(3));
            }
        }
    }

    @Test
    void aPinnedGameStaysEvenWhenMovingItIsTheOnlyFix() {
        OptimizedSeason result = reoptimize(Neighbourhood.dates(MONDAY.plusDays(1), MONDAY.plusDays(3)), Set.of("g03"));
        assertThat(result.games()).contains(CLASHING.get(2));
        // A still plays on days 0 and 1; B, C and D are fixed by moving g04 (B-D) off day 1
        assertThat(result.score().rules().get("consecutive-days").matches()).isEqualTo(2);
        assertThat(result.games()).filteredOn(g -> g.id().equals("g04")).extracting(Game::date)
                .allMatch(d -> d.isAfter(MONDAY.plusDays(1)) && !d.isAfter(MONDAY.plusDays(3)));
    }

    @Test
    void aTeamReSolveMovesOnlyGamesOfThoseTeams() {
        OptimizedSeason result = reoptimize(Neighbourhood.teams(Set.of("A")), Set.of());
        assertThat(result.games()).contains(CLASHING.get(1), CLASHING.get(3), CLASHING.get(5));
        assertThat(result.score().hardPenalty()).isLessThan(result.initialScore().hardPenalty());
    }

    @Test
    void withEverythingPinnedTheScheduleComesBackAsGiven() {
        OptimizedSeason result = reoptimize(Neighbourhood.dates(MONDAY, MONDAY.plusDays(27)),
                Set.of("g01", "g02", "g03", "g04", "g05", "g06"));
        assertThat(result.games()).containsExactlyElementsOf(CLASHING);
        assertThat(result.score()).isEqualTo(result.initialScore());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"MBB", "BSB"})
    void aBig12WindowReSolveKeepsEverythingOutsideAndThePinsAndStaysLegal(String code) {
        Season big12 = org.flextime.domain.SeasonCatalog.bundled().find("2025-26").orElseThrow();
        Sport sport = big12.sport(code).orElseThrow();
        SeasonOptimizer optimizer = new SeasonOptimizer();
        List<Game> season = optimizer.optimize(big12, sport, 4, BRIEF.withBudget(Duration.ofMillis(500), Duration.ofMillis(500))).games();
        java.time.LocalDate from = season.get(season.size() / 2).date();
        Neighbourhood window = Neighbourhood.dates(from, from.plusDays(13));
        Game pinned = season.stream().filter(window::contains).findFirst().orElseThrow();
        OptimizedSeason result = optimizer.reoptimize(big12, sport, season, window, Set.of(pinned.id()), 5, BRIEF);
        assertThat(result.score().hardPenalty()).isZero();
        assertThat(result.games()).hasSameSizeAs(season).contains(pinned);
        assertThat(result.games()).containsAll(season.stream().filter(g -> !window.contains(g)).toList());
        assertThat(result.games()).filteredOn(g -> !season.contains(g)).allMatch(g -> window.admits(g.date()));
        assertThat(result.score().softPenalty()).isLessThanOrEqualTo(result.initialScore().softPenalty());
    }
}
