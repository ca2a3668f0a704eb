package io.dsm4j.tck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.dsm4j.Backend;
import io.dsm4j.Manager;

/** REST failures as the manager sends them: a status and {@code {"message": …}}. */
public final class RestWire implements WireFixture {
  /** The fake API key; the contract suite checks it never shows up anywhere. */
  public static final String API_KEY = "2:RESTSECRET-9c1f0e7d-never-log-me";

  @Override
  public Backend backend() {
    return Backend.REST;
  }

  @Override
  public Manager.Builder credentials(Manager.Builder builder) {
    return builder.apiKey(API_KEY).backend(Backend.REST);
  }

  @Override
  public boolean stubFailure(WireMockServer wm, Failure failure) {
    wm.stubFor(any(urlPathMatching("/api/.*")).willReturn(response(failure)));
    return true;
  }

  static ResponseDefinitionBuilder json(int status, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"" + message + "\"}");
  }

  static ResponseDefinitionBuilder response(Failure failure) {
    return switch (failure) {
      case UNAUTHENTICATED -> json(401, "Invalid API key.");
      case FORBIDDEN -> json(403, "Not authorized to view policies.");
      case NOT_FOUND -> json(404, "The policy does not exist.");
      case CONFLICT -> json(409, "The policy is in use.");
      case INVALID -> json(400, "Invalid parameter: name.");
      case THROTTLED -> json(429, "Too many API requests");
      case SERVER_ERROR -> json(500, "Internal error.");
      case HTML_PAGE ->
          aResponse()
              .withStatus(502)
              .withHeader("Content-Type", "text/html")
              .withBody(
                  "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
      case MALFORMED_BODY ->
          aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "application/json")
              .withBody("{\"ID\": 7, \"name\": \"Base Pol");
      case TIMEOUT ->
          aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "application/json")
              .withBody("{}")
              .withFixedDelay(3_000);
    };
  }

  @Override
  public int failingCalls(WireMockServer wm) {
    return wm.findAll(anyRequestedFor(urlPathMatching("/api/.*"))).size();
  }

  @Override
  public java.util.List<String> secrets() {
    return java.util.List.of(API_KEY);
  }

  @Override
  public RawServer.Reply sessionReply(RawServer.RawRequest request) {
    return null; // an API key needs no session
  }

  @Override
  public RawServer.Reply notFound() {
    return RawServer.Reply.of(404, contentType(), "{\"message\":\"The policy does not exist.\"}");
  }

  @Override
  public RawServer.Reply echo(RawServer.RawRequest request, int status) {
    String quoted =
        request
            .all()
            .replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\r", "\\r")
            .replace("\n", "\\n");
    return RawServer.Reply.of(
        status, contentType(), "{\"message\":\"bad request: " + quoted + "\"}");
  }

  @Override
  public String contentType() {
    return "application/json";
  }
}
