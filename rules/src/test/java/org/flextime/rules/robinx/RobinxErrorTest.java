package org.flextime.rules.robinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flextime.rules.robinx.InstanceReaderTest.minimalInstance;
import static org.flextime.rules.robinx.InstanceReaderTest.stream;

import org.junit.jupiter.api.Test;

class RobinxErrorTest {

    private final RobinxReader reader = new RobinxReader();

    @Test
    void malformedXmlNamesTheLineAndTheOpenElement() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Instance>
                  <Resources>
                    <Teams>
                      <team id="0" name="A"/>
                    </Team>
                  </Resources>
                </Instance>
                """;

        assertThatThrownBy(() -> reader.readInstance(stream(xml), "broken.xml"))
                .isInstanceOfSatisfying(RobinxFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("broken.xml");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.element()).isEqualTo("Teams");
                    assertThat(e.getMessage()).startsWith("broken.xml line 6: <Teams> malformed XML: ");
                });
    }

    @Test
    void truncatedDocumentIsMalformed() {
        String xml = "<?xml version=\"1.0\"?>\n<Solution>\n  <Games>\n    <ScheduledMatch home=\"0\"";

        assertThatThrownBy(() -> reader.readSolution(stream(xml), "cut.xml"))
                .isInstanceOf(RobinxFormatException.class)
                .hasMessageStartingWith("cut.xml line 4: <Games> malformed XML");
    }

    @Test
    void emptyFileIsMalformed() {
        assertThatThrownBy(() -> reader.readInstance(stream(""), "empty.xml"))
                .isInstanceOf(RobinxFormatException.class)
                .hasMessageStartingWith("empty.xml line 1: <document> malformed XML");
    }

    @Test
    void unknownTeamInAConstraintNamesLineElementAndAttribute() {
        // the constraint element is on line 12 of the minimal instance
        String xml = minimalInstance("<CA1 max=\"0\" min=\"0\" mode=\"H\" penalty=\"1\" slots=\"0\" teams=\"99\" type=\"HARD\"/>");

        assertThatThrownBy(() -> reader.readInstance(stream(xml), "ITC2021_Test1.xml"))
                .isInstanceOf(RobinxFormatException.class)
                .hasMessage("ITC2021_Test1.xml line 12: <CA1> teams='99': no such team");
    }

    @Test
    void unknownSlotInsideAListIsNamed() {
        String xml = minimalInstance("<CA1 max=\"0\" mode=\"H\" slots=\"0;7\" teams=\"1\" type=\"SOFT\" penalty=\"2\"/>");

        assertThatThrownBy(() -> reader.readInstance(stream(xml), "x.xml"))
                .hasMessage("x.xml line 12: <CA1> slots='0;7': no such slot 7");
    }

    @Test
    void nonNumericAndMissingAttributesAreReported() {
        String notANumber = minimalInstance("<CA1 max=\"lots\" mode=\"H\" slots=\"0\" teams=\"1\" type=\"SOFT\"/>");
        String noType = minimalInstance("<CA1 max=\"1\" mode=\"H\" slots=\"0\" teams=\"1\"/>");
        String badMode = minimalInstance("<CA1 max=\"1\" mode=\"X\" slots=\"0\" teams=\"1\" type=\"HARD\"/>");

        assertThatThrownBy(() -> reader.readInstance(stream(notANumber), "x.xml"))
                .hasMessage("x.xml line 12: <CA1> max='lots': not an integer");
        assertThatThrownBy(() -> reader.readInstance(stream(noType), "x.xml"))
                .hasMessage("x.xml line 12: <CA1> missing attribute 'type'");
        assertThatThrownBy(() -> reader.readInstance(stream(badMode), "x.xml"))
                .hasMessage("x.xml line 12: <CA1> mode='X': unsupported value");
    }

    @Test
    void unknownTeamOrSlotInASolutionIsReported() throws Exception {
        Instance instance = reader.readInstance(stream(minimalInstance("")), "mini.xml");
        String badTeam = """
                <Solution>
                  <Games>
                    <ScheduledMatch home="0" away="1" slot="0"/>
                    <ScheduledMatch home="5" away="0" slot="1"/>
                  </Games>
                </Solution>
                """;
        String badSlot = "<Solution><Games>\n<ScheduledMatch home=\"0\" away=\"1\" slot=\"2\"/></Games></Solution>";

        assertThatThrownBy(() -> reader.readSolution(stream(badTeam), "mini.solution.xml", instance))
                .hasMessage("mini.solution.xml line 4: <ScheduledMatch> home='5': no such team");
        assertThatThrownBy(() -> reader.readSolution(stream(badSlot), "s.xml", instance))
                .hasMessage("s.xml line 2: <ScheduledMatch> slot='2': no such slot");
    }

    @Test
    void wrongRootElementIsReported() {
        assertThatThrownBy(() -> reader.readInstance(stream("<Solution/>"), "x.xml"))
                .hasMessage("x.xml line 1: <Solution> expected root element <Instance>");
    }
}
