package org.flextime.conflicts.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flextime.contracts.api.ConflictStats;
import org.flextime.contracts.api.ConflictView;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.contracts.events.EventTypes;
import org.flextime.domain.Game;
import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.Backoff;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Detection across versions on the conflicts schema in PostgreSQL: a conflict a new version brings is stored and
 * announced, one it keeps keeps its id, one it no longer has is resolved by it, and an old or repeated version is skipped.
 */
class DetectionTest {

    private static final SeasonCatalog SEASONS = SeasonCatalog.bundled();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ConflictStore store = new ConflictStore(new JdbcTemplate(TestDatabases.migratedSchema("postgresql", "conflicts")), json);
    private final EventSchemas schemas = new EventSchemas(json);
    private final List<EventEnvelope> published = new ArrayList<>();
    private final Detection detection = new Detection(store, SEASONS, HardViolations.local(), AppliedProposals.NONE, e -> {
        schemas.check(e);
        published.add(e);
    }, json);
    private final EventEnvelope cause = EventEnvelope.first("/test", EventTypes.SCHEDULE_CHANGED, "s1", json.createObjectNode(), "c1");

    private static Game game(String id, String date, String home, String away, String venue) {
        return new Game(id, LocalDate.parse(date), home, away, venue);
    }

    private static final Game G1 = game("g1", "2026-01-03", "KU", "BYU", "Allen Fieldhouse");
    private static final Game G2 = game("g2", "2026-01-07", "KSU", "TCU", "Bramlage Coliseum");
    private static final Game G1_SUNDAY = game("g1", "2026-01-04", "KU", "BYU", "Allen Fieldhouse");

    private List<ConflictView> blackouts(String state) {
        return store.list("s1", "critical", state).stream().filter(c -> c.kind().equals("calendar-blackout")).toList();
    }

    @Test
    void aConflictIsDetectedInTheVersionThatBringsItAndResolvedByTheOneThatRemovesIt() {
        detection.detect("s1", "MBB", "2025-26", 1, List.of(G1, G2), "scheduler", cause, false);
        assertThat(blackouts("open")).isEmpty();
        assertThat(published).isEmpty();

        Detection.Outcome moved = detection.detect("s1", "MBB", "2025-26", 2, List.of(G1_SUNDAY, G2), "ops", cause, true);
        List<ConflictView> open = blackouts("open");
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.detectedVersion()).isEqualTo(2);
            assertThat(c.gameIds()).containsExactly("g1");
            assertThat(c.explanation()).isEqualTo("BYU may not compete on Sunday 2026-01-04 (no competition on Sundays, in every sport),"
                    + " but plays g1 BYU at KU");
        });
        assertThat(moved.detected()).contains(open.get(0).id());
        // (the 2-game schedule breaks season-long rules too: what the blackout now explains leaves the rules family)
        assertThat(published.get(0).type()).isEqualTo(EventTypes.CONFLICT_DETECTED);
        int announced = published.size();

        // a version that keeps the conflict keeps its id; the same version again changes nothing
        detection.detect("s1", "MBB", "2025-26", 3, List.of(G1_SUNDAY, G2), "ops", cause, true);
        detection.detect("s1", "MBB", "2025-26", 3, List.of(G1, G2), "ops", cause, true);
        assertThat(blackouts("open")).extracting(ConflictView::id).containsExactly(open.get(0).id());
        assertThat(store.detectedVersion("s1")).contains(3);

        Detection.Outcome back = detection.detect("s1", "MBB", "2025-26", 4, List.of(G1, G2), "ops", cause, true);
        assertThat(back.resolved()).contains(open.get(0).id());
        assertThat(blackouts("resolved")).singleElement().satisfies(c -> {
            assertThat(c.resolvedVersion()).isEqualTo(4);
            assertThat(c.resolvedBy()).isEqualTo("edit by ops in version 4");
        });
        assertThat(published.subList(announced, published.size())).filteredOn(e -> e.type().equals(EventTypes.CONFLICT_RESOLVED))
                .singleElement().satisfies(e -> assertThat(e.data().get("conflictIds").toString()).contains(open.get(0).id()));
    }

    @Test
    void statsCountFoundOpenAndResolvedConflictsPerFamilyAndSeverity() {
        detection.detect("s1", "MBB", "2025-26", 1, List.of(G1, G2), "scheduler", cause, false);
        detection.detect("s1", "MBB", "2025-26", 2, List.of(G1_SUNDAY, G2), "ops", cause, true);
        detection.detect("s1", "MBB", "2025-26", 3, List.of(G1, G2), "ops", cause, true);
        assertThat(store.stats()).filteredOn(r -> r.family().equals("calendar") && r.severity().equals("critical"))
                .singleElement().isEqualTo(new ConflictStats.Row("calendar", "critical", 1, 0, 1, Map.of("edit", 1)));
    }

    @Test
    void whatADoubleBookingIsFollowsTheSportsActiveConstraintSet() {
        // the active MBB set allows two games a day (a doubleheader), so KU playing twice on one day is no conflict
        ConstraintSetsApi twoADay = new ConstraintSetsApi() {
            @Override
            public tools.jackson.databind.JsonNode sets(String season, String sport) {
                tools.jackson.databind.node.ArrayNode out = json.createArrayNode();
                out.addObject().put("id", "mbb-set").put("sport", "MBB").put("activeVersion", 1);
                return out;
            }

            @Override
            public tools.jackson.databind.JsonNode version(String id, int version) {
                ConstraintSet set = new ConstraintSet("MBB", "2025-26", List.of(new RuleDefinition("double-booking", "games-per-day",
                        Severity.HARD, 1, json.createObjectNode().put("max", 2))));
                return json.createObjectNode().set("document", new ConstraintSetDocument().write(set));
            }
        };
        Detection underActiveSet = new Detection(store, SEASONS, new HardViolations(new ConstraintSets(twoADay,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)))), AppliedProposals.NONE, published::add, json);
        List<Game> twoOnADay = List.of(G1, game("g3", "2026-01-03", "KSU", "KU", "Bramlage Coliseum"));
        underActiveSet.detect("d1", "MBB", "2025-26", 1, twoOnADay, "scheduler", cause, false);
        assertThat(store.list("d1", null, "open")).extracting(ConflictView::kind).doesNotContain("team-double-booked");

        detection.detect("d2", "MBB", "2025-26", 1, twoOnADay, "scheduler", cause, false);
        assertThat(store.list("d2", null, "open")).extracting(ConflictView::kind).contains("team-double-booked");
    }

    @Test
    void anotherSportsGamesAtTheVenueAreCheckedAcrossSchedules() {
        detection.detect("w1", "WBB", "2025-26", 1, List.of(game("w7", "2026-01-03", "KU", "TCU", "Allen Fieldhouse")), "scheduler",
                cause, false);
        detection.detect("m1", "MBB", "2025-26", 1, List.of(G1), "scheduler", cause, false);
        assertThat(store.list("m1", "critical", "open")).extracting(ConflictView::kind).containsExactly("venue-shared-booked");
    }
}
