package org.flextime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.platform.launch.ServiceDefinition;
import org.flextime.platform.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every service's migrations run unchanged on a real PostgreSQL and on H2 in PostgreSQL mode. */
class MigrationsTest {

    static Stream<Arguments> servicesOnEachDatabase() {
        return EmbeddedTopology.SERVICES.stream().filter(s -> s.schema() != null)
                .flatMap(s -> Stream.of(Arguments.of(s.name(), "postgresql"), Arguments.of(s.name(), "h2")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("servicesOnEachDatabase")
    void migrationsApplyFromScratchAndAreIdempotent(String name, String database) {
        ServiceDefinition service = EmbeddedTopology.SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        String base = database.equals("h2") ? TestDatabases.freshH2() : TestDatabases.postgresUrl();
        String schema = TestDatabases.uniqueSchema("mig_" + service.schema());
        DataSource ds = TestDatabases.dataSource(base, schema);
        // the identity service publishes no events, so it has no messaging tables
        boolean messaging = !service.schema().equals("identity");
        String[] locations = messaging ? new String[] {"classpath:db/platform", "classpath:db/" + service.schema()}
                : new String[] {"classpath:db/" + service.schema()};
        Flyway flyway = Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema).locations(locations).load();
        MigrateResult first = flyway.migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(messaging ? 2 : 1);
        assertThat(flyway.migrate().migrationsExecuted).as("a second run changes nothing").isZero();

        JdbcTemplate jdbc = new JdbcTemplate(ds);
        List<String> tables = jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = ?",
                String.class, schema.toLowerCase());
        if (messaging) {
            assertThat(tables).contains("outbox", "processed_event", "delivery_attempt", "dead_letter");
        }
        assertThat(tables).containsAll(switch (service.schema()) {
            case "identity" -> List.of("users", "signing_keys", "oauth2_registered_client");
            case "scheduler" -> List.of("job", "schedule", "game", "saga", "saga_step", "idempotent_request", "season", "season_version");
            case "constraints" -> List.of("step_result", "idempotent_request");
            case "conflicts", "travel", "intelligence" -> List.of("step_result");
            case "state" -> List.of("event", "event_stream");
            default -> throw new AssertionError("unexpected schema " + service.schema());
        });
    }
}
