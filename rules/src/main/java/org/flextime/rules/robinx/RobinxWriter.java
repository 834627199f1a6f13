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
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Solution} as RobinX XML that {@link RobinxReader} reads back unchanged, and an {@link Instance}
 * as RobinX XML that reads back to the same teams, slots, format, distances and constraints (constraints keep
 * their order; only their line numbers change, and team or slot groups they were written with are spelt out as ids).
 */
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

    /** The instance as an XML string. */
    public String toXml(Instance instance) {
        StringWriter out = new StringWriter();
        try {
            write(instance, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the instance to a character stream; the writer is flushed, not closed. Constraints are written in
     * their order, a new group element (CapacityConstraints, GameConstraints, ...) opening whenever the group changes.
     */
    public void write(Instance instance, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("Instance");
            newline(xml, 1);
            xml.writeStartElement("MetaData");
            text(xml, "InstanceName", instance.name());
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeStartElement("Structure");
            newline(xml, 2);
            xml.writeStartElement("Format");
            xml.writeAttribute("leagueIds", "0");
            text(xml, "numberRoundRobin", Integer.toString(instance.roundRobins()));
            text(xml, "compactness", instance.compact() ? "C" : "R");
            text(xml, "gameMode", instance.gameMode() == GameMode.PHASED ? "P" : "NP");
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeStartElement("ObjectiveFunction");
            text(xml, "Objective", instance.objective());
            newline(xml, 1);
            xml.writeEndElement();
            if (!instance.distances().isEmpty()) {
                writeDistances(xml, instance);
            }
            writeResources(xml, instance);
            newline(xml, 1);
            xml.writeStartElement("Constraints");
            String group = null;
            for (RobinxConstraint c : instance.constraints()) {
                String g = group(c);
                if (!g.equals(group)) {
                    if (group != null) {
                        newline(xml, 2);
                        xml.writeEndElement();
                    }
                    newline(xml, 2);
                    xml.writeStartElement(g);
                    group = g;
                }
                newline(xml, 3);
                writeConstraint(xml, c);
            }
            if (group != null) {
                newline(xml, 2);
                xml.writeEndElement();
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
            throw new IOException("cannot write instance XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void writeDistances(XMLStreamWriter xml, Instance instance) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("Data");
        newline(xml, 2);
        xml.writeStartElement("Distances");
        List<long[]> pairs = new ArrayList<>();
        instance.distances().forEachPair((from, to, distance) -> pairs.add(new long[] {from, to, distance}));
        for (long[] pair : pairs) {
            newline(xml, 3);
            xml.writeEmptyElement("distance");
            xml.writeAttribute("dist", Long.toString(pair[2]));
            xml.writeAttribute("team1", Long.toString(pair[0]));
            xml.writeAttribute("team2", Long.toString(pair[1]));
        }
        newline(xml, 2);
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void writeResources(XMLStreamWriter xml, Instance instance) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("Resources");
        java.util.SortedSet<Integer> leagues = new java.util.TreeSet<>();
        instance.teams().forEach(t -> leagues.add(t.league()));
        newline(xml, 2);
        xml.writeStartElement("Leagues");
        for (int league : leagues) {
            newline(xml, 3);
            xml.writeEmptyElement("league");
            xml.writeAttribute("id", Integer.toString(league));
            xml.writeAttribute("name", "League " + league);
        }
        newline(xml, 2);
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeStartElement("Teams");
        for (Team t : instance.teams()) {
            newline(xml, 3);
            xml.writeEmptyElement("team");
            xml.writeAttribute("id", Integer.toString(t.id()));
            xml.writeAttribute("league", Integer.toString(t.league()));
            xml.writeAttribute("name", t.name());
            if (!t.teamGroups().isEmpty()) {
                xml.writeAttribute("teamGroups", ids(t.teamGroups()));
            }
        }
        newline(xml, 2);
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeStartElement("Slots");
        for (Slot s : instance.slots()) {
            newline(xml, 3);
            xml.writeEmptyElement("slot");
            xml.writeAttribute("id", Integer.toString(s.id()));
            xml.writeAttribute("name", s.name());
            if (!s.slotGroups().isEmpty()) {
                xml.writeAttribute("slotGroups", ids(s.slotGroups()));
            }
        }
        newline(xml, 2);
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static String group(RobinxConstraint c) {
        if (c instanceof Ca1 || c instanceof Ca2 || c instanceof Ca3 || c instanceof Ca4) {
            return "CapacityConstraints";
        } else if (c instanceof Ga1) {
            return "GameConstraints";
        } else if (c instanceof Br1 || c instanceof Br2) {
            return "BreakConstraints";
        } else if (c instanceof Fa2) {
            return "FairnessConstraints";
        } else if (c instanceof Se1) {
            return "SeparationConstraints";
        }
        return "OtherConstraints";
    }

    private static void writeConstraint(XMLStreamWriter xml, RobinxConstraint c) throws XMLStreamException {
        xml.writeEmptyElement(c.family());
        if (c instanceof Ca1 x) {
            attrs(xml, "teams", ids(x.teams()), "slots", ids(x.slots()));
            bounds(xml, x.min(), x.max());
            attrs(xml, "mode", x.mode().name());
        } else if (c instanceof Ca2 x) {
            attrs(xml, "teams1", ids(x.teams1()), "teams2", ids(x.teams2()), "slots", ids(x.slots()));
            bounds(xml, x.min(), x.max());
            attrs(xml, "mode1", x.mode1().name(), "mode2", "GLOBAL");
        } else if (c instanceof Ca3 x) {
            attrs(xml, "teams1", ids(x.teams1()), "teams2", ids(x.teams2()), "intp", Integer.toString(x.intp()));
            bounds(xml, x.min(), x.max());
            attrs(xml, "mode1", x.mode1().name(), "mode2", "SLOTS");
        } else if (c instanceof Ca4 x) {
            attrs(xml, "teams1", ids(x.teams1()), "teams2", ids(x.teams2()), "slots", ids(x.slots()));
            bounds(xml, x.min(), x.max());
            attrs(xml, "mode1", x.mode1().name(), "mode2", x.mode2().name());
        } else if (c instanceof Ga1 x) {
            StringBuilder meetings = new StringBuilder();
            x.meetings().forEach(m -> meetings.append(m.home()).append(',').append(m.away()).append(';'));
            attrs(xml, "meetings", meetings.toString(), "slots", ids(x.slots()));
            bounds(xml, x.min(), x.max());
        } else if (c instanceof Br1 x) {
            attrs(xml, "teams", ids(x.teams()), "slots", ids(x.slots()), "intp", Integer.toString(x.intp()),
                    "mode1", x.mode1().name(), "mode2", x.mode2().name());
        } else if (c instanceof Br2 x) {
            attrs(xml, "teams", ids(x.teams()), "slots", ids(x.slots()), "intp", Integer.toString(x.intp()),
                    "homeMode", x.homeMode().name(), "mode2", x.mode2().name());
        } else if (c instanceof Fa2 x) {
            attrs(xml, "teams", ids(x.teams()), "slots", ids(x.slots()), "intp", Integer.toString(x.intp()),
                    "mode", x.mode().name());
        } else if (c instanceof Se1 x) {
            attrs(xml, "teams", ids(x.teams()));
            bounds(xml, x.min(), x.max());
            attrs(xml, "mode1", "SLOTS");
        } else if (c instanceof UnsupportedConstraint x) {
            for (var e : new java.util.TreeMap<>(x.attributes()).entrySet()) {
                if (!e.getKey().equals("type") && !e.getKey().equals("penalty")) {
                    xml.writeAttribute(e.getKey(), e.getValue());
                }
            }
        }
        attrs(xml, "type", c.type().name(), "penalty", Integer.toString(c.penalty()));
    }

    private static void bounds(XMLStreamWriter xml, int min, int max) throws XMLStreamException {
        xml.writeAttribute("min", Integer.toString(min));
        if (max != RobinxConstraint.UNBOUNDED) {
            xml.writeAttribute("max", Integer.toString(max));
        }
    }

    private static void attrs(XMLStreamWriter xml, String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    private static String ids(List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(id);
        }
        return sb.toString();
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
