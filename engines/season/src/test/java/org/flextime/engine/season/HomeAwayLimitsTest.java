package org.flextime.engine.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class HomeAwayLimitsTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static RuleDefinition hard(String id, String kind, ObjectNode params) {
        return new RuleDefinition(id, kind, Severity.HARD, 1, params);
    }

    @Test
    void theLimitsAreTheHardRulesOfTheSetNotItsSoftOnes() {
        ConstraintSet set = new ConstraintSet("T", "2025-26", List.of(
                hard("road", "max-consecutive", NODES.objectNode().put("side", "away").put("max", 3)),
                hard("road-tighter", "max-consecutive", NODES.objectNode().put("max", 2)),
                hard("home", "max-consecutive", NODES.objectNode().put("side", "home").put("max", 4)),
                new RuleDefinition("home-soft", "max-consecutive", Severity.SOFT, 1, NODES.objectNode().put("side", "home").put("max", 1)),
                hard("ends", "ends-balance", NODES.objectNode().put("games", 4).put("minHome", 2).put("minAway", 1))));
        HomeAwayLimits limits = HomeAwayLimits.of(set, 1);
        assertThat(limits.maxRoadRun()).isEqualTo(OptionalInt.of(2));
        assertThat(limits.maxHomeRun()).isEqualTo(OptionalInt.of(4));
        assertThat(limits.ends()).containsExactly(new HomeAwayLimits.Ends(4, 2, 1));
    }

    @Test
    void aSeriesSportCountsTheMeetingsThatFitInALimitOfGames() {
        ConstraintSet set = new ConstraintSet("T", "2025-26", List.of(
                hard("road-games", "max-consecutive", NODES.objectNode().put("max", 7)),
                hard("home-meetings", "max-consecutive", NODES.objectNode().put("side", "home").put("max", 2).put("count", "meetings"))));
        HomeAwayLimits limits = HomeAwayLimits.of(set, 3);
        assertThat(limits.maxRoadRun()).isEqualTo(OptionalInt.of(2));
        assertThat(limits.maxHomeRun()).isEqualTo(OptionalInt.of(2));
        assertThat(HomeAwayLimits.of(new ConstraintSet("T", "2025-26", List.of()), 1).isEmpty()).isTrue();
    }

    @Test
    void theLegGapIsTheWidestHardRematchSeparationInMeetings() {
        ConstraintSet set = new ConstraintSet("T", "2025-26", List.of(
                hard("rematch", "rematch-separation", NODES.objectNode().put("minGames", 3).put("minDays", 10)),
                hard("rematch-series", "rematch-separation", NODES.objectNode().put("minGames", 5)),
                new RuleDefinition("rematch-soft", "rematch-separation", Severity.SOFT, 1, NODES.objectNode().put("minGames", 9))));
        assertThat(HomeAwayLimits.of(set, 1).minLegGap()).isEqualTo(OptionalInt.of(5));
        assertThat(HomeAwayLimits.of(set, 3).minLegGap()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void thePolishKeepsTheRuleGapWhenThePreferredOneCannotBeReached() {
        HomeAwayLimits rematch3 = new HomeAwayLimits(OptionalInt.of(2), OptionalInt.empty(), List.of(), OptionalInt.of(3));
        // a pod of four: six rounds, three a half; the preferred 4 is out of reach, the rule's 3 is not
        assertThat(HomeAwayPolish.legGap(rematch3, 6, 3)).isEqualTo(3);
        // a full season keeps the preferred quarter of the season
        assertThat(HomeAwayPolish.legGap(rematch3, 22, 11)).isEqualTo(5);
        assertThat(HomeAwayPolish.legGap(HomeAwayLimits.NONE, 6, 3)).isEqualTo(3);
    }

    @Test
    void theGeneratorWorksToTheRoadLimitOfTheSetItIsGiven() {
        // volleyball's own rules set no road limit; the set given here does, and the generated season keeps it
        Sport vb = SEASON.sport("VB").orElseThrow();
        ConstraintSet defaults = new DefaultRules().forSport(SEASON, vb);
        List<RuleDefinition> rules = new ArrayList<>(defaults.rules());
        rules.add(hard("consecutive-road-games", "max-consecutive", NODES.objectNode().put("side", "away").put("max", 2)));
        ConstraintSet limited = new ConstraintSet(defaults.sport(), defaults.season(), rules);
        SeasonGenerator generator = new SeasonGenerator();

        List<Game> free = generator.generate(SEASON, vb, defaults, 3);
        List<Game> kept = generator.generate(SEASON, vb, limited, 3);

        assertThat(roadStreakViolations(limited, free)).isPositive();
        assertThat(roadStreakViolations(limited, kept)).isZero();
    }

    private static int roadStreakViolations(ConstraintSet set, List<Game> games) {
        return new RuleCompiler().compile(set, SEASON).validate(games).ofRule("consecutive-road-games").size();
    }
}
