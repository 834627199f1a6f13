package org.flextime.engine.season.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.flextime.domain.Format;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;

/**
 * Whatever the seed and sport, the optimized season keeps its format (games per team, meetings per pair,
 * home-and-home legs, opponents met twice) and breaks no hard rule, as scored afresh from its games.
 */
class SeasonOptimizerPropertyTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final SolveOptions TINY_BUDGET = SolveOptions.defaults()
            .withBudget(Duration.ofMillis(300), Duration.ofMillis(200));

    @Provide
    Arbitrary<String> sports() {
        return Arbitraries.of("FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN");
    }

    @Property(tries = 12)
    void everyOptimizedSeasonKeepsItsFormatAndHardRules(@ForAll("sports") String code, @ForAll long seed) {
        Sport sport = SEASON.sport(code).orElseThrow();
        OptimizedSeason result = new SeasonOptimizer().optimize(SEASON, sport, seed, TINY_BUDGET);
        List<Game> games = result.games();
        Format f = sport.format();
        int per = Math.max(1, f.gamesPerSeries());
        Map<String, Integer> gamesOf = new HashMap<>();
        Map<String, Integer> meetings = new HashMap<>();
        Map<String, Integer> hosted = new HashMap<>();
        for (Game g : games) {
            gamesOf.merge(g.home(), 1, Integer::sum);
            gamesOf.merge(g.away(), 1, Integer::sum);
            String pair = g.home().compareTo(g.away()) < 0 ? g.home() + "|" + g.away() : g.away() + "|" + g.home();
            meetings.merge(pair, 1, Integer::sum);
            hosted.merge(pair + ">" + g.home(), 1, Integer::sum);
        }
        assertThat(gamesOf.keySet()).containsExactlyInAnyOrderElementsOf(sport.participants());
        assertThat(gamesOf.values()).allMatch(n -> n == f.totalGamesPerTeam());
        int most = f.kind() == Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN
                || f.gamesPerTeam() == 2 * (sport.participants().size() - 1) ? 2 : 1;
        assertThat(meetings.values()).allMatch(n -> n % per == 0 && n / per <= most);
        meetings.forEach((pair, n) -> {
            if (n / per == 2) {
                // a home-and-home: each team hosts one leg
                assertThat(hosted.get(pair + ">" + pair.split("\\|")[0])).as(pair).isEqualTo(per);
            }
        });
        if (f.kind() == Format.Kind.PARTIAL_DOUBLE_ROUND_ROBIN) {
            for (String t : sport.participants()) {
                long twice = meetings.entrySet().stream().filter(e -> List.of(e.getKey().split("\\|")).contains(t))
                        .filter(e -> e.getValue() == 2).count();
                assertThat(twice).as(t).isEqualTo(f.opponentsTwice());
            }
        }
        SeasonScore fresh = new SeasonOptimizer().evaluate(SEASON, sport, games, TINY_BUDGET);
        assertThat(fresh.hardPenalty()).as(fresh.explanation()).isZero();
        assertThat(fresh.breaches(List.of("double-booking"))).isZero();
        assertThat(fresh.softPenalty()).isEqualTo(result.score().softPenalty());
    }
}
