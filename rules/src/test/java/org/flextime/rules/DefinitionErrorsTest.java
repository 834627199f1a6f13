package org.flextime.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Definitions the engine cannot use fail with the JSON path of the offending value. */
class DefinitionErrorsTest {

    private final ConstraintSetDocument documents = new ConstraintSetDocument();

    private RuleDefinitionException failure(String document) {
        JsonNode tree = TinySchedule.JSON.readTree(document);
        try {
            new RuleCompiler().compile(documents.read(tree, "T4", "test"), TinySchedule.SEASON);
        } catch (RuleDefinitionException e) {
            return e;
        }
        throw new AssertionError("no error for " + document);
    }

    @Test
    void aParameterOfTheWrongTypeBreaksTheSchemaAtItsPath() {
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"ok","kind":"participants","severity":"HARD"},
                          {"id":"streak","kind":"max-consecutive","severity":"HARD","params":{"side":"away","max":"two"}}]}""");
        assertThat(e.path()).isEqualTo("$.rules[1].params.max");
    }

    @Test
    void gamesPerDayCountsPerTeamOrPerVenueOnly() {
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"x","kind":"games-per-day","severity":"HARD","params":{"per":"city"}}]}""");
        assertThat(e.path()).isEqualTo("$.rules[0].params.per");
    }

    @Test
    void anUnknownKindBreaksTheSchema() {
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"x","kind":"telepathy","severity":"HARD"}]}""");
        assertThat(e.path()).isEqualTo("$.rules[0].kind");
    }

    @Test
    void anUnknownTeamIsNamedByItsPath() {
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"exams","kind":"exam-periods","severity":"HARD","params":{"periods":[
                  {"from":"2025-12-01","to":"2025-12-05","teams":["KU","OU"]}]}}]}""");
        assertThat(e.path()).isEqualTo("$.rules[0].params.periods[0].teams[1]");
        assertThat(e.getMessage()).contains("unknown team 'OU'");
    }

    @Test
    void aRobinxTeamMustTakePartInTheSport() {
        // TCU is a Big 12 school but not one of the four teams of this sport: RobinX needs an index for it
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"c","kind":"robinx","severity":"HARD","params":{"constraint":"SE1","teams":["KU","TCU"],"min":1}}]}""");
        assertThat(e.path()).isEqualTo("$.rules[0].params.teams[1]");
    }

    @Test
    void aSlotOutsideTheWindowIsUnknown() {
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"c","kind":"robinx","severity":"HARD","params":{"constraint":"CA1","teams":["KU"],
                  "slots":["2025-11-17","2026-01-01"],"max":1}}]}""");
        assertThat(e.path()).isEqualTo("$.rules[0].params.slots[1]");
        assertThat(e.getMessage()).contains("unknown slot 2026-01-01");
    }

    @Test
    void twoRulesWithOneIdAreRejected() {
        RuleDefinitionException e = failure("""
                {"rules":[{"id":"a","kind":"participants","severity":"HARD"},{"id":"a","kind":"window","severity":"HARD"}]}""");
        assertThat(e.path()).isEqualTo("$.rules[1].id");
    }

    @Test
    void everyKindTheCompilerKnowsIsInTheSchemaAndNoOther() {
        JsonNode schema = TinySchedule.JSON.readTree(ConstraintSetDocument.class.getResourceAsStream(ConstraintSetDocument.SCHEMA));
        Set<String> kinds = new TreeSet<>();
        schema.get("$defs").get("rule").get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asString()));
        assertThat(kinds).isEqualTo(new TreeSet<>(RuleCompiler.KINDS));
    }

    @Test
    void everyDefaultSetOfTheBundledSeasonPassesItsSchemaAndCompiles() {
        var season = TinySchedule.REAL;
        for (var sport : season.sports()) {
            ConstraintSet set = new DefaultRules().forSport(season, sport);
            JsonNode doc = documents.write(set);
            assertThat(documents.problems(doc)).as(sport.code()).isEmpty();
            ConstraintSet back = documents.read(doc, sport.code(), season.id());
            assertThat(back).isEqualTo(set);
            assertThat(new RuleCompiler().compile(back, season).rules()).hasSize(set.rules().size());
        }
        assertThat(List.of(documents.hash(new DefaultRules().forSport(season, season.sport("MBB").orElseThrow()))))
                .allMatch(h -> h.matches("[0-9a-f]{64}"));
    }
}
