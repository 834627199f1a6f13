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

    private final Season season = TinySchedule.REAL;
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
    void br2KeepsBreaksPerTeamAndAgreesWithTheWholeScheduleEvaluatorUnderRandomMoves() {
        List<Game> games = GeneratedMbbSchedule.games(season);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        String teams = json.writeValueAsString(mbb.participants());
        List<String> days = new java.util.ArrayList<>();
        for (LocalDate d = mbb.window().from(); !d.isAfter(mbb.window().to()); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        List<org.flextime.rules.RuleDefinition> rules = new java.util.ArrayList<>();
        // one BR2 that every schedule violates (at most 0 breaks), so explanations and game ids are compared too, one that holds
        rules.add(new org.flextime.rules.RuleDefinition("br2-none", "robinx", Severity.SOFT, 3, json.readTree(
                "{\"constraint\":\"BR2\",\"teams\":" + teams + ",\"slots\":" + json.writeValueAsString(days) + ",\"intp\":0}")));
        rules.add(new org.flextime.rules.RuleDefinition("br2-home", "robinx", Severity.HARD, 1, json.readTree(
                "{\"constraint\":\"BR2\",\"teams\":[\"KU\",\"BYU\",\"TCU\"],\"slots\":" + json.writeValueAsString(days.subList(0, 40))
                        + ",\"intp\":1,\"homeMode\":\"H\"}")));
        CompiledSet br2 = new RuleCompiler().compile(new org.flextime.rules.ConstraintSet("MBB", season.id(), rules), season);
        assertThat(br2.rules()).allMatch(r -> r instanceof RobinxRule.TeamParts);
        IncrementalValidation state = br2.start(games);
        Random random = new Random(11);
        int violated = 0;
        for (int i = 0; i < 200; i++) {
            Game g = games.get(random.nextInt(games.size()));
            // dates on and next to other games, so breaks (consecutive days at home or away) come and go
            Game near = games.get(random.nextInt(games.size()));
            LocalDate date = near.date().plusDays(random.nextInt(3) - 1);
            ValidationReport incremental = random.nextBoolean() ? state.move(g.id(), date)
                    : state.update(List.of(new Game(g.id(), date, g.away(), g.home(), g.venue())), List.of());
            assertThat(state.lastEvaluations()).isEqualTo(2 * 2);
            assertThat(incremental).isEqualTo(br2.validate(state.games()));
            // the same violations as the ITC2021 evaluator over the whole schedule's timetable
            for (Rule rule : br2.rules()) {
                RobinxRule.Br2Parts parts = (RobinxRule.Br2Parts) rule;
                List<Violation> whole = new java.util.ArrayList<>();
                parts.whole().evaluate(state.games(), br2.context(), whole);
                assertThat(incremental.ofRule(rule.definition().id())).isEqualTo(whole);
                violated += whole.size();
            }
        }
        assertThat(violated).isGreaterThan(200);
    }

    @Test
    void ga1Ca4AndFa2RunOnlyWhenAChangeTouchesTheirTeamsAndStayExact() {
        List<Game> games = GeneratedMbbSchedule.games(season);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> days = new java.util.ArrayList<>();
        for (LocalDate d = mbb.window().from(); !d.isAfter(mbb.window().to()); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        String slots = json.writeValueAsString(days);
        List<org.flextime.rules.RuleDefinition> rules = new java.util.ArrayList<>();
        rules.add(new org.flextime.rules.RuleDefinition("ga1", "robinx", Severity.SOFT, 2, json.readTree(
                "{\"constraint\":\"GA1\",\"meetings\":[{\"home\":\"KU\",\"away\":\"KSU\"},{\"home\":\"BYU\",\"away\":\"UTAH\"}],"
                        + "\"slots\":" + json.writeValueAsString(days.subList(0, 50)) + ",\"min\":2}")));
        rules.add(new org.flextime.rules.RuleDefinition("ca4", "robinx", Severity.SOFT, 1, json.readTree(
                "{\"constraint\":\"CA4\",\"teams1\":[\"KU\",\"TCU\"],\"teams2\":[\"BYU\",\"UCF\",\"ISU\"],\"slots\":" + slots
                        + ",\"max\":1,\"mode1\":\"HA\",\"mode2\":\"EVERY\"}")));
        rules.add(new org.flextime.rules.RuleDefinition("fa2", "robinx", Severity.HARD, 1, json.readTree(
                "{\"constraint\":\"FA2\",\"teams\":[\"KU\",\"KSU\",\"TCU\",\"UCF\"],\"slots\":" + slots + ",\"intp\":1}")));
        CompiledSet set3 = new RuleCompiler().compile(new org.flextime.rules.ConstraintSet("MBB", season.id(), rules), season);
        IncrementalValidation state = set3.start(games);
        Random random = new Random(5);
        int skipped = 0;
        for (int i = 0; i < 200; i++) {
            Game g = games.get(random.nextInt(games.size()));
            LocalDate date = mbb.window().from().plusDays(random.nextInt(days.size()));
            ValidationReport incremental = random.nextBoolean() ? state.move(g.id(), date)
                    : state.update(List.of(new Game(g.id(), date, g.away(), g.home(), g.venue())), List.of());
            assertThat(incremental).isEqualTo(set3.validate(state.games()));
            skipped += state.lastEvaluations() < 3 ? 1 : 0;
        }
        assertThat(state.report().violations()).isNotEmpty();
        assertThat(skipped).isGreaterThan(20);
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
