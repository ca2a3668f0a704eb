package io.dsm4j.exception;

import io.dsm4j.Backend;
import org.jspecify.annotations.Nullable;

/**
 * The change conflicts with the manager's state: REST 409, SOAP {@code
 * ManagerIntegrityConstraintException} (a name clash, an object in use), or a concurrent change
 * dsm4j detected in a read-modify-write.
 */
public class ConflictException extends DsmException {
  private static final long serialVersionUID = 1L;

  /**
   * @param detail what went wrong (no secrets)
   * @param operation the SDK operation
   * @param backend the backend
   * @param httpStatus the HTTP status, or 0
   * @param fault the SOAP fault name, or null
   * @param cause the cause, or null
   */
  public ConflictException(
      String detail,
      String operation,
      Backend backend,
      int httpStatus,
      @Nullable String fault,
      @Nullable Throwable cause) {
    super(detail, operation, backend, httpStatus, fault, cause);
  }
}
