package io.dsm4j.tck;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dsm4j.Backend;
import io.dsm4j.Manager;

/**
 * Turns failure scenarios into one backend's wire format on WireMock. A backend's contract test
 * supplies one (see {@link RestWire} and {@link SoapWire}).
 */
public interface WireFixture {
  /**
   * @return the backend it renders for
   */
  Backend backend();

  /**
   * @param builder a builder already pointing at WireMock
   * @return the builder with this backend's (fake) credentials
   */
  Manager.Builder credentials(Manager.Builder builder);

  /**
   * Makes every manager call (but session set-up) fail this way.
   *
   * @param wm the server
   * @param failure the failure
   * @return false when the backend's protocol has no such failure (e.g. SOAP has no 429)
   */
  boolean stubFailure(WireMockServer wm, Failure failure);

  /**
   * @return how many requests reached the failing operation (session calls excluded)
   */
  int failingCalls(WireMockServer wm);

  /**
   * @return the secrets (key, password, session ID) to look for in logs and messages
   */
  java.util.List<String> secrets();

  /**
   * @param request a request to a {@link RawServer}
   * @return the normal answer when it is a session call (sign-in, sign-out), else null
   */
  RawServer.Reply sessionReply(RawServer.RawRequest request);

  /**
   * @return the manager's "not found" answer to {@code policies.get}
   */
  RawServer.Reply notFound();

  /**
   * @param request the request
   * @param status the HTTP status
   * @return an error answer that quotes the whole request (headers and body) back
   */
  RawServer.Reply echo(RawServer.RawRequest request, int status);

  /**
   * @return the content type of this backend's answers
   */
  String contentType();
}
