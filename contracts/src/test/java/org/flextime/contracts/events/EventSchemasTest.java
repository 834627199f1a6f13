package org.flextime.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flextime.contracts.events.Payloads.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final EventSchemas schemas = new EventSchemas(json);

    static final GameData GAME = new GameData("g001", LocalDate.of(2026, 1, 3), "KU", "BYU", "Allen Fieldhouse");
    /** The members of a season document the command's schema asks for (its content is the season schema's concern). */
    static final JsonNode SEASON = JsonMapper.builder().build().readTree(
            "{\"season\":\"2025-26\",\"conference\":\"Big 12\",\"schools\":[],\"sports\":[]}");

    /** One realistic payload per catalog entry, built from the record the catalog names. */
    static List<Object> samples() {
        return List.of(
                new ScheduleRequested("s1", "j1", "sch1", "MBB", "2025-26", Map.of("seed", 7)),
                new DraftCreated("s1", "sch1", "MBB", "2025-26", 160),
                new DraftDeleted("s1", "sch1", "validateConstraints failed"),
                new ScheduleProgress("s1", "j1", "sch1", 1500, 0, 1234),
                new ScheduleWork("s1", "sch1", "MBB", "2025-26", List.of(GAME), 3, SEASON, null),
                new ScheduleValidated("s1", "sch1", 1, 0, List.of(new ViolationData("byu-no-sunday", "HARD", 1,
                        "BYU plays on Sunday", List.of("g001"), List.of("BYU")))),
                new ClearStep("s1", "sch1", "compensation"),
                new ConflictsDetected("s1", "sch1", 1, List.of(new ConflictData("team-double-booked", "KU",
                        LocalDate.of(2026, 1, 3), List.of("g001", "g002"), "KU plays twice", "move g002"))),
                new TravelOptimized("s1", "sch1", 12345.6, Map.of("KU", 800.5), 250000.0, Map.of("KU", 16000.0), 11900.0, 12600.2,
                        262000.0, 12000.0, List.of(new GameData("g001", LocalDate.of(2026, 1, 4), "BYU", "KU", "Marriott Center", "19:00"))),
                new PredictQuality("s1", "sch1", 160, 0, 0, 0, 90000.0, 0.0, 88000.0),
                new QualityPredicted("s1", "sch1", 87.5, Map.of("travel", 20.0)),
                new StepFailed("s1", "sch1", "optimizeTravel", "boom"),
                new ScheduleFinalized("s1", "sch1", "MBB", "2025-26", 160, 0, 0, 90000.0, 87.5),
                new CreationFailed("s1", "sch1", "optimizeTravel", "boom"),
                new ConstraintsChanged("mbb-2025-26", "MBB", "2025-26", 2, 1,
                        "5f2b4a8c0e6d1a3b7c9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e"),
                new ScheduleChanged("sch1", "MBB", "2025-26", 2, 1, "anonymous", "TV moved the game", List.of("g001"),
                        List.of(), List.of(new GameData("g001", LocalDate.of(2026, 1, 3), "KU", "BYU", "Allen Fieldhouse", "13:00"))),
                new ConflictDetected("sch1", "MBB", "2025-26", 2, 1, List.of(new ConflictItem("c1", "calendar-blackout", "calendar",
                        "critical", "BYU", LocalDate.of(2026, 1, 4), List.of("g001"), List.of("BYU", "KU", "Allen Fieldhouse"),
                        "BYU may not compete on Sunday 2026-01-04", "blackout: no competition on Sundays"))),
                new ConflictResolved("sch1", 3, List.of("c1"), "edit", "anonymous"),
                new ResolutionProposed("sch1", "c1", 2, List.of(new ProposalItem("p1", 1, "move-date",
                        "move g001 BYU at KU from Sunday 2026-01-04 to Monday 2026-01-05", List.of("g001"))),
                        List.of("slow-plugin: no answer within 2000 ms")));
    }

    static List<EventTypes.Entry> catalog() {
        return EventTypes.CATALOG;
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyTypeHasASchemaWhosePropertiesAreItsRecordsComponents(EventTypes.Entry entry) {
        JsonNode schema = json.readTree(EventSchemas.class.getResourceAsStream(EventTypes.schemaResource(entry.type())));
        Set<String> schemaProperties = new TreeSet<>(((ObjectNode) schema.get("properties")).propertyNames());
        Set<String> recordComponents = Arrays.stream(entry.payload().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(schemaProperties).as(entry.type()).isEqualTo(recordComponents);
    }

    @Test
    void everySamplePayloadConformsToTheSchemaOfEveryTypeThatCarriesIt() {
        int checked = 0;
        for (EventTypes.Entry entry : EventTypes.CATALOG) {
            Object sample = samples().stream().filter(s -> s.getClass() == entry.payload()).findFirst().orElseThrow(
                    () -> new AssertionError("no sample for " + entry.payload()));
            EventEnvelope event = EventEnvelope.first("/flextime/test", entry.type(), "sch1", json.valueToTree(sample), "c1");
            assertThat(schemas.problems(event)).as(entry.type()).isEmpty();
            checked++;
        }
        assertThat(checked).isEqualTo(EventTypes.CATALOG.size());
    }

    @Test
    void aMissingRequiredFieldIsRejectedByName() {
        ObjectNode data = json.valueToTree(new DraftCreated("s1", "sch1", "MBB", "2025-26", 160));
        data.remove("scheduleId");
        EventEnvelope event = EventEnvelope.first("/flextime/test", EventTypes.SCHEDULE_DRAFT_CREATED, "sch1", data, "c1");
        assertThat(schemas.problems(event)).singleElement().asString().contains("scheduleId");
        assertThatThrownBy(() -> schemas.check(event)).hasMessageContaining("breaks its schema");
    }

    @Test
    void aTravelResultFromASenderThatOnlyMeasuresStillConforms() {
        EventEnvelope measured = EventEnvelope.first("/flextime/test", EventTypes.TRAVEL_OPTIMIZED, "sch1", json.valueToTree(
                new TravelOptimized("s1", "sch1", 12345.6, Map.of("KU", 800.5), 250000.0, Map.of("KU", 16000.0), 11900.0)), "c1");
        assertThat(schemas.problems(measured)).isEmpty();
    }

    @Test
    void aTravelResultThatCostsMoreThanItsDraftIsRejected() {
        ObjectNode data = json.valueToTree(new TravelOptimized("s1", "sch1", 12345.6, Map.of("KU", 800.5), 250000.0,
                Map.of("KU", 16000.0), 11900.0, 12000.0, 240000.0, -10000.0, List.of()));
        assertThat(schemas.problems(EventEnvelope.first("/t", EventTypes.TRAVEL_OPTIMIZED, "sch1", data, "c")))
                .singleElement().asString().contains("saving");
    }

    @Test
    void aWrongTypeAndAnUnknownEventTypeAreRejected() {
        ObjectNode data = json.valueToTree(new DraftCreated("s1", "sch1", "MBB", "2025-26", 160));
        data.put("games", "many");
        assertThat(schemas.problems(EventEnvelope.first("/t", EventTypes.SCHEDULE_DRAFT_CREATED, "x", data, "c")))
                .singleElement().asString().contains("games");
        assertThat(schemas.problems(EventEnvelope.first("/t", "schedule.exploded", "x", data, "c")))
                .containsExactly("type 'schedule.exploded' is not in the event catalog");
    }

    @Test
    void theEnvelopeIsAValidCloudEventWithItsExtensions() {
        EventEnvelope first = EventEnvelope.first("/flextime/scheduler", EventTypes.SCHEDULE_DRAFT_CREATED, "sch1",
                json.valueToTree(new DraftCreated("s1", "sch1", "MBB", "2025-26", 160)), "corr-1")
                .withTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        EventEnvelope next = first.next("/flextime/constraints", EventTypes.SCHEDULE_VALIDATED, "sch1",
                json.valueToTree(new ScheduleValidated("s1", "sch1", 0, 0, List.of())));
        assertThat(schemas.problems(next)).isEmpty();
        assertThat(next.correlationid()).isEqualTo("corr-1");
        assertThat(next.causationid()).isEqualTo(first.id());
        assertThat(next.traceparent()).isEqualTo(first.traceparent());
        JsonNode tree = json.valueToTree(next);
        assertThat(tree.get("specversion").asString()).isEqualTo("1.0");
        assertThat(tree.get("time").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(schemas.problems(next.withTraceparent("not-a-trace"))).singleElement().asString().contains("traceparent");
    }
}
