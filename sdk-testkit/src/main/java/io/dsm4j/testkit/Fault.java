package io.dsm4j.testkit;

/** Transport-level failures the simulator can inject, for either protocol. */
public enum Fault {
  /** The connection is closed without any response. */
  CONNECTION_RESET,
  /** The request is held for 30 seconds (or until the simulator closes), then dropped. */
  TIMEOUT,
  /**
   * HTTP 500: {@code {"message":"Internal Server Error"}} on REST, a generic {@code
   * soapenv:Server.generalException} fault without a Manager detail element on SOAP.
   */
  HTTP_500,
  /** HTTP 200 with a truncated body (unparsable JSON or XML). */
  MALFORMED_BODY,
  /** HTTP 502 with a {@code text/html} page, as a reverse proxy in front of a DSM sends. */
  HTML_ERROR_PAGE
}
