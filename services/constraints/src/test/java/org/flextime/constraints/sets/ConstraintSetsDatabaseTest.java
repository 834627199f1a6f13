package org.flextime.constraints.sets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The constraint-set migration and lifecycle on H2 (PostgreSQL mode) and on a real PostgreSQL. */
class ConstraintSetsDatabaseTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<EventEnvelope> published = new ArrayList<>();

    private ConstraintSets sets(String database) {
        DataSource ds = TestDatabases.migratedSchema(database, "constraints");
        return new ConstraintSets(new ConstraintSetStore(new JdbcTemplate(ds)), SeasonCatalog.bundled(), published::add,
                new TransactionTemplate(new DataSourceTransactionManager(ds)), json);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void versionsAreNumberedActivatedAndResolved(String database) {
        ConstraintSets sets = sets(database);
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        var mbb = season.sport("MBB").orElseThrow();
        assertThat(sets.resolve(season, mbb, null).version()).isZero();

        ConstraintSetStore.SetRow set = sets.create("2025-26", "mbb", null, null, null);
        assertThat(set.id()).isEqualTo("mbb-2025-26");
        assertThat(set.activeVersion()).isEqualTo(1);
        assertThat(sets.resolve(season, mbb, null).contentHash()).isEqualTo(sets.resolve(season, mbb, 0).contentHash());

        ArrayNode rules = (ArrayNode) sets.document(sets.version(set.id(), 1)).get("rules").deepCopy();
        rules.remove(rules.size() - 1);
        ConstraintSetStore.VersionRow v2 = sets.addVersion(set.id(), rules, "drop the weekend preference");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(sets.resolve(season, mbb, null).version()).isEqualTo(1);
        sets.activate(set.id(), 2);
        ConstraintSets.Resolved active = sets.resolve(season, mbb, null);
        assertThat(active.version()).isEqualTo(2);
        assertThat(active.compiled().rules()).hasSize(rules.size());
        assertThat(sets.diff(set.id(), 1, 2).removed()).extracting(r -> r.id()).containsExactly("home-streak-preferred");
        assertThat(sets.list("2025-26", null)).extracting(ConstraintSetStore.SetRow::id).containsExactly("mbb-2025-26");
        assertThat(published).extracting(EventEnvelope::type).containsExactly("constraints.changed", "constraints.changed");

        ObjectNode bad = json.createObjectNode().put("id", "x").put("kind", "rest-days").put("severity", "HARD");
        bad.putObject("params").put("minDays", -1);
        assertThatThrownBy(() -> sets.addVersion(set.id(), json.createArrayNode().add(bad), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.field()).isEqualTo("$.rules[0].params.minDays");
                });
        assertThat(sets.versions(set.id())).hasSize(2);
    }
}
