package io.dsm4j.exception;

import io.dsm4j.Backend;
import org.jspecify.annotations.Nullable;

/**
 * The backend in use cannot do this at all (for example security updates or events through REST),
 * or cannot answer this query for this rule kind. Raised before any network call; check {@link
 * io.dsm4j.Manager#capabilities()} to avoid it.
 */
public class UnsupportedCapabilityException extends DsmException {
  private static final long serialVersionUID = 1L;

  /**
   * @param detail which capability is missing and how to get it
   * @param operation the SDK operation
   * @param backend the backend that lacks it, or null in automatic mode when none has it
   */
  public UnsupportedCapabilityException(
      String detail, String operation, @Nullable Backend backend) {
    super(detail, operation, backend, 0, null, null);
  }
}
