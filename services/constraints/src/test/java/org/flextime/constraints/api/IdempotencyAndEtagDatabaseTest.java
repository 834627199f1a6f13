package org.flextime.constraints.api;

import org.flextime.platform.web.IdempotentRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.platform.web.PreconditionFailedException;
import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Idempotency keys and the If-Match check of constraint-set edits on H2 (PostgreSQL mode) and on a real PostgreSQL. */
class IdempotencyAndEtagDatabaseTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;

    private void database(String database) {
        DataSource ds = TestDatabases.migratedSchema(database, "constraints");
        jdbc = new JdbcTemplate(ds);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKeyReplaysItsFirstAnswerAndRefusesAnotherRequest(String database) {
        database(database);
        IdempotentRequests posts = new IdempotentRequests(jdbc, tx, json);
        AtomicInteger runs = new AtomicInteger();
        String hash = IdempotentRequests.hash("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> first = posts.run("key-1", "POST /x", hash, () -> {
            // what the action writes commits with the key, or not at all
            jdbc.update("INSERT INTO robinx_instance (id, name, document, content_hash, created_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
                    "robinx:k" + runs.incrementAndGet(), "n", "{}", "h");
            return ResponseEntity.created(URI.create("/x/1")).eTag("\"v1.a1\"").body(java.util.Map.of("id", 1));
        });
        ResponseEntity<String> again = posts.run("key-1", "POST /x", hash, () -> {
            throw new AssertionError("a replay must not run the action");
        });
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody()).isEqualTo("{\"id\":1}");
        assertThat(again.getHeaders().getLocation()).isEqualTo(URI.create("/x/1"));
        assertThat(again.getHeaders().getETag()).isEqualTo("\"v1.a1\"");
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThatThrownBy(() -> posts.run("key-1", "POST /x", "other", () -> ResponseEntity.ok("{}")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.status()).isEqualTo(422));
        // another path is another scope; a failing action stores neither its key nor its writes
        assertThat(posts.run("key-1", "POST /y", "other", () -> ResponseEntity.ok("{}")).getStatusCode().value()).isEqualTo(200);
        assertThatThrownBy(() -> posts.run("key-2", "POST /x", hash, () -> {
            jdbc.update("INSERT INTO robinx_instance (id, name, document, content_hash, created_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
                    "robinx:failed", "n", "{}", "h");
            throw new InvalidFieldException("x", "bad", 422);
        })).isInstanceOf(InvalidFieldException.class);
        assertThat(jdbc.queryForList("SELECT id FROM robinx_instance ORDER BY id", String.class)).containsExactly("robinx:k1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request", Integer.class)).isEqualTo(2);
        assertThat(runs).hasValue(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStaleIfMatchChangesNothing(String database) {
        database(database);
        ConstraintSets sets = new ConstraintSets(new ConstraintSetStore(jdbc), SeasonCatalog.bundled(), e -> { }, tx, json);
        ConstraintSetStore.SetRow set = sets.create("2025-26", "VB", null, null, null);
        String v1 = sets.etag(set.id());
        assertThat(v1).isEqualTo("\"v1.a1\"");
        ArrayNode rules = (ArrayNode) sets.document(sets.version(set.id(), 1)).get("rules");
        sets.addVersion(set.id(), rules, "v2", v1);
        String v2 = sets.etag(set.id());
        assertThat(v2).isEqualTo("\"v2.a1\"");
        assertThatThrownBy(() -> sets.addVersion(set.id(), rules, "stale", v1))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentEtag()).isEqualTo(v2));
        assertThatThrownBy(() -> sets.activate(set.id(), 2, "\"v9.a9\", " + v1)).isInstanceOf(PreconditionFailedException.class);
        assertThat(sets.versions(set.id())).hasSize(2);
        assertThat(sets.set(set.id()).activeVersion()).isEqualTo(1);
        assertThat(sets.activate(set.id(), 2, "\"v9.a9\", " + v2).activeVersion()).isEqualTo(2);
        assertThat(sets.activate(set.id(), 1, "*").activeVersion()).isEqualTo(1);
        assertThat(sets.addVersion(set.id(), rules, "unconditional", null).version()).isEqualTo(3);
    }
}
