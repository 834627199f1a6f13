package org.flextime.scheduler.seasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.PreconditionFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The season tables on H2 (PostgreSQL mode) and on a real PostgreSQL: first-start import and racing edits. */
class SeasonsDatabaseTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final JsonMapper json = JsonMapper.builder().build();

    private static Seasons seasons(DataSource ds, JsonMapper json) {
        return new Seasons(new JdbcTemplate(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)), json);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theBundledImportRunsOnceHoweverManyReplicasStart(String database) throws Exception {
        DataSource ds = TestDatabases.migratedPool(database, "scheduler");
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            var starts = Stream.generate(() -> replicas.submit(() -> {
                go.await();
                seasons(ds, json).importBundled();
                return null;
            })).limit(3).toList();
            go.countDown();
            for (Future<?> f : starts) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        seasons(ds, json).importBundled();
        assertThat(seasons(ds, json).versions("2025-26")).extracting(SeasonVersion::version).containsExactly(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void ofTwoEditsOfTheSameVersionTheSecondIsRefusedWithTheCurrentEtag(String database) {
        DataSource ds = TestDatabases.migratedSchema(database, "scheduler");
        Seasons seasons = seasons(ds, json);
        seasons.importBundled();
        SeasonVersion first = seasons.edit("2025-26", "\"v1\"", e -> SeasonEdits.removeBlackout(e.document(), 4));

        assertThat(first.version()).isEqualTo(2);
        assertThat(first.season().blackouts()).hasSize(4);
        assertThatThrownBy(() -> seasons.edit("2025-26", "\"v1\"", e -> SeasonEdits.removeBlackout(e.document(), 3)))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentEtag()).isEqualTo("\"v2\""));
        assertThat(seasons.current("2025-26").orElseThrow().season().blackouts()).hasSize(4);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEditOvertakenWhileItWasMadeIsRefusedAndStoresNothing(String database) {
        DataSource ds = TestDatabases.migratedSchema(database, "scheduler");
        Seasons seasons = seasons(ds, json);
        seasons.importBundled();

        // If-Match *: both edits read version 1; the inner one lands first
        assertThatThrownBy(() -> seasons.edit("2025-26", "*", e -> {
            seasons.edit("2025-26", "*", inner -> SeasonEdits.removeBlackout(inner.document(), 4));
            return SeasonEdits.removeBlackout(e.document(), 3);
        })).isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentEtag()).isEqualTo("\"v2\""));
        assertThat(seasons.versions("2025-26")).extracting(SeasonVersion::change)
                .containsExactly("imported from the bundled season 2025-26", "blackout 4 removed");
    }
}
