package io.dsm4j.exception;

import io.dsm4j.Backend;

/**
 * The manager's certificate was refused: not trusted, expired, not matching the host name or a
 * pinned fingerprint. Retrying cannot help, so it is never retried; the message says what to do
 * (trust the manager's certificate with {@code TlsOptions}, {@code --trust-cert FILE}; {@code dsm4j
 * trust-cert} fetches it).
 */
public class TlsVerificationException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param detail what went wrong and what to do
   * @param operation the operation
   * @param backend the backend
   * @param cause the TLS error
   */
  public TlsVerificationException(
      String detail, String operation, Backend backend, Throwable cause) {
    super(detail, operation, backend, 0, null, cause);
  }
}
