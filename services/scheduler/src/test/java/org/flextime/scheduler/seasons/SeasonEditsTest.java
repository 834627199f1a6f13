package org.flextime.scheduler.seasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Each season edit on a tiny document, and the stored document left as it was. */
class SeasonEditsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode tiny() {
        return (ObjectNode) json.readTree("""
                {"season":"s1","conference":"C",
                 "schools":[{"code":"AA","name":"A"},{"code":"BB","name":"B"},{"code":"CC","name":"C"}],
                 "sports":[{"code":"FB","participants":["AA","BB","CC"],"protectedRivalries":[["AA","BB"],["BB","CC"]],
                            "window":{"from":"2025-09-06","to":"2025-11-29","playDays":["SAT"],"bbPlayDays":["FRI"]},
                            "championship":{"date":"2025-12-06"}}],
                 "travelPartners":[["AA","BB"]],
                 "blackouts":[{"teams":["BB"],"date":"2025-10-04"},{"teams":["AA","BB"],"from":"2025-11-01","to":"2025-11-02"},
                              {"teams":"all","date":"2025-11-27"},{"teams":["BB"],"rule":"no Sundays"}]}""");
    }

    @Test
    void removingASchoolRemovesItFromEveryListAndDropsWhatOnlyItHeld() {
        ObjectNode before = tiny();
        SeasonEdits.Edit edit = SeasonEdits.removeSchool(before, "BB");

        assertThat(edit.document().toString()).isEqualTo(json.readTree("""
                {"season":"s1","conference":"C",
                 "schools":[{"code":"AA","name":"A"},{"code":"CC","name":"C"}],
                 "sports":[{"code":"FB","participants":["AA","CC"],"protectedRivalries":[],
                            "window":{"from":"2025-09-06","to":"2025-11-29","playDays":["SAT"]},
                            "championship":{"date":"2025-12-06"}}],
                 "travelPartners":[],
                 "blackouts":[{"teams":["AA"],"from":"2025-11-01","to":"2025-11-02"},{"teams":"all","date":"2025-11-27"}]}""")
                .toString());
        assertThat(edit.change()).isEqualTo("school BB removed");
        assertThat(before).isEqualTo(tiny());
    }

    @Test
    void aCopyMovesEveryDateAndRenamesTheSeason() {
        SeasonEdits.Edit edit = SeasonEdits.copy(tiny(), "s2", 364);

        assertThat(edit.document().get("season").asString()).isEqualTo("s2");
        assertThat(edit.document().at("/sports/0/window/from").asString()).isEqualTo("2026-09-05");
        assertThat(edit.document().at("/sports/0/window/to").asString()).isEqualTo("2026-11-28");
        assertThat(edit.document().at("/sports/0/championship/date").asString()).isEqualTo("2026-12-05");
        assertThat(edit.document().at("/blackouts/0/date").asString()).isEqualTo("2026-10-03");
        assertThat(edit.document().at("/blackouts/1/to").asString()).isEqualTo("2026-11-01");
        assertThat(edit.change()).isEqualTo("copied from s1, dates shifted 364 days");
    }

    @Test
    void aCopyOfABadDateNamesItsPath() {
        ObjectNode doc = tiny();
        ((ObjectNode) doc.at("/blackouts/2")).put("date", "Thanksgiving");

        assertThatThrownBy(() -> SeasonEdits.copy(doc, "s2", 7)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("blackouts[2].date"));
    }

    @Test
    void aPatchMergesAndNullRemoves() {
        SeasonEdits.Edit edit = SeasonEdits.patchSport(tiny(), "FB",
                json.readTree("{\"window\":{\"to\":\"2025-12-06\",\"bbPlayDays\":null},\"championship\":null}"));

        assertThat(edit.document().at("/sports/0/window").toString())
                .isEqualTo("{\"from\":\"2025-09-06\",\"to\":\"2025-12-06\",\"playDays\":[\"SAT\"]}");
        assertThat(edit.document().at("/sports/0").has("championship")).isFalse();
        assertThat(edit.change()).isEqualTo("sport FB edited: window, championship");
    }

    @Test
    void schoolsFromASheetAreAddedOrMergedByCode() {
        SeasonEdits.Edit edit = SeasonEdits.upsertSchools(tiny(), Map.of(
                "BB", (ObjectNode) json.readTree("{\"code\":\"BB\",\"city\":\"Bville\"}"),
                "DD", (ObjectNode) json.readTree("{\"code\":\"DD\",\"name\":\"D\"}")), "schools.csv");

        assertThat(edit.document().get("schools").toString()).isEqualTo(
                "[{\"code\":\"AA\",\"name\":\"A\"},{\"code\":\"BB\",\"name\":\"B\",\"city\":\"Bville\"},{\"code\":\"CC\",\"name\":\"C\"},"
                        + "{\"code\":\"DD\",\"name\":\"D\"}]");
    }

    @Test
    void anUnknownSchoolOrBlackoutIsNotFoundAndANewSchoolWithATakenCodeIsAConflict() {
        assertThatThrownBy(() -> SeasonEdits.patchSchool(tiny(), "ZZ", json.readTree("{}"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SeasonEdits.removeBlackout(tiny(), 4)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SeasonEdits.addSchool(tiny(), json.readTree("{\"code\":\"AA\"}")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.status()).isEqualTo(409));
    }
}
