package org.flextime.rules.robinx;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a whole XML document into {@link XmlElement}s with StAX, keeping line numbers. */
final class XmlTreeReader {

    private static final String NO_ELEMENT = "document";

    /** Parses the stream; a well-formedness error becomes a {@link RobinxFormatException}. */
    XmlElement read(InputStream in, String source) throws RobinxFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // RobinX files never need DTDs or external entities; refusing them keeps parsing local and safe.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<Builder> open = new ArrayDeque<>();
        int lastLine = 1;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(in);
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                lastLine = lineOf(reader.getLocation(), lastLine);
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> open.push(startOf(reader, lastLine));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {
                        // comments, processing instructions and whitespace outside elements carry no data
                    }
                }
            }
            if (root == null) {
                throw new RobinxFormatException(source, lastLine, NO_ELEMENT, "malformed XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = lineOf(e.getLocation(), lastLine);
            String element = open.isEmpty() ? NO_ELEMENT : open.peek().name;
            throw new RobinxFormatException(source, line, element, "malformed XML: " + cleanMessage(e), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static Builder startOf(XMLStreamReader reader, int line) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return new Builder(reader.getLocalName(), attributes, line);
    }

    private static int lineOf(Location location, int fallback) {
        return location == null || location.getLineNumber() < 1 ? fallback : location.getLineNumber();
    }

    /** The JDK parser prefixes "ParseError at [row,col]"; the line is reported separately, so drop it. */
    private static String cleanMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message:");
        String detail = marker >= 0 ? message.substring(marker + "Message:".length()) : message;
        return detail.strip().replaceAll("\\s+", " ");
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // the document is already read or already failed; a close error adds nothing
        }
    }

    /** Mutable state of an element whose end tag has not been seen yet. */
    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final int line;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        private Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        private XmlElement build() {
            return new XmlElement(name, attributes, text.toString(), line, children);
        }
    }
}
