package org.flextime.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topology's database settings: a PostgreSQL password is never guessed. */
class TopologySettingsTest {

    private static final String PG = "jdbc:postgresql://db:5432/flextime";

    @Test
    void aPostgresqlDatabaseWithoutAPasswordIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> TopologySettings.from(Map.of("FLEXTIME_DB_URL", PG)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FLEXTIME_DB_PASSWORD is not set: the database at " + PG + " needs its password");
        assertThatThrownBy(() -> TopologySettings.from(Map.of("FLEXTIME_DB_URL", PG, "FLEXTIME_DB_PASSWORD", "")))
                .hasMessageStartingWith("FLEXTIME_DB_PASSWORD is not set");
    }

    @Test
    void aPostgresqlDatabaseTakesTheGivenUserAndPassword() {
        TopologySettings settings = TopologySettings.from(Map.of("FLEXTIME_DB_URL", PG, "FLEXTIME_DB_USER", "ops",
                "FLEXTIME_DB_PASSWORD", "s3cret", "FLEXTIME_PORT", "9000"));
        assertThat(settings).isEqualTo(new TopologySettings(PG, "ops", "s3cret", 9000));
    }

    @Test
    void theEmbeddedH2FileNeedsNoPassword() {
        TopologySettings settings = TopologySettings.from(Map.of("FLEXTIME_DATA_DIR", "/tmp/ft"));
        assertThat(settings).isEqualTo(new TopologySettings("jdbc:h2:file:/tmp/ft/flextime", "sa", "", 8080));
    }
}
