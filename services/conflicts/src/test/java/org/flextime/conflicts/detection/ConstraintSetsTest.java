package org.flextime.conflicts.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.ConflictDetector;
import org.flextime.platform.web.Backoff;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The set a schedule is judged by: the named version, else the active one, else the sport's defaults. */
class ConstraintSetsTest {

    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final Sport MBB = SEASON.sport("MBB").orElseThrow();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Game> TWO_ON_A_DAY = List.of(
            new Game("g1", LocalDate.parse("2026-01-10"), "KU", "BYU", "Allen Fieldhouse"),
            new Game("g2", LocalDate.parse("2026-01-10"), "KSU", "KU", "Bramlage Coliseum"));

    /** A constraints service with one MBB set whose active version (2 at first) allows that many games a day. */
    private final List<String> asked = new ArrayList<>();
    private int activeVersion = 2;
    private final ConstraintSetsApi api = new ConstraintSetsApi() {
        @Override
        public JsonNode sets(String season, String sport) {
            ArrayNode out = JSON.createArrayNode();
            out.addObject().put("id", "mbb-set").put("sport", "MBB").put("activeVersion", activeVersion);
            return out;
        }

        @Override
        public JsonNode version(String id, int version) {
            asked.add(id + " v" + version);
            ConstraintSet set = new ConstraintSet("MBB", "2025-26", List.of(new RuleDefinition("double-booking", "games-per-day",
                    Severity.HARD, 1, JSON.createObjectNode().put("max", version))));
            return JSON.createObjectNode().set("document", new ConstraintSetDocument().write(set));
        }
    };
    private Instant now = Instant.parse("2026-01-01T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ConstraintSets sets = new ConstraintSets(api, new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)),
            Duration.ofSeconds(30), clock);

    @Test
    void withoutAVersionTheActiveSetDecidesWhatADoubleBookingIs() {
        assertThat(ConflictDetector.under(sets.of(SEASON, MBB, null)).detect(TWO_ON_A_DAY)).isEmpty();
        assertThat(asked).containsExactly("mbb-set v2");
    }

    @Test
    void theVersionTheScheduleWasMadeUnderWinsOverTheActiveOne() {
        assertThat(ConflictDetector.under(sets.of(SEASON, MBB, 1)).detect(TWO_ON_A_DAY)).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo("team-double-booked"));
        assertThat(asked).containsExactly("mbb-set v1");
    }

    @Test
    void theActiveSetIsKeptUntilConstraintsChangedDropsIt() {
        sets.of(SEASON, MBB, null);
        activeVersion = 1;
        assertThat(ConflictDetector.under(sets.of(SEASON, MBB, null)).detect(TWO_ON_A_DAY)).isEmpty();
        assertThat(asked).containsExactly("mbb-set v2");

        sets.forget("2025-26", "MBB");
        assertThat(ConflictDetector.under(sets.of(SEASON, MBB, null)).detect(TWO_ON_A_DAY)).hasSize(1);
        assertThat(asked).containsExactly("mbb-set v2", "mbb-set v1");
    }

    @Test
    void aKeptActiveSetIsAskedForAgainOnceItIsThirtySecondsOld() {
        sets.of(SEASON, MBB, null);
        activeVersion = 1;
        now = now.plusSeconds(29);
        sets.of(SEASON, MBB, null);
        assertThat(asked).containsExactly("mbb-set v2");
        now = now.plusSeconds(1);
        sets.of(SEASON, MBB, null);
        assertThat(asked).containsExactly("mbb-set v2", "mbb-set v1");
    }

    @Test
    void theActiveSetsHardViolationsAreEvaluatedHereUnderItsRules() {
        HardViolations violations = new HardViolations(sets);
        assertThat(violations.of(SEASON, MBB, TWO_ON_A_DAY).violations()).extracting(v -> v.rule()).doesNotContain("double-booking");
        activeVersion = 1;
        sets.forget("2025-26", "MBB");
        assertThat(violations.of(SEASON, MBB, TWO_ON_A_DAY).violations()).extracting(v -> v.rule()).containsExactly("double-booking");
    }

    @Test
    void withoutAConstraintsServiceTheDefaultsApply() {
        assertThat(new ConstraintSets(null, null).of(SEASON, MBB, null).rules()).extracting(RuleDefinition::id)
                .contains("double-booking");
        assertThat(ConflictDetector.under(new ConstraintSets(null, null).of(SEASON, MBB, null)).detect(TWO_ON_A_DAY)).hasSize(1);
    }
}
