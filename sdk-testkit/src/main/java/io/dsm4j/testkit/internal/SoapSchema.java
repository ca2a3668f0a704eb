package io.dsm4j.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Element order, types and nillability of the {@code urn:Manager} transport types, read from the
 * project's own WSDL subset ({@code sdk-soap/src/main/wsdl/Manager.wsdl}, copied into this package
 * at build time), so a field list is written once, in the WSDL. Loaded on the first SOAP answer
 * that writes a transport, once per JVM.
 *
 * <p>Types are xsd primitives by local name ({@code int}, {@code dateTime}...), {@code enum} (a
 * named xsd:string restriction) or another transport / {@code ArrayOf...} type; an extension's own
 * elements follow its base's.
 */
final class SoapSchema {
  private SoapSchema() {}

  static final String RESOURCE = "Manager.wsdl";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema";

  /** One element of a transport's sequence. */
  record Field(String name, String type, boolean nillable) {}

  private static final class Loaded {
    static final Map<String, List<Field>> TYPES = load();
  }

  /** The fields of a transport type in wire order; fails fast for a type the WSDL lacks. */
  static List<Field> fields(String type) {
    List<Field> f = Loaded.TYPES.get(type);
    if (f == null) {
      throw new IllegalArgumentException("no complexType " + type + " in " + RESOURCE);
    }
    return f;
  }

  private static Map<String, List<Field>> load() {
    try (InputStream in = SoapSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the testkit jar");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  /** A named complexType as declared: its base (or null) and its own elements, raw types. */
  private record Declared(String base, List<String[]> elements) {}

  static Map<String, List<Field>> parse(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(in);
    Map<String, Declared> declared = new HashMap<>();
    Set<String> simpleTypes = new HashSet<>();
    // One entry per open complexType: its name, or "" for an anonymous one.
    Deque<String> open = new ArrayDeque<>();
    Declared current = null;
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && XSD.equals(r.getNamespaceURI())) {
          String name = r.getAttributeValue(null, "name");
          switch (r.getLocalName()) {
            case "simpleType" -> {
              if (name != null) {
                simpleTypes.add(name);
              }
            }
            case "complexType" -> {
              open.push(name == null ? "" : name);
              current = name == null ? null : new Declared(null, new ArrayList<>());
              if (current != null) {
                declared.put(name, current);
              }
            }
            case "extension" -> {
              if (current != null) {
                current =
                    new Declared(local(r.getAttributeValue(null, "base")), current.elements());
                declared.put(open.peek(), current);
              }
            }
            case "element" -> {
              if (current != null) {
                current
                    .elements()
                    .add(
                        new String[] {
                          name,
                          r.getAttributeValue(null, "type"),
                          r.getAttributeValue(null, "nillable")
                        });
              }
            }
            default -> {
              // sequence, complexContent, restriction...: structure only
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT
            && XSD.equals(r.getNamespaceURI())
            && r.getLocalName().equals("complexType")) {
          open.pop();
          String outer = open.peek();
          current = outer == null || outer.isEmpty() ? null : declared.get(outer);
        }
      }
    } finally {
      r.close();
    }
    Map<String, List<Field>> out = new HashMap<>();
    for (String type : declared.keySet()) {
      out.put(type, List.copyOf(resolve(type, declared, simpleTypes)));
    }
    return Map.copyOf(out);
  }

  private static List<Field> resolve(
      String type, Map<String, Declared> declared, Set<String> simpleTypes) {
    Declared d = declared.get(type);
    List<Field> out = new ArrayList<>();
    if (d.base() != null && declared.containsKey(d.base())) {
      out.addAll(resolve(d.base(), declared, simpleTypes));
    }
    for (String[] e : d.elements()) {
      String t = local(e[1]);
      boolean xsd = e[1].startsWith("xsd:");
      out.add(new Field(e[0], !xsd && simpleTypes.contains(t) ? "enum" : t, "true".equals(e[2])));
    }
    return out;
  }

  private static String local(String qname) {
    return qname == null ? null : qname.substring(qname.indexOf(':') + 1);
  }
}
