package org.flextime.rules.robinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flextime.domain.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class InstanceReaderTest {

    private final RobinxReader reader = new RobinxReader();

    @Test
    void readsTheStructureAndEveryConstraintOfAnItcInstance() throws Exception {
        Instance instance = reader.readInstance(ReferenceData.file("itc2021/instances/ITC2021_Test1.xml"));

        assertThat(instance.name()).isEqualTo("Test Instance 1");
        assertThat(instance.objective()).isEqualTo("SC");
        assertThat(instance.teamCount()).isEqualTo(6);
        assertThat(instance.slotCount()).isEqualTo(10);
        assertThat(instance.roundRobins()).isEqualTo(2);
        assertThat(instance.compact()).isTrue();
        assertThat(instance.gameMode()).isEqualTo(GameMode.PHASED);
        assertThat(instance.distances().isEmpty()).isTrue();
        assertThat(instance.constraintsOf(Ca1.class)).hasSize(27);
        assertThat(instance.constraintsOf(Ca3.class)).hasSize(17);
        assertThat(instance.constraintsOf(Ga1.class)).hasSize(15);
        assertThat(instance.constraintsOf(Br2.class)).hasSize(1);
        assertThat(instance.constraintsOf(Se1.class)).hasSize(1);
        assertThat(instance.constraints()).hasSize(61);

        // <CA1 max="1" min="0" mode="H" penalty="1" slots="9;6;7" teams="0" type="HARD"/>
        assertThat(instance.constraintsOf(Ca1.class).get(0))
                .isEqualTo(new Ca1(List.of(0), List.of(9, 6, 7), 0, 1, HomeAwayMode.H, ConstraintType.HARD, 1, 47));
        Ca3 soft = instance.constraintsOf(Ca3.class).get(1);
        assertThat(soft.intp()).isEqualTo(4);
        assertThat(soft.mode1()).isEqualTo(HomeAwayMode.A);
        assertThat(soft.type()).isEqualTo(ConstraintType.SOFT);
        assertThat(soft.penalty()).isEqualTo(5);
        assertThat(soft.teams1()).containsExactly(2);
        assertThat(soft.teams2()).containsExactly(0, 3, 5, 4, 1);
    }

    @Test
    void readsGa1MeetingsBr1Fa2AndNonPhasedMode() throws Exception {
        Instance test2 = reader.readInstance(ReferenceData.file("itc2021/instances/ITC2021_Test2.xml"));
        Instance test4 = reader.readInstance(ReferenceData.file("itc2021/instances/ITC2021_Test4.xml"));

        assertThat(test2.gameMode()).isEqualTo(GameMode.NON_PHASED);
        assertThat(test2.constraintsOf(Fa2.class)).singleElement().satisfies(fa2 -> {
            assertThat(fa2.intp()).isEqualTo(2);
            assertThat(fa2.penalty()).isEqualTo(10);
            assertThat(fa2.slots()).hasSize(10);
        });
        assertThat(test2.constraintsOf(Br1.class)).allSatisfy(br1 -> {
            assertThat(br1.mode1()).isEqualTo(Comparison.LEQ);
            assertThat(br1.mode2()).isEqualTo(HomeAwayMode.HA);
        });
        assertThat(test4.constraintsOf(Ga1.class)).isNotEmpty()
                .allSatisfy(ga1 -> assertThat(ga1.meetings()).isNotEmpty());
        assertThat(test4.constraintsOf(Ca4.class)).extracting(Ca4::mode2).contains(CountMode.GLOBAL);
    }

    @Test
    void ttpInstanceHasDistancesAndResolvesTeamGroups() throws Exception {
        Instance nl4 = reader.readInstance(ReferenceData.file("ttp/instances/NL4.xml"));

        assertThat(nl4.objective()).isEqualTo("TR");
        assertThat(nl4.minimizesTravel()).isTrue();
        assertThat(nl4.distances().size()).isEqualTo(4);
        assertThat(nl4.distances().distance(0, 1)).isEqualTo(745);
        assertThat(nl4.distances().distance(3, 2)).isEqualTo(380);
        assertThat(nl4.distances().distance(2, 2)).isZero();
        assertThat(nl4.constraintsOf(Ca3.class)).hasSize(2).allSatisfy(ca3 -> {
            assertThat(ca3.intp()).isEqualTo(4);
            assertThat(ca3.max()).isEqualTo(3);
            assertThat(ca3.type()).isEqualTo(ConstraintType.HARD);
            assertThat(ca3.teams1()).containsExactly(0, 1, 2, 3);
            assertThat(ca3.teams2()).containsExactly(0, 1, 2, 3);
        });
        assertThat(nl4.constraintsOf(Se1.class)).singleElement().satisfies(se1 -> {
            assertThat(se1.min()).isEqualTo(1);
            assertThat(se1.teams()).containsExactly(0, 1, 2, 3);
        });
    }

    @Test
    void everyTtpInstanceParsesWithASquareDistanceMatrix() throws Exception {
        for (String name : List.of("NL4", "NL6", "NL8", "NL10", "CIRC4", "CIRC6", "CIRC8", "CIRC10", "CIRC12",
                "CIRC14", "CIRC16", "CIRC18", "CIRC20")) {
            Instance instance = reader.readInstance(ReferenceData.file("ttp/instances/" + name + ".xml"));
            assertThat(instance.distances().size()).as(name).isEqualTo(instance.teamCount());
            assertThat(instance.slotCount()).as(name).isEqualTo(2 * instance.teamCount() - 2);
            assertThat(instance.constraintsOf(Ca3.class)).as(name).hasSize(2);
            assertThat(instance.constraintsOf(Se1.class)).as(name).hasSize(1);
        }
        Instance circ6 = reader.readInstance(ReferenceData.file("ttp/instances/CIRC6.xml"));
        // circular distances: min(|i-j|, n-|i-j|)
        assertThat(circ6.distances().distance(0, 5)).isEqualTo(1);
        assertThat(circ6.distances().distance(1, 4)).isEqualTo(3);
    }

    @Test
    void unknownFamiliesAreKeptAsUnsupported() throws Exception {
        String xml = minimalInstance("<FA1 teams=\"0\" type=\"SOFT\" penalty=\"3\" intp=\"1\"/>");

        Instance instance = reader.readInstance(stream(xml), "extra.xml");

        assertThat(instance.constraints()).singleElement().isInstanceOfSatisfying(UnsupportedConstraint.class, c -> {
            assertThat(c.family()).isEqualTo("FA1");
            assertThat(c.penalty()).isEqualTo(3);
            assertThat(c.attributes()).containsEntry("intp", "1");
        });
    }

    static String minimalInstance(String constraints) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Instance>
                  <MetaData><InstanceName>mini</InstanceName></MetaData>
                  <Structure><Format><numberRoundRobin>2</numberRoundRobin><compactness>C</compactness>
                    <gameMode>P</gameMode></Format></Structure>
                  <Resources>
                    <Teams><team id="0" name="A"/><team id="1" name="B"/></Teams>
                    <Slots><slot id="0" name="S0"/><slot id="1" name="S1"/></Slots>
                  </Resources>
                  <Constraints>
                    <CapacityConstraints>
                      %s
                    </CapacityConstraints>
                  </Constraints>
                </Instance>
                """.formatted(constraints);
    }

    static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
