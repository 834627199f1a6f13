package org.flextime.engine.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The travel optimizer on the season engine's men's basketball draft, under the sport's default constraint set. */
class TravelOptimizerTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport MBB = SEASON.sport("MBB").orElseThrow();
    private static final TravelOptions OPTIONS = new TravelOptions(3, Duration.ofMinutes(2), 2000,
            TravelOptions.DEFAULT.softPrice());

    private static List<Game> draft;
    private static CompiledSet rules;
    private static Set<String> pinned;
    private static OptimizedTravel result;

    @BeforeAll
    static void optimizeOnce() {
        draft = new SeasonGenerator().generate(SEASON, MBB, 1);
        rules = new RuleCompiler().compile(new DefaultRules().forSport(SEASON, MBB), SEASON);
        pinned = draft.stream().limit(40).map(Game::id).collect(Collectors.toSet());
        result = new TravelOptimizer(SEASON, MBB, rules).optimize(draft, pinned, OPTIONS);
    }

    @Test
    void theScheduleCostsLessAndEveryHardRuleStillHolds() {
        assertThat(rules.validate(draft).hardViolations()).isZero();
        assertThat(result.after().hardViolations()).isZero();
        assertThat(result.dollarsAfter()).isLessThan(result.dollarsBefore());
        assertThat(result.saving()).isEqualTo(result.dollarsBefore() - result.dollarsAfter());
        SeasonTravel travel = new SeasonTravel(SEASON, MBB);
        assertThat(result.dollarsBefore()).isEqualTo(travel.dollars(draft));
        assertThat(result.dollarsAfter()).isEqualTo(travel.dollars(result.games()));
    }

    @Test
    void pinnedGamesStayAndTheChangedOnesAreListed() {
        Map<String, Game> before = draft.stream().collect(Collectors.toMap(Game::id, Function.identity()));
        for (Game g : result.games()) {
            if (pinned.contains(g.id())) {
                assertThat(g).isEqualTo(before.get(g.id()));
            }
        }
        assertThat(result.changed()).isNotEmpty().allSatisfy(g -> assertThat(g).isNotEqualTo(before.get(g.id())));
        assertThat(result.games()).extracting(Game::id).containsExactlyElementsOf(draft.stream().map(Game::id).toList());
    }

    @Test
    void aSeriesSportKeepsEverySeriesInOneWeekAndEveryHardRule() {
        Sport baseball = SEASON.sport("BSB").orElseThrow();
        List<Game> series = new SeasonGenerator().generate(SEASON, baseball, 1);
        CompiledSet set = new RuleCompiler().compile(new DefaultRules().forSport(SEASON, baseball), SEASON);
        OptimizedTravel r = new TravelOptimizer(SEASON, baseball, set).optimize(series, Set.of(), OPTIONS);
        assertThat(set.validate(series).hardViolations()).isZero();
        assertThat(r.after().hardViolations()).isZero();
        assertThat(r.dollarsAfter()).isLessThanOrEqualTo(r.dollarsBefore())
                .isEqualTo(new SeasonTravel(SEASON, baseball).dollars(r.games()));
    }

    @Test
    void theSameSeedAndMoveBudgetGiveTheSameSchedule() {
        assertThat(new TravelOptimizer(SEASON, MBB, rules).optimize(draft, pinned, OPTIONS).games())
                .isEqualTo(result.games());
    }
}
