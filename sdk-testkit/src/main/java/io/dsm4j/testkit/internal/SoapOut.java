package io.dsm4j.testkit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * Writes Axis 1.4 style SOAP 1.1 responses: {@code soapenv} prefix, the operation's response
 * element in the default namespace {@code urn:Manager}, transport children in WSDL sequence order
 * with every required element present.
 */
final class SoapOut {
  static final String ENVELOPE_START =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
          + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>";
  static final String ENVELOPE_END = "</soapenv:Body></soapenv:Envelope>";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  final StringBuilder sb;

  SoapOut(int capacity) {
    sb = new StringBuilder(capacity);
  }

  static String dateTime(Instant i) {
    return DATE_TIME.format(i);
  }

  void start(String op) {
    sb.append(ENVELOPE_START).append('<').append(op).append("Response xmlns=\"urn:Manager\">");
  }

  void end(String op) {
    sb.append("</").append(op).append("Response>").append(ENVELOPE_END);
  }

  /** An answer with one return element of the given schema type. */
  static String single(String op, String type, Object value) {
    SoapOut o = new SoapOut(4096);
    o.start(op);
    o.value(op + "Return", type, false, value);
    o.end(op);
    return o.toString();
  }

  /** A missing object answers with one nil return element, as Axis does for a null return. */
  static String maybe(String op, String type, Map<String, Object> value) {
    if (value == null) {
      SoapOut o = new SoapOut(512);
      o.start(op);
      o.nil(op + "Return");
      o.end(op);
      return o.toString();
    }
    return single(op, type, value);
  }

  /** An answer with one return element per value (an unbounded return). */
  static String many(String op, String type, Collection<?> values) {
    SoapOut o = new SoapOut(Math.max(1024, values.size() * (type.equals("int") ? 64 : 1200)));
    o.start(op);
    for (Object v : values) {
      o.value(op + "Return", type, false, v);
    }
    o.end(op);
    return o.toString();
  }

  /** A void operation's answer: an empty response element. */
  static String empty(String op) {
    return ENVELOPE_START + "<" + op + "Response xmlns=\"urn:Manager\"/>" + ENVELOPE_END;
  }

  void nil(String element) {
    sb.append('<').append(element).append(" xsi:nil=\"true\"/>");
  }

  /** Writes one element of the given schema type; null becomes nil or the primitive default. */
  void value(String element, String type, boolean nillable, Object v) {
    if (v == null) {
      if (nillable) {
        nil(element);
        return;
      }
      v =
          switch (type) {
            case "boolean" -> Boolean.FALSE;
            case "int", "long" -> 0;
            case "double", "float" -> 0.0d;
            default -> throw new IllegalStateException(element + " of type " + type + " is null");
          };
    }
    switch (type) {
      case "int", "long", "boolean", "double", "float", "string", "enum" ->
          simple(element, v instanceof Enum<?> e ? e.name() : String.valueOf(v));
      case "dateTime" -> simple(element, dateTime((Instant) v));
      case "base64Binary" -> simple(element, Base64.getEncoder().encodeToString((byte[]) v));
      case "ArrayOf_xsd_int", "ArrayOf_xsd_string" -> {
        sb.append('<').append(element).append('>');
        for (Object item : (Collection<?>) v) {
          simple("item", String.valueOf(item));
        }
        sb.append("</").append(element).append('>');
      }
      default -> {
        if (type.startsWith("ArrayOf")) {
          String itemType = type.substring("ArrayOf".length());
          sb.append('<').append(element).append('>');
          for (Object item : (Collection<?>) v) {
            transport("item", itemType, asMap(item));
          }
          sb.append("</").append(element).append('>');
        } else {
          transport(element, type, asMap(v));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object v) {
    return (Map<String, Object>) v;
  }

  /** Writes a transport object; every schema field is emitted, in order. */
  void transport(String element, String type, Map<String, Object> values) {
    sb.append('<').append(element).append('>');
    for (SoapSchema.Field f : SoapSchema.fields(type)) {
      value(f.name(), f.type(), f.nillable(), values.get(f.name()));
    }
    sb.append("</").append(element).append('>');
  }

  void simple(String element, String text) {
    sb.append('<').append(element).append('>');
    escape(text);
    sb.append("</").append(element).append('>');
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\r' -> sb.append("&#13;");
        default -> {
          // drop characters XML 1.0 cannot carry rather than emit an unparsable document
          if (c >= 0x20 || c == '\n' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
  }

  /** Escapes text for use inside XML content. */
  static String escapeText(String s) {
    SoapOut o = new SoapOut(s.length() + 16);
    o.escape(s);
    return o.sb.toString();
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
