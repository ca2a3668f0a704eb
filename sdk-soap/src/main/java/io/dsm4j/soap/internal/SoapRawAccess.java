package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.spi.SoapAccessOperations;
import jakarta.xml.ws.WebServiceException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Any Web Service API operation by name: the caller's payload wrapped in the request element
 * ({@code <operation xmlns="urn:Manager">…<sID>…</sID></operation>}, document/literal wrapped, as
 * every operation of this API), sent with a JAX-WS {@code Dispatch} over the connection's own
 * service and transport, with its session (renewed as needed) and its fault mapping. The payload is
 * parsed before anything is sent: well-formed, no DOCTYPE or entity, no {@code sID} of its own.
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
    Source answer;
    if (SESSIONLESS.contains(operation)) {
      answer = client.plain(operation, port -> invoke(request));
    } else {
      answer = client.call(operation, bulk, (port, sid) -> invoke(withSession(request, sid)));
    }
    return text(answer, operation);
  }

  /**
   * Sends through the {@code Dispatch}, which wraps what the transport threw (a deadline, the rate
   * limit, an HTTP status) in a {@code WebServiceException}: the transport's own exception is
   * rethrown, so the hatch fails exactly as a generated port does.
   */
  private Source invoke(Document request) {
    try {
      return client.dispatch().invoke(new DOMSource(request));
    } catch (WebServiceException e) {
      for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        if (c instanceof DsmException d) {
          throw d;
        }
      }
      throw e;
    }
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

  /** The response element as XML text, without a declaration. */
  private String text(Source answer, String operation) {
    if (answer == null) {
      return "";
    }
    try {
      TransformerFactory f = TransformerFactory.newInstance();
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter w = new StringWriter();
      t.transform(answer, new StreamResult(w));
      return w.toString();
    } catch (TransformerException e) {
      throw new ConnectionException(
          "the manager's answer is not a readable SOAP message ("
              + client.redact(String.valueOf(e.getMessage()))
              + ")",
          operation,
          Backend.SOAP,
          0,
          null,
          e);
    }
  }
}
