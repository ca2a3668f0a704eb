package io.dsm4j.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A current alert on the manager (SOAP {@code alertStatusRetrieve}): one per alert type that is
 * raised.
 *
 * @param type the alert type, e.g. {@code Computer Offline}
 * @param severity the severity as the manager words it, e.g. {@code Critical} or {@code Warning};
 *     empty when not given
 * @param severityLevel the manager's numeric severity, or null when not given
 * @param raised when it was raised, or null when not given
 */
public record Alert(
    String type, String severity, @Nullable Integer severityLevel, @Nullable Instant raised) {
  /**
   * Normalizes the components.
   *
   * @param type the alert type
   * @param severity the severity text, empty when not given
   * @param severityLevel the numeric severity, or null
   * @param raised when it was raised, or null
   */
  public Alert {
    type = Objects.requireNonNullElse(type, "");
    severity = Objects.requireNonNullElse(severity, "");
  }
}
