package io.dsm4j.exception;

import io.dsm4j.Backend;
import org.jspecify.annotations.Nullable;

/**
 * dsm4j refused the manager's answer as it is, so retrying cannot help: a redirect (dsm4j never
 * follows one, so credentials never go to another address; the message names the {@code Location}),
 * an answer over the size limit ({@code Manager.Builder.maxResponseBytes}), or JSON with duplicate
 * keys. Never retried.
 */
public class ResponseRejectedException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param detail what was refused
   * @param operation the operation
   * @param backend the backend
   * @param httpStatus the HTTP status, or 0
   * @param cause the cause, or null
   */
  public ResponseRejectedException(
      String detail, String operation, Backend backend, int httpStatus, @Nullable Throwable cause) {
    super(detail, operation, backend, httpStatus, null, cause);
  }
}
