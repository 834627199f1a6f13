package org.flextime.rules.robinx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The RobinX reader refuses the classic XML attacks with a format error before it resolves anything: an external entity
 * (XXE) that would read a local file, an internal entity bomb (billion laughs), and a DTD that names a remote document.
 */
class HostileXmlTest {

    private static void read(String xml) throws RobinxFormatException {
        new RobinxReader().readInstance(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hostile.xml");
    }

    @Test
    void anExternalEntityIsNeverResolvedSoNoLocalFileLeaks() throws Exception {
        Path secret = Files.createTempFile("flextime-secret-", ".txt");
        Files.writeString(secret, "the-secret-content");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Instance [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Instance><MetaData><InstanceName>&leak;</InstanceName></MetaData></Instance>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(RobinxFormatException.class)
                .hasMessageContaining("malformed XML").hasMessageNotContaining("the-secret-content");
    }

    @Test
    void aBillionLaughsEntityBombIsRefusedWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Instance [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><Instance><MetaData><InstanceName>&lol9;</InstanceName></MetaData></Instance>");
        assertThatThrownBy(() -> read(bomb.toString())).isInstanceOf(RobinxFormatException.class).hasMessageContaining("malformed XML");
    }

    @Test
    void aDoctypeNamingARemoteDtdIsNotFetched() {
        // 127.0.0.1:9 (discard) answers nothing: a reader that tried to fetch it would fail differently or hang
        String remote = "<?xml version=\"1.0\"?><!DOCTYPE Instance SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                + "<Instance><MetaData><InstanceName>&evil;</InstanceName></MetaData></Instance>";
        assertThatThrownBy(() -> read(remote)).isInstanceOf(RobinxFormatException.class).hasMessageContaining("malformed XML");
    }
}
