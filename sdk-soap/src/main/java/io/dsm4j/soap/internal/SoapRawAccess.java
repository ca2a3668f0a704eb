package io.dsm4j.soap.internal;

import io.dsm4j.spi.SoapAccessOperations;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Any Web Service API operation by name: the caller's payload wrapped in the request element
 * ({@code <operation xmlns="urn:Manager">…<sID>…</sID></operation>}, document/literal wrapped, as
 * every operation of this API), sent by the connection's own invoker and transport, with its
 * session (renewed as needed) and its fault mapping. The payload is parsed before anything is sent:
 * well-formed, no DOCTYPE or entity, no {@code sID} of its own.
 */
final class SoapRawAccess implements SoapAccessOperations {
  /** The operations that take no session ID (the WSDL's only ones besides signing in). */
  private static final Set<String> SESSIONLESS = Set.of("getApiVersion", "getManagerTime");

  private final SoapClient client;

  SoapRawAccess(SoapClient client) {
    this.client = client;
  }

  @Override
  public String call(String operation, String payload, boolean bulk) {
    Document request = parse(operation, payload);
    registerPasswords(request.getDocumentElement());
    if (SESSIONLESS.contains(operation)) {
      return client.plain(operation, port -> send(operation, request));
    }
    return client.call(operation, bulk, (port, sid) -> send(operation, withSession(request, sid)));
  }

  /** Sends through the connection's invoker: the same transport, statuses and faults as a port. */
  private String send(String operation, Document request) {
    return client.invoker().raw(operation, request.getDocumentElement());
  }

  /** The request element with the caller's payload as its children. */
  static Document parse(String operation, String payload) {
    String xml =
        "<" + operation + " xmlns=\"" + Faults.NS + "\">" + payload + "</" + operation + ">";
    Document doc;
    try {
      doc = builder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException | java.io.IOException e) {
      // Where, not what: the payload may hold a password that is not registered yet.
      String where =
          e instanceof org.xml.sax.SAXParseException p
              ? " (line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ")"
              : "";
      throw new IllegalArgumentException(
          "the payload is not well-formed XML, or has a DOCTYPE or an entity" + where);
    }
    NodeList children = doc.getDocumentElement().getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (n instanceof Element e && "sID".equals(e.getLocalName())) {
        throw new IllegalArgumentException(
            "the payload must not carry an sID: dsm4j adds its own session");
      }
    }
    return doc;
  }

  /** A copy of the request with the session ID as its last child (where every operation has it). */
  private static Document withSession(Document request, String sid) {
    Document copy = (Document) request.cloneNode(true);
    Element s = copy.createElementNS(Faults.NS, "sID");
    s.setTextContent(sid);
    copy.getDocumentElement().appendChild(s);
    return copy;
  }

  private void registerPasswords(Element e) {
    NodeList all = e.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element x = (Element) all.item(i);
      String name = x.getLocalName() == null ? x.getNodeName() : x.getLocalName();
      if (name.toLowerCase(Locale.ROOT).contains("password")) {
        client.secrets().add(x.getTextContent());
      }
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no secure XML parser available", e);
    }
  }
}
