package io.dsm4j.exception;

import io.dsm4j.Backend;
import org.jspecify.annotations.Nullable;

/** The object does not exist: REST 404, SOAP "not found" faults or an empty by-name answer. */
public class NotFoundException extends DsmException {
  private static final long serialVersionUID = 1L;

  /**
   * @param detail what went wrong (no secrets)
   * @param operation the SDK operation
   * @param backend the backend
   * @param httpStatus the HTTP status, or 0
   * @param fault the SOAP fault name, or null
   * @param cause the cause, or null
   */
  public NotFoundException(
      String detail,
      String operation,
      Backend backend,
      int httpStatus,
      @Nullable String fault,
      @Nullable Throwable cause) {
    super(detail, operation, backend, httpStatus, fault, cause);
  }
}
