package org.flextime.conflicts.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.engine.conflicts.Family;
import org.flextime.engine.conflicts.resolution.ChangedGame;
import org.flextime.engine.conflicts.resolution.Proposal;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Strategies switched off and on in the conflicts schema on PostgreSQL, and a proposal's life in the statistics. */
class StrategyRegistryTest {

    private final ProposalStore store = new ProposalStore(new JdbcTemplate(TestDatabases.migratedSchema("postgresql", "conflicts")),
            JsonMapper.builder().build());
    private final StrategyRegistry registry = new StrategyRegistry(null, store);

    @Test
    void aStrategySwitchedOffIsNotUsedAndAnotherRegistryOnTheSameSchemaAgrees() {
        assertThat(registry.enable("swap-slots", false).enabled()).isFalse();
        assertThat(registry.enabled()).extracting(s -> s.name())
                .containsExactly("move-date", "move-venue", "swap-home-away", "move-and-repair", "resolve-neighbourhood",
                        "shift-time");
        assertThat(new StrategyRegistry(null, store).get("swap-slots").enabled()).isFalse();
        assertThat(registry.enable("swap-slots", true).enabled()).isTrue();
    }

    @Test
    void anUnknownStrategyIsNotFound() {
        assertThatThrownBy(() -> registry.get("postpone")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.enable("postpone", false)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProposalOfferedAcceptedAndAppliedCountsOnceEachAndItsIntroducedConflictsLowerTheRecord() {
        Game before = new Game("g1", LocalDate.parse("2026-01-04"), "KU", "BYU", "Allen Fieldhouse");
        Game after = new Game("g1", LocalDate.parse("2026-01-05"), "KU", "BYU", "Allen Fieldhouse");
        Proposal p = new Proposal("move-date", "move g1", List.of(new ChangedGame(before, after)), 0, -8, -7);
        store.offer("p1", "c1", "s1", 2, Family.CALENDAR, p, Instant.now());
        store.offer("p1", "c1", "s1", 2, Family.CALENDAR, p, Instant.now());
        assertThat(store.accept("p1", 3)).isTrue();
        assertThat(store.accept("p1", 3)).as("accepted once").isFalse();
        assertThat(store.madeVersion("s1", 3)).hasValueSatisfying(a -> assertThat(a.strategy()).isEqualTo("move-date"));
        store.applied("p1", 3);
        assertThat(store.effectiveness().of("move-date", Family.CALENDAR)).isEqualTo(0.5);
        store.introduced("p1", 2);
        assertThat(store.stats()).singleElement().satisfies(r -> {
            assertThat(r.offered()).isEqualTo(1);
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.applied()).isEqualTo(1);
            assertThat(r.introduced()).isEqualTo(2);
        });
        assertThat(store.effectiveness().of("move-date", Family.CALENDAR)).isZero();
        assertThat(store.find("p1").orElseThrow().changes()).containsExactly(new ChangedGame(before, after));
    }
}
