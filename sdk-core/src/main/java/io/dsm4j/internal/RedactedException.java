package io.dsm4j.internal;

/**
 * Stands in for a cause whose message quoted a secret: the same class name (in the message, as
 * {@link Throwable#toString()} would show it), the message with the secret masked, the same stack
 * trace. dsm4j's own exceptions are copied with their type instead.
 */
public final class RedactedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String originalClass;

  RedactedException(String originalClass, String redactedMessage, Throwable cause) {
    super(redactedMessage, cause);
    this.originalClass = originalClass;
  }

  /**
   * @return the class name of the exception this replaces
   */
  public String originalClass() {
    return originalClass;
  }

  @Override
  public String toString() {
    String m = getMessage();
    return originalClass + (m == null ? "" : ": " + m) + " (redacted by dsm4j)";
  }
}
