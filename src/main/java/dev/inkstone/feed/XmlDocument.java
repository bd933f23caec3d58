package dev.inkstone.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written with the JDK's StAX writer, which escapes text and attribute values itself; shared by the
 * feeds and the sitemaps. Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) are dropped:
 * one of them in a title would make the whole feed unreadable.
 */
public final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter writer;
    private final Map<String, String> prefixes = new HashMap<>();

    public XmlDocument() {
        try {
            writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the root element in its default namespace (none when null), declaring the prefixed ones
     * ({@code "atom", uri, …}) that elements below use as {@code prefix:name}.
     */
    public XmlDocument root(String name, String namespace, String... prefixesAndNamespaces) {
        try {
            if (namespace == null) {
                writer.writeStartElement(name);
            } else {
                writer.writeStartElement("", name, namespace);
                writer.writeDefaultNamespace(namespace);
            }
            for (int i = 0; i < prefixesAndNamespaces.length; i += 2) {
                writer.writeNamespace(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
                prefixes.put(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs, null values left out. */
    public XmlDocument start(String name, String... attributes) {
        try {
            int colon = name.indexOf(':');
            if (colon < 0) {
                writer.writeStartElement(name);
            } else {
                String prefix = name.substring(0, colon);
                writer.writeStartElement(prefix, name.substring(colon + 1), prefixes.get(prefix));
            }
            for (int i = 0; i < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    writer.writeAttribute(attributes[i], clean(attributes[i + 1]));
                }
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attribute of the element just opened. */
    public XmlDocument attribute(String name, String value) {
        try {
            writer.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with attributes and no content. */
    public XmlDocument empty(String name, String... attributes) {
        return start(name, attributes).end();
    }

    /** An element holding text; nothing at all when the text is null. */
    public XmlDocument text(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        try {
            start(name, attributes);
            writer.writeCharacters(clean(text));
            return end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding an instant in ISO-8601 UTC (Atom's date-time, the W3C datetime of sitemaps). */
    public XmlDocument instant(String name, Instant instant) {
        return text(name, instant == null ? null : instant.toString());
    }

    public XmlDocument end() {
        try {
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes what is open and returns the UTF-8 bytes. */
    public byte[] toBytes() {
        try {
            writer.writeEndDocument();
            writer.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD;
            if (allowed && kept == null) {
                if (pair) {
                    i++;
                }
                continue;
            }
            if (kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (pair) {
                kept.append(c).append(text.charAt(++i));
            } else if (allowed) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
