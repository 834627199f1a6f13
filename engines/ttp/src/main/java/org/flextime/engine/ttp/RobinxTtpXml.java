package org.flextime.engine.ttp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** Shared XML plumbing for the TTP reader and solution IO: safe parsing and attribute access. */
final class RobinxTtpXml {

    private RobinxTtpXml() {
    }

    /** Parses a file with external entities disabled (the files are user input). */
    static Document parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TtpFormatException("no such file: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXException e) {
            throw new TtpFormatException(file + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new TtpFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a required integer attribute, naming the element and file on failure. */
    static int intAttribute(Element element, String attribute, Path file) {
        String value = element.getAttribute(attribute);
        if (value.isEmpty()) {
            throw new TtpFormatException(file + ": <" + element.getTagName() + "> lacks attribute " + attribute);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TtpFormatException(file + ": <" + element.getTagName() + "> attribute " + attribute
                    + "=\"" + value + "\" is not an integer", e);
        }
    }

    /** First descendant element with the given tag, or null. */
    static Element first(Element root, String tag) {
        var list = root.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }
}
