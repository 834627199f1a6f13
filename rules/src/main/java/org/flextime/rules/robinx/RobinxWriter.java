package org.flextime.rules.robinx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link Solution} as RobinX XML that {@link RobinxReader} reads back unchanged. */
public final class RobinxWriter {

    private static final String INDENT = "  ";

    /** The solution as an XML string. */
    public String toXml(Solution solution) {
        StringWriter out = new StringWriter();
        try {
            write(solution, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the solution to a file (UTF-8). */
    public void write(Solution solution, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(solution, out);
        }
    }

    /** Writes the solution to a stream (UTF-8); the stream is flushed, not closed. */
    public void write(Solution solution, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(solution, writer);
        writer.flush();
    }

    /** Writes the solution to a character stream; the writer is flushed, not closed. */
    public void write(Solution solution, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("Solution");
            writeMetaData(xml, solution.metaData());
            newline(xml, 1);
            xml.writeStartElement("Games");
            for (ScheduledMatch match : solution.games()) {
                newline(xml, 2);
                xml.writeEmptyElement("ScheduledMatch");
                xml.writeAttribute("home", Integer.toString(match.home()));
                xml.writeAttribute("away", Integer.toString(match.away()));
                xml.writeAttribute("slot", Integer.toString(match.slot()));
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write solution XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void writeMetaData(XMLStreamWriter xml, SolutionMetaData meta) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("MetaData");
        text(xml, "SolutionName", meta.solutionName());
        text(xml, "InstanceName", meta.instanceName());
        text(xml, "Contributor", meta.contributor());
        text(xml, "SolutionMethod", meta.solutionMethod());
        if (meta.objectiveValue().isPresent()) {
            ObjectiveValue value = meta.objectiveValue().get();
            newline(xml, 2);
            xml.writeEmptyElement("ObjectiveValue");
            xml.writeAttribute("infeasibility", Long.toString(value.infeasibility()));
            xml.writeAttribute("objective", Long.toString(value.objective()));
        }
        text(xml, "Remarks", meta.remarks());
        newline(xml, 1);
        xml.writeEndElement();
    }

    /** Empty fields are left out: the reader maps a missing element to "" as well. */
    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        newline(xml, 2);
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
