package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.spi.BackendConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Envelopes shaped like a real (Axis 1.4) manager's, and WireMock helpers. */
final class Wire {
  static final String PATH = "/webservice/Manager";
  static final String SID = "8A3F0C1D2E4B5A6978C0FFEE12345678";
  static final String PASSWORD = "s3cr3t-Passw0rd";

  private Wire() {}

  static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<soapenv:Body>"
        + body
        + "</soapenv:Body></soapenv:Envelope>";
  }

  /** {@code <opResponse xmlns="urn:Manager">inner</opResponse>}. */
  static String response(String op, String inner) {
    return envelope("<" + op + "Response xmlns=\"urn:Manager\">" + inner + "</" + op + "Response>");
  }

  /** {@code <opReturn>inner</opReturn>} inside the response. */
  static String returning(String op, String inner) {
    return response(op, "<" + op + "Return>" + inner + "</" + op + "Return>");
  }

  static String nilReturn(String op) {
    return response(op, "<" + op + "Return xsi:nil=\"true\"/>");
  }

  /**
   * An Axis 1.4 fault: faultstring, detail element (may be null) and exceptionName (may be null).
   */
  static String fault(String element, String exceptionName, String faultString) {
    StringBuilder d = new StringBuilder("<detail>");
    if (element != null) {
      d.append("<ns1:").append(element).append(" xmlns:ns1=\"urn:Manager\"/>");
    }
    if (exceptionName != null) {
      d.append("<ns2:exceptionName xmlns:ns2=\"http://xml.apache.org/axis/\">")
          .append(exceptionName)
          .append("</ns2:exceptionName>");
    }
    d.append("<ns3:hostname xmlns:ns3=\"http://xml.apache.org/axis/\">dsm01</ns3:hostname>");
    d.append("</detail>");
    return envelope(
        "<soapenv:Fault><faultcode>soapenv:Server.userException</faultcode>"
            + "<faultstring>"
            + faultString
            + "</faultstring>"
            + d
            + "</soapenv:Fault>");
  }

  static ResponseDefinitionBuilder ok(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/xml; charset=utf-8")
        .withBody(body);
  }

  static ResponseDefinitionBuilder faultResponse(String body) {
    return aResponse()
        .withStatus(500)
        .withHeader("Content-Type", "text/xml; charset=utf-8")
        .withBody(body);
  }

  /** A POST whose payload element is the operation. */
  static MappingBuilder op(String op) {
    return post(urlEqualTo(PATH)).withRequestBody(matching(payload(op)));
  }

  static RequestPatternBuilder requested(String op) {
    return postRequestedFor(urlEqualTo(PATH)).withRequestBody(matching(payload(op)));
  }

  /**
   * A body whose payload element is {@code op} (any prefix; WireMock's XPath ignores namespaces).
   */
  static String payload(String op) {
    return "(?s).*<Body>\\s*<([A-Za-z0-9_]+:)?".replace("<Body>", "<([A-Za-z0-9_]+:)?Body>")
        + op
        + "[\\s>/].*";
  }

  static void signIn(WireMockExtension wm) {
    wm.stubFor(op("authenticate").willReturn(ok(returning("authenticate", SID))));
    wm.stubFor(op("endSession").willReturn(ok(response("endSession", ""))));
  }

  static BackendConfig config(String baseUrl, AtomicInteger gate) {
    return config(baseUrl, gate, Duration.ofSeconds(5));
  }

  static BackendConfig config(String baseUrl, AtomicInteger gate, Duration readTimeout) {
    return config(builder(baseUrl, readTimeout), gate);
  }

  /** A SOAP manager's settings for the test user, with short timeouts. */
  static Manager.Builder builder(String baseUrl, Duration readTimeout) {
    return Manager.builder()
        .url(baseUrl)
        .username("api-user")
        .password(PASSWORD.toCharArray())
        .backend(Backend.SOAP)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(readTimeout)
        .bulkReadTimeout(readTimeout.multipliedBy(2))
        .callTimeout(Duration.ofSeconds(30))
        .userAgent("dsm4j-test");
  }

  /** The backend's configuration from those settings; the gate counts the requests. */
  static BackendConfig config(Manager.Builder builder, AtomicInteger gate) {
    return BackendConfig.of(builder.toSettings()).withGate(gate::incrementAndGet);
  }
}
