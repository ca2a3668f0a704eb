package io.dsm4j;

/**
 * Any operation of the manager's Web Service API ({@code /webservice/Manager}), by name, for what
 * dsm4j does not model, through the same connection as every modelled call: TLS and pins, proxy,
 * the session (signed in, renewed, ended on close), one deadline per call, the retry policy, the
 * rate limit and secret masking. SOAP faults are thrown as the same typed exceptions a modelled
 * call throws. Get it with {@code manager.unwrap(SoapAccess.class)} ({@link
 * Capability#SOAP_ACCESS}).
 *
 * <pre>{@code
 * SoapAccess ws = manager.unwrap(SoapAccess.class);
 * String answer = ws.call("hostGetStatus", "<id>42</id>");
 * // <hostGetStatusResponse xmlns="urn:Manager"><hostGetStatusReturn>…</hostGetStatusResponse>
 * }</pre>
 *
 * <p>An operation whose name says it reads ({@code …Retrieve…}, {@code …Get…}, {@code get…}) is
 * retried like every read; any other only when it was refused unprocessed. The values of elements
 * whose name contains {@code password} are masked in every message and log from then on.
 */
public interface SoapAccess {

  /**
   * Calls one operation.
   *
   * @param operation the operation's name, e.g. {@code hostRetrieve} (not a session operation:
   *     {@code authenticate…}, {@code signInAsTenant} and {@code endSession} are dsm4j's)
   * @param payload the request element's children, without {@code sID} (dsm4j adds it), in the
   *     {@code urn:Manager} namespace (the default namespace unless a child says otherwise); may be
   *     empty
   * @return the response element ({@code <operationResponse xmlns="urn:Manager">…}) as XML text
   * @throws IllegalArgumentException for a name that is not an operation name, a payload that is
   *     not well-formed XML or carries an {@code sID}, or a session operation
   * @throws io.dsm4j.exception.DsmException for a fault or failure
   */
  String call(String operation, String payload);

  /**
   * Whether an operation's name says it only reads, and is retried like every read: {@code get…},
   * {@code …Retrieve…} or {@code …Get…} (but not an action such as {@code hostGetEventsNow}).
   *
   * @param operation an operation name
   * @return whether it is a read
   */
  static boolean isRead(String operation) {
    return operation.matches("^get[A-Z].*|.*(Retrieve|Get)([A-Z0-9].*)?$")
        && !operation.endsWith("Now");
  }
}
