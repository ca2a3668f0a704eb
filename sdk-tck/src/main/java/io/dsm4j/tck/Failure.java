package io.dsm4j.tck;

/** Wire-level failures every backend must map to the same exception type. */
public enum Failure {
  /** REST 401 / SOAP ManagerAuthenticationException. */
  UNAUTHENTICATED,
  /** REST 403 / SOAP ManagerAuthorizationException. */
  FORBIDDEN,
  /** REST 404 / SOAP fault saying the object does not exist. */
  NOT_FOUND,
  /** REST 409 / SOAP ManagerIntegrityConstraintException. */
  CONFLICT,
  /** REST 400 / SOAP ManagerValidationException. */
  INVALID,
  /** REST 429 (SOAP has no rate limit). */
  THROTTLED,
  /** REST 500 / SOAP ManagerException. */
  SERVER_ERROR,
  /** A proxy's HTML error page (502). */
  HTML_PAGE,
  /** HTTP 200 with a truncated body. */
  MALFORMED_BODY,
  /** No answer within the read timeout. */
  TIMEOUT
}
