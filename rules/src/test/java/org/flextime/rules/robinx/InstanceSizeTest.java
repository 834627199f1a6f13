package org.flextime.rules.robinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flextime.rules.robinx.InstanceReaderTest.stream;

import org.junit.jupiter.api.Test;

/** An uploaded document's length must not decide how much the reader allocates. */
class InstanceSizeTest {

    private final RobinxReader reader = new RobinxReader();

    /** An instance with one element per line, so element k of a list sits on a known line. */
    private static String instance(int teams, int slots, int constraints, String distances) {
        StringBuilder xml = new StringBuilder("<Instance>\n<Data><Distances>\n").append(distances)
                .append("</Distances></Data>\n<Resources>\n<Teams>\n");
        for (int t = 0; t < teams; t++) {
            xml.append("<team id=\"").append(t).append("\" name=\"T").append(t).append("\"/>\n");
        }
        xml.append("</Teams>\n<Slots>\n");
        for (int s = 0; s < slots; s++) {
            xml.append("<slot id=\"").append(s).append("\" name=\"S").append(s).append("\"/>\n");
        }
        xml.append("</Slots>\n</Resources>\n<Constraints>\n<CapacityConstraints>\n");
        for (int c = 0; c < constraints; c++) {
            xml.append("<CA1 max=\"1\" mode=\"H\" slots=\"0\" teams=\"0\" type=\"SOFT\" penalty=\"1\"/>\n");
        }
        return xml.append("</CapacityConstraints>\n</Constraints>\n</Instance>\n").toString();
    }

    @Test
    void moreThanTwoHundredTeamsAreRejectedAtTheFirstTeamBeyondTheCap() {
        // lines 1-5 open the document, so team k is on line 6 + k
        String xml = instance(30_000, 2, 0, "");

        assertThatThrownBy(() -> reader.readInstance(stream(xml), "huge.xml"))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> {
                    assertThat(e.element()).isEqualTo("team");
                    assertThat(e.line()).isEqualTo(6 + 200);
                    assertThat(e.getMessage())
                            .isEqualTo("huge.xml line 206: <team> 30000 teams; an instance may have at most 200");
                });
    }

    @Test
    void twoHundredTeamsAreAccepted() throws Exception {
        assertThat(reader.readInstance(stream(instance(200, 2, 0, "")), "big.xml").teamCount()).isEqualTo(200);
    }

    @Test
    void moreThanAThousandSlotsAreRejected() {
        // the teams take lines 6-7, "</Teams>" and "<Slots>" lines 8-9, so slot k is on line 10 + k
        String xml = instance(2, 1_001, 0, "");

        assertThatThrownBy(() -> reader.readInstance(stream(xml), "long.xml"))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> {
                    assertThat(e.element()).isEqualTo("slot");
                    assertThat(e.line()).isEqualTo(10 + 1_000);
                    assertThat(e.getMessage()).endsWith("<slot> 1001 slots; an instance may have at most 1000");
                });
    }

    @Test
    void moreThanTwentyThousandConstraintsAreRejected() {
        String xml = instance(2, 2, 20_001, "");

        assertThatThrownBy(() -> reader.readInstance(stream(xml), "many.xml"))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> {
                    assertThat(e.element()).isEqualTo("CA1");
                    assertThat(e.getMessage()).endsWith("<CA1> more than 20000 constraints; an instance may "
                            + "have at most 20000");
                });
        assertThat(InstanceParser.MAX_CONSTRAINTS).isEqualTo(20_000);
    }

    @Test
    void onlyTheGivenDistancesAreStored() throws Exception {
        String distances = "<distance dist=\"7\" team1=\"0\" team2=\"199\"/>\n<distance dist=\"0\" team1=\"3\" team2=\"3\"/>\n";

        DistanceMatrix matrix = reader.readInstance(stream(instance(200, 2, 0, distances)), "sparse.xml").distances();

        assertThat(matrix.size()).isEqualTo(200);
        assertThat(matrix.distance(0, 199)).isEqualTo(7);
        assertThat(matrix.contains(0, 199)).isTrue();
        assertThat(matrix.contains(3, 3)).isTrue();
        assertThat(matrix.contains(199, 0)).isFalse();
        assertThat(matrix.distance(199, 0)).isZero();
        StringBuilder pairs = new StringBuilder();
        matrix.forEachPair((from, to, d) -> pairs.append(from).append('>').append(to).append('=').append(d).append(' '));
        assertThat(pairs).hasToString("0>199=7 3>3=0 ");
    }

    @Test
    void aSparseMatrixIsWrittenBackWithOnlyItsPairs() throws Exception {
        String distances = "<distance dist=\"7\" team1=\"1\" team2=\"0\"/>\n";
        Instance original = reader.readInstance(stream(instance(2, 2, 0, distances)), "sparse.xml");

        String written = new RobinxWriter().toXml(original);

        assertThat(written).containsOnlyOnce("<distance ").contains("<distance dist=\"7\" team1=\"1\" team2=\"0\"/>");
        assertThat(reader.readInstance(stream(written), "again.xml").distances()).isEqualTo(original.distances());
    }
}
