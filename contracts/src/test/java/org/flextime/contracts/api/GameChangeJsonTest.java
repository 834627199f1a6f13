package org.flextime.contracts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A change's start over JSON: left out keeps it, null clears it, and a change made in Java says which it means. */
class GameChangeJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStartLeftOutIsNullAndAnExplicitNullIsTheEmptyTextThatClears() {
        assertThat(json.readValue("{\"gameId\":\"g1\",\"date\":\"2026-01-05\"}", GameChange.class).start()).isNull();
        assertThat(json.readValue("{\"gameId\":\"g1\",\"start\":null}", GameChange.class).start()).isEmpty();
        assertThat(json.readValue("{\"gameId\":\"g1\",\"start\":\"13:00\"}", GameChange.class).start()).isEqualTo("13:00");
        assertThat(json.readValue("{\"start\":null}", GameEditRequest.class).change("g1").start()).isEmpty();
        assertThat(json.readValue("{\"reason\":\"TV\"}", GameEditRequest.class).change("g1").start()).isNull();
    }

    @Test
    void aChangeThatKeepsTheStartLeavesItOutOfTheJsonItWrites() {
        GameChange keep = new GameChange("g1", LocalDate.of(2026, 1, 5), null, null, null, null, null);
        assertThat(json.writeValueAsString(keep)).doesNotContain("start");
        assertThat(json.readValue(json.writeValueAsString(keep), GameChange.class)).isEqualTo(keep);
        GameChange clear = new GameChange("g1", null, null, null, null, null, null, "");
        assertThat(json.readValue(json.writeValueAsString(clear), GameChange.class).start()).isEmpty();
    }
}
