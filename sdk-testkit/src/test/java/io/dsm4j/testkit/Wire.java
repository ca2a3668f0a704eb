package io.dsm4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Raw HTTP helpers for wire-level tests (no dsm4j backend involved). */
final class Wire {
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  private Wire() {}

  static HttpResponse<String> rest(DsmSimulator sim, String method, String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(sim.url() + path))
            .header("api-secret-key", sim.apiKey())
            .header("api-version", "v1")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  static JsonNode restJson(DsmSimulator sim, String method, String path, String body) {
    HttpResponse<String> r = rest(sim, method, path, body);
    if (r.statusCode() != 200) {
      throw new AssertionError(method + " " + path + " -> " + r.statusCode() + " " + r.body());
    }
    return json(r.body());
  }

  static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + s, e);
    }
  }

  static HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return HTTP.send(
          b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String envelope(String op, String inner) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
        + "<"
        + op
        + " xmlns=\"urn:Manager\">"
        + inner
        + "</"
        + op
        + "></soapenv:Body></soapenv:Envelope>";
  }

  static HttpResponse<String> soap(DsmSimulator sim, String op, String inner) {
    return send(
        HttpRequest.newBuilder(URI.create(sim.url() + "/webservice/Manager"))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"\"")
            .POST(HttpRequest.BodyPublishers.ofString(envelope(op, inner))));
  }

  /** Calls an op with the session appended and asserts success. */
  static Document soapOk(DsmSimulator sim, String sid, String op, String inner) {
    HttpResponse<String> r = soap(sim, op, inner + (sid == null ? "" : "<sID>" + sid + "</sID>"));
    if (r.statusCode() != 200) {
      throw new AssertionError(op + " -> " + r.statusCode() + " " + r.body());
    }
    return xml(r.body());
  }

  static String login(DsmSimulator sim) {
    Document d =
        soapOk(
            sim,
            null,
            "authenticate",
            "<username>"
                + sim.username()
                + "</username><password>"
                + sim.password()
                + "</password>");
    return text(d, "authenticateReturn").get(0);
  }

  static Document xml(String body) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + body, e);
    }
  }

  static List<Element> elements(Document d, String local) {
    NodeList nl = d.getElementsByTagNameNS("*", local);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  static List<String> text(Document d, String local) {
    return elements(d, local).stream().map(Element::getTextContent).toList();
  }

  /** Child element names of the first element with this local name, in order. */
  static List<String> childNames(Element e) {
    List<String> out = new ArrayList<>();
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c.getLocalName());
      }
    }
    return out;
  }

  static Element child(Element e, String local) {
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getLocalName().equals(local)) {
        return c;
      }
    }
    return null;
  }
}
