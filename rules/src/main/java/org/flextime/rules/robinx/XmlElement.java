package org.flextime.rules.robinx;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One parsed XML element with the line it started on, so later checks can point at it. */
record XmlElement(String name, Map<String, String> attributes, String text, int line, List<XmlElement> children) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
        text = text.strip();
    }

    /** The first direct child with this name. */
    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** All direct children with this name, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The attribute value, if present. */
    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** The text of the named child, or empty when the child is missing. */
    Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text);
    }
}
