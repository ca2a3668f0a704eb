package io.dsm4j.tck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.dsm4j.Backend;
import io.dsm4j.Manager;

/**
 * SOAP failures shaped like Apache Axis 1.4's (the manager's SOAP stack): HTTP 500, {@code
 * soapenv:Fault}, the WSDL's fault element and the exception class name in the detail.
 */
public final class SoapWire implements WireFixture {
  /** The fake password; the contract suite checks it never shows up anywhere. */
  public static final String PASSWORD = "SOAPSECRET-pw-4d2a-never-log-me";

  /** The session ID the fake manager hands out. */
  public static final String SESSION_ID = "SIDSECRET-0b7e44c1-never-log-me";

  static final String ENV_OPEN =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><soapenv:Envelope"
          + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>";
  static final String ENV_CLOSE = "</soapenv:Body></soapenv:Envelope>";

  @Override
  public Backend backend() {
    return Backend.SOAP;
  }

  @Override
  public Manager.Builder credentials(Manager.Builder builder) {
    return builder.username("apiuser").password(PASSWORD).backend(Backend.SOAP);
  }

  /**
   * Stubs authenticate (answering {@link #SESSION_ID}) and endSession.
   *
   * @param wm the server
   */
  public static void stubSession(WireMockServer wm) {
    wm.stubFor(
        post(urlEqualTo("/webservice/Manager"))
            .atPriority(1)
            .withRequestBody(matching("(?s).*<([A-Za-z0-9]+:)?authenticate[ >].*"))
            .willReturn(
                ok(
                    "<authenticateResponse xmlns=\"urn:Manager\"><authenticateReturn>"
                        + SESSION_ID
                        + "</authenticateReturn></authenticateResponse>")));
    wm.stubFor(
        post(urlEqualTo("/webservice/Manager"))
            .atPriority(1)
            .withRequestBody(containing("endSession"))
            .willReturn(ok("<endSessionResponse xmlns=\"urn:Manager\"/>")));
  }

  static ResponseDefinitionBuilder ok(String payload) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/xml; charset=utf-8")
        .withBody(ENV_OPEN + payload + ENV_CLOSE);
  }

  /**
   * @param element the WSDL fault element (fault, fault1 … fault9)
   * @param exception the exception's simple class name
   * @param text the fault string
   * @return an Axis-style fault
   */
  public static ResponseDefinitionBuilder fault(String element, String exception, String text) {
    return aResponse()
        .withStatus(500)
        .withHeader("Content-Type", "text/xml; charset=utf-8")
        .withBody(
            ENV_OPEN
                + "<soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>"
                + text
                + "</faultstring><detail><ns1:"
                + element
                + " xmlns:ns1=\"urn:Manager\"/><ns2:exceptionName"
                + " xmlns:ns2=\"http://xml.apache.org/axis/\">com.thirdbrigade.manager.webservice.exceptions."
                + exception
                + "</ns2:exceptionName></detail></soapenv:Fault>"
                + ENV_CLOSE);
  }

  @Override
  public boolean stubFailure(WireMockServer wm, Failure failure) {
    if (failure == Failure.THROTTLED) {
      return false;
    }
    stubSession(wm);
    ResponseDefinitionBuilder r =
        switch (failure) {
          case UNAUTHENTICATED ->
              fault("fault2", "ManagerAuthenticationException", "Authentication failed");
          case FORBIDDEN ->
              fault("fault8", "ManagerAuthorizationException", "Not authorized for this action");
          case NOT_FOUND -> fault("fault", "ManagerException", "Security Profile does not exist");
          case CONFLICT ->
              fault("fault9", "ManagerIntegrityConstraintException", "Security Profile is in use");
          case INVALID -> fault("fault7", "ManagerValidationException", "Invalid name");
          case SERVER_ERROR -> fault("fault", "ManagerException", "Internal error");
          case HTML_PAGE ->
              aResponse()
                  .withStatus(502)
                  .withHeader("Content-Type", "text/html")
                  .withBody(
                      "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
          case MALFORMED_BODY ->
              aResponse()
                  .withStatus(200)
                  .withHeader("Content-Type", "text/xml; charset=utf-8")
                  .withBody(
                      ENV_OPEN + "<securityProfileRetrieveResponse xmlns=\"urn:Manager\"><secur");
          case TIMEOUT ->
              ok("<getManagerTimeResponse xmlns=\"urn:Manager\"/>").withFixedDelay(3_000);
          case THROTTLED -> throw new AssertionError("unreachable");
        };
    wm.stubFor(post(urlEqualTo("/webservice/Manager")).atPriority(5).willReturn(r));
    return true;
  }

  @Override
  public int failingCalls(WireMockServer wm) {
    return (int)
        wm.findAll(postRequestedFor(urlEqualTo("/webservice/Manager"))).stream()
            .map(r -> r.getBodyAsString())
            .filter(b -> !b.matches("(?s).*<([A-Za-z0-9]+:)?(authenticate|endSession)[ >/].*"))
            .count();
  }

  @Override
  public java.util.List<String> secrets() {
    return java.util.List.of(PASSWORD, SESSION_ID);
  }

  private static final java.util.regex.Pattern SESSION_CALL =
      java.util.regex.Pattern.compile("(?s).*<([A-Za-z0-9]+:)?(authenticate|endSession)[ >/].*");

  @Override
  public RawServer.Reply sessionReply(RawServer.RawRequest request) {
    if (!SESSION_CALL.matcher(request.body()).matches()) {
      return null;
    }
    String payload =
        request.body().contains("endSession")
            ? "<endSessionResponse xmlns=\"urn:Manager\"/>"
            : "<authenticateResponse xmlns=\"urn:Manager\"><authenticateReturn>"
                + SESSION_ID
                + "</authenticateReturn></authenticateResponse>";
    return RawServer.Reply.of(200, contentType(), ENV_OPEN + payload + ENV_CLOSE);
  }

  @Override
  public RawServer.Reply notFound() {
    return RawServer.Reply.of(
        500,
        contentType(),
        faultXml("fault", "ManagerException", "Security Profile does not exist"));
  }

  @Override
  public RawServer.Reply echo(RawServer.RawRequest request, int status) {
    String quoted = request.all().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return RawServer.Reply.of(
        500, contentType(), faultXml("fault7", "ManagerValidationException", "bad: " + quoted));
  }

  @Override
  public String contentType() {
    return "text/xml; charset=utf-8";
  }

  private static String faultXml(String element, String exception, String text) {
    return ENV_OPEN
        + "<soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>"
        + text
        + "</faultstring><detail><ns1:"
        + element
        + " xmlns:ns1=\"urn:Manager\"/><ns2:exceptionName"
        + " xmlns:ns2=\"http://xml.apache.org/axis/\">com.thirdbrigade.manager.webservice.exceptions."
        + exception
        + "</ns2:exceptionName></detail></soapenv:Fault>"
        + ENV_CLOSE;
  }
}
