package org.flextime.constraints.robinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flextime.domain.testing.ReferenceData;
import org.flextime.engine.cli.ValidateCommand;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.contracts.events.EventEnvelope;
import org.flextime.domain.SeasonCatalog;
import org.flextime.platform.testing.TestDatabases;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.rules.robinx.RobinxFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * RobinX import, export and solution scoring on H2 (PostgreSQL mode) and on a real PostgreSQL: every shipped
 * ITC2021 and TTP instance imports, exports to XML that imports to the same constraints, and scores its shipped
 * solution exactly as {@code flextime validate} does; bad XML stores nothing.
 */
class RobinxInstancesDatabaseTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<EventEnvelope> published = new ArrayList<>();
    private ConstraintSets sets;
    private JdbcTemplate jdbc;

    private RobinxInstances instances(String database) {
        DataSource ds = TestDatabases.migratedSchema(database, "constraints");
        jdbc = new JdbcTemplate(ds);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RobinxStore store = new RobinxStore(jdbc);
        sets = new ConstraintSets(new ConstraintSetStore(jdbc), SeasonCatalog.bundled(), id -> RobinxInstances.season(store, json, id),
                published::add, tx, json);
        return new RobinxInstances(store, sets, tx, json);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyShippedInstanceRoundTripsAndScoresItsSolutionLikeTheCli(String database) throws Exception {
        RobinxInstances instances = instances(database);
        List<Path> files = new ArrayList<>(xml("itc2021/instances"));
        files.addAll(xml("ttp/instances"));
        assertThat(files).hasSize(22);
        if (database.equals("postgresql")) {
            // the store is the same on both; the mapping is checked on every instance on H2, the database on a few
            files.removeIf(f -> !List.of("ITC2021_Test1.xml", "ITC2021_Test4.xml", "NL4.xml", "CIRC6.xml").contains(f.getFileName().toString()));
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".xml", "");
            RobinxInstances.Imported imported = instances.importXml(Files.readAllBytes(file), name);
            String id = "robinx:" + name;
            assertThat(imported.created()).isTrue();
            assertThat(imported.set().id()).isEqualTo(id);
            assertThat(imported.set().activeVersion()).isEqualTo(1);

            // export, import the export under another name: the same rules (ids, severities, weights, params)
            String exported = instances.exportXml(id, null);
            instances.importXml(exported.getBytes(StandardCharsets.UTF_8), name + "-again");
            assertThat(sets.document(sets.version(id + "-again", 1)).get("rules"))
                    .as("rules of %s after a round trip", name).isEqualTo(sets.document(sets.version(id, 1)).get("rules"));

            Path solutionFile = file.getParent().resolveSibling("solutions").resolve(name + ".solution.xml");
            RobinxInstances.Scored scored = instances.addSolution(id, Files.readAllBytes(solutionFile));
            assertThat("infeasibility=" + scored.infeasibility() + " objective=" + scored.objective())
                    .as("%s scored by the service and by flextime validate", name).isEqualTo(cli(file, solutionFile));
            assertThat(scored.claimed()).as("%s: its recorded ObjectiveValue", name)
                    .isEqualTo(new org.flextime.rules.robinx.ObjectiveValue(scored.infeasibility(), scored.objective()));
            assertThat(instances.solutionXml(id, scored.id()))
                    .contains("<ObjectiveValue infeasibility=\"" + scored.infeasibility() + "\" objective=\"" + scored.objective() + "\"/>");
        }
        assertThat(sets.list(null, "robinx")).hasSize(2 * files.size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badXmlAndReImportsStoreNothingOrANewVersion(String database) throws Exception {
        RobinxInstances instances = instances(database);
        byte[] test1 = Files.readAllBytes(data("itc2021/instances/ITC2021_Test1.xml"));
        instances.importXml(test1, "T1");

        // malformed: line and element, nothing stored
        String broken = new String(test1, StandardCharsets.UTF_8).replaceFirst("<CA1 max=\"1\"", "<CA1 max=\"x\"");
        assertThatThrownBy(() -> instances.importXml(broken.getBytes(StandardCharsets.UTF_8), "T1-broken"))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> {
                    assertThat(e.element()).isEqualTo("CA1");
                    assertThat(e.line()).isPositive();
                });
        String unclosed = new String(test1, StandardCharsets.UTF_8).replaceFirst("</Teams>", "");
        assertThatThrownBy(() -> instances.importXml(unclosed.getBytes(StandardCharsets.UTF_8), "T1-unclosed"))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> assertThat(e.getMessage()).contains("malformed XML"));
        assertThat(instances.instances()).extracting(RobinxInstances.Stored::id).containsExactly("robinx:T1");
        assertThat(sets.list(null, null)).extracting(ConstraintSetStore.SetRow::id).containsExactly("robinx:T1");

        // the same file again: nothing new; fewer constraints: a new active version; other teams under the name: 409
        assertThat(instances.importXml(test1, "T1").created()).isFalse();
        String fewer = new String(test1, StandardCharsets.UTF_8).replaceFirst("<CA1 [^>]*/>", "");
        RobinxInstances.Imported v2 = instances.importXml(fewer.getBytes(StandardCharsets.UTF_8), "T1");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(sets.set("robinx:T1").activeVersion()).isEqualTo(2);
        assertThat(sets.diff("robinx:T1", 1, 2).removed()).hasSize(1);
        byte[] test2 = Files.readAllBytes(data("itc2021/instances/ITC2021_Test2.xml"));
        assertThatThrownBy(() -> instances.importXml(test2, "T1"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(sets.versions("robinx:T1")).hasSize(2);

        // a solution naming a team the instance lacks: line and element, nothing stored
        String solution = Files.readString(data("itc2021/solutions/ITC2021_Test1.solution.xml"))
                .replaceFirst("home=\"\\d+\"", "home=\"99\"");
        assertThatThrownBy(() -> instances.addSolution("robinx:T1", solution.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> assertThat(e.element()).isEqualTo("ScheduledMatch"));
        assertThat(instances.solutions("robinx:T1")).isEmpty();
        assertThatThrownBy(() -> instances.instance("robinx:nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> instances.solution("robinx:T1", "nope")).isInstanceOf(NotFoundException.class);
    }

    private static String cli(Path instance, Path solution) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ValidateCommand().run(List.of(instance.toString(), solution.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static List<Path> xml(String dir) throws IOException {
        try (Stream<Path> list = Files.list(ReferenceData.directory(dir))) {
            return list.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static Path data(String relative) {
        return ReferenceData.file(relative);
    }
}
