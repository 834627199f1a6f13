package org.flextime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.junit.jupiter.api.Test;

/** Re-validation after a change evaluates only what the change touches and reports exactly what a full validation would. */
class IncrementalValidationTest {

    private final Season season = ValidatorFixture.REAL;
    private final Sport mbb = season.sport("MBB").orElseThrow();
    private final CompiledSet set = new RuleCompiler().compile(new DefaultRules().forSport(season, mbb), season);

    @Test
    void twoHundredRandomMovesAgreeWithFullValidation() {
        List<Game> games = GeneratedMbbSchedule.games(season);
        IncrementalValidation state = set.start(games);
        int full = state.lastEvaluations();
        Random random = new Random(42);
        long days = ChronoUnit.DAYS.between(mbb.window().from(), mbb.window().to());
        for (int i = 0; i < 200; i++) {
            Game g = games.get(random.nextInt(games.size()));
            LocalDate date = mbb.window().from().plusDays(random.nextInt((int) days + 3));
            ValidationReport incremental = random.nextBoolean() ? state.move(g.id(), date)
                    : state.update(List.of(new Game(g.id(), date, g.away(), g.home(), g.away() + " arena")), List.of());
            assertThat(state.lastEvaluations()).isLessThan(full / 4);
            assertThat(incremental).isEqualTo(set.validate(state.games()));
        }
    }

    @Test
    void venueAndRobinxRulesStayExactUnderRandomMovesToo() {
        List<Game> games = GeneratedMbbSchedule.games(season);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<org.flextime.rules.RuleDefinition> rules = new java.util.ArrayList<>(new DefaultRules().forSport(season, mbb).rules());
        String venue = games.get(0).venue();
        rules.add(new org.flextime.rules.RuleDefinition("turnaround", "venue-turnaround", Severity.SOFT, 1, json.readTree(
                "{\"minHours\":200,\"bookings\":[{\"venue\":\"" + venue + "\",\"start\":\"2026-01-10T12:00\",\"end\":\"2026-01-10T15:00\"}]}")));
        rules.add(new org.flextime.rules.RuleDefinition("ca3", "robinx", Severity.SOFT, 2, json.readTree(
                "{\"constraint\":\"CA3\",\"teams1\":[\"KU\",\"BYU\"],\"teams2\":[\"KSU\",\"UTAH\",\"ISU\"],\"intp\":20,\"max\":1,\"mode1\":\"HA\"}")));
        rules.add(new org.flextime.rules.RuleDefinition("se1", "robinx", Severity.SOFT, 1, json.readTree(
                "{\"constraint\":\"SE1\",\"teams\":[\"KU\",\"KSU\",\"BYU\",\"UTAH\",\"ISU\",\"TCU\"],\"min\":30}")));
        CompiledSet extended = new RuleCompiler().compile(new org.flextime.rules.ConstraintSet("MBB", season.id(), rules), season);
        IncrementalValidation state = extended.start(games);
        assertThat(state.report().ofRule("turnaround")).isNotEmpty();
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            Game g = games.get(random.nextInt(games.size()));
            LocalDate date = mbb.window().from().plusDays(random.nextInt(60));
            ValidationReport incremental = random.nextBoolean() ? state.move(g.id(), date)
                    : state.update(List.of(new Game(g.id(), date, g.away(), g.home(), games.get(random.nextInt(games.size())).venue())), List.of());
            assertThat(incremental).isEqualTo(extended.validate(state.games()));
        }
    }

    @Test
    void aMoveReEvaluatesTheTwoTeamsAndTheGameOnly() {
        List<Game> games = GeneratedMbbSchedule.games(season);
        IncrementalValidation state = set.start(games);
        long teamRules = set.rules().stream().filter(r -> r instanceof org.flextime.rules.Rule.TeamRule).count();
        long gameRules = set.rules().size() - teamRules;
        assertThat(state.lastEvaluations()).isEqualTo((int) (teamRules * 16 + gameRules * games.size()));
        Game g = games.get(0);
        state.move(g.id(), g.date().plusDays(1));
        assertThat(state.lastEvaluations()).isEqualTo((int) (teamRules * 2 + gameRules));
    }

    @Test
    void removingAndAddingGamesIsIncrementalToo() {
        List<Game> games = GeneratedMbbSchedule.games(season);
        IncrementalValidation state = set.start(games);
        Game g = games.get(5);
        ValidationReport removed = state.update(List.of(), List.of(g.id()));
        assertThat(removed.ofRule("games-per-team")).hasSize(2).allMatch(v -> v.penalty() == 1);
        ValidationReport back = state.update(List.of(g), List.of());
        assertThat(back).isEqualTo(set.validate(state.games()));
    }
}
