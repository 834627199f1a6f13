package org.flextime.state.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.platform.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The event store keeps versions gap-free per stream, also when appends race. */
class EventStoreTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final ObjectMapper json = JsonMapper.builder().build();

    private record Store(EventStore store, TransactionTemplate tx) {
    }

    private Store store(String database) {
        String base = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.postgresUrl();
        String schema = TestDatabases.uniqueSchema("state");
        DataSource ds = TestDatabases.dataSource(base, schema);
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/state").load().migrate();
        return new Store(new EventStore(new JdbcTemplate(ds), json), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    private EventEnvelope event(String subject, String type) {
        return EventEnvelope.first("/test", type, subject, json.createObjectNode().put("n", 1), "c1");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eachStreamCountsItsOwnVersionsFromOne(String database) {
        Store s = store(database);
        s.tx().executeWithoutResult(t -> {
            assertThat(s.store().append(event("a", "schedule.requested"))).isEqualTo(1);
            assertThat(s.store().append(event("b", "schedule.requested"))).isEqualTo(1);
            assertThat(s.store().append(event("a", "schedule.draft.created"))).isEqualTo(2);
            assertThat(s.store().append(event(null, "schedule.requested"))).isEqualTo(1);
        });
        assertThat(s.store().stream("a")).extracting(e -> e.event().type()).containsExactly("schedule.requested", "schedule.draft.created");
        assertThat(s.store().stream("global")).hasSize(1);
        assertThat(s.store().correlation("c1")).hasSize(4);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void racingAppendsToOneStreamGetDistinctGapFreeVersions(String database) throws Exception {
        Store s = store(database);
        s.tx().executeWithoutResult(t -> s.store().append(event("race", "schedule.requested")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    // A writer that loses a race retries, as the consumer's redelivery would.
                    for (int attempt = 0; ; attempt++) {
                        try {
                            return s.tx().execute(t -> s.store().append(event("race", "schedule.validated")));
                        } catch (DataAccessException e) {
                            if (attempt > 20) {
                                throw e;
                            }
                        }
                    }
                }));
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> f : futures) {
                versions.add(f.get());
            }
            assertThat(versions).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2, 21).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.store().stream("race")).extracting(EventStore.Stored::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 21).boxed().toList());
    }
}
