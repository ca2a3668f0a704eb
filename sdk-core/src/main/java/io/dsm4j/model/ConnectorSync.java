package io.dsm4j.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A synchronisation the manager accepted for a cloud connector (a connector action).
 *
 * @param actionId the action's ID
 * @param type the connector's type
 * @param connectorId the connector's ID
 * @param status the manager's status: {@code SUBMITTED}, {@code RUNNING}, {@code SUCCESS} or {@code
 *     FAILED}, empty when it did not say
 * @param submitted when it was submitted, or null
 */
public record ConnectorSync(
    int actionId, ConnectorType type, int connectorId, String status, @Nullable Instant submitted) {
  /**
   * Copies the components.
   *
   * @param actionId the action's ID
   * @param type the connector's type
   * @param connectorId the connector's ID
   * @param status the manager's status, empty when unknown
   * @param submitted when it was submitted, or null
   */
  public ConnectorSync {
    java.util.Objects.requireNonNull(type, "type");
    status = status == null ? "" : status;
  }
}
