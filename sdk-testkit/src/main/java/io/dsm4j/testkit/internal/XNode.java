package io.dsm4j.testkit.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A parsed XML element reduced to what request handling needs: local name, namespace, text, {@code
 * xsi:nil} and child elements in document order.
 */
final class XNode {
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  private static final XMLInputFactory FACTORY = newFactory();

  final String name;
  final String namespace;
  final boolean nil;
  final List<XNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private XNode(String name, String namespace, boolean nil) {
    this.name = name;
    this.namespace = namespace == null ? "" : namespace;
    this.nil = nil;
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // Untrusted input: no DTDs, no external or internal entity expansion.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** Parses a whole document; throws {@link IllegalArgumentException} for malformed XML. */
  static XNode parse(byte[] body) {
    XMLStreamReader r = null;
    try {
      synchronized (FACTORY) {
        r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      }
      List<XNode> stack = new ArrayList<>();
      XNode root = null;
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.DTD ->
              throw new IllegalArgumentException("DOCTYPE declarations are not allowed");
          case XMLStreamConstants.START_ELEMENT -> {
            String nilAttr = r.getAttributeValue(XSI, "nil");
            XNode n =
                new XNode(
                    r.getLocalName(),
                    r.getNamespaceURI(),
                    "true".equals(nilAttr) || "1".equals(nilAttr));
            if (stack.isEmpty()) {
              root = n;
            } else {
              stack.get(stack.size() - 1).children.add(n);
            }
            stack.add(n);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!stack.isEmpty()) {
              stack.get(stack.size() - 1).text.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
          default -> {
            // comments, processing instructions, whitespace outside the root: ignored
          }
        }
      }
      if (root == null) {
        throw new IllegalArgumentException("empty XML document");
      }
      return root;
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException("malformed XML: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the in-memory stream
        }
      }
    }
  }

  String text() {
    return nil ? null : text.toString().trim();
  }

  XNode child(String local) {
    for (XNode c : children) {
      if (c.name.equals(local)) {
        return c;
      }
    }
    return null;
  }

  List<XNode> all(String local) {
    List<XNode> out = new ArrayList<>();
    for (XNode c : children) {
      if (c.name.equals(local)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Text of a child; null when absent, nil or empty. */
  String str(String local) {
    XNode c = child(local);
    if (c == null || c.nil) {
      return null;
    }
    String t = c.text();
    return t.isEmpty() ? null : t;
  }

  Integer integer(String local) {
    String t = str(local);
    if (t == null) {
      return null;
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("element " + local + " is not an int: " + t, e);
    }
  }

  Long longValue(String local) {
    String t = str(local);
    if (t == null) {
      return null;
    }
    try {
      return Long.valueOf(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("element " + local + " is not a long: " + t, e);
    }
  }

  Boolean bool(String local) {
    String t = str(local);
    if (t == null) {
      return null;
    }
    return switch (t) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException("element " + local + " is not a boolean: " + t);
    };
  }

  /** Repeated int elements ({@code <ids>1</ids><ids>2</ids>}). */
  List<Integer> ints(String local) {
    List<Integer> out = new ArrayList<>();
    for (XNode c : all(local)) {
      if (!c.nil && !c.text().isEmpty()) {
        try {
          out.add(Integer.valueOf(c.text()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("element " + local + " is not an int", e);
        }
      }
    }
    return out;
  }

  /** An ArrayOf_xsd_int child ({@code <DPIRuleIDs><item>1</item></DPIRuleIDs>}); null if nil. */
  List<Integer> intArray(String local) {
    XNode c = child(local);
    if (c == null || c.nil) {
      return null;
    }
    return c.ints("item");
  }
}
