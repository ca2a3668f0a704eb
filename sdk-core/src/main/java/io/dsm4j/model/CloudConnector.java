package io.dsm4j.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A cloud connector: an account, subscription, project or vCenter the manager synchronises
 * computers from. Secrets (keys, passwords) are never returned by the manager.
 *
 * @param id the manager's ID (unique per type)
 * @param type the kind of connector
 * @param name the display name
 * @param lastSynced when it was last synchronised successfully, or null
 * @param extra every other field the manager sent (e.g. {@code accountId}, {@code subscriptionID},
 *     {@code clientEmail}, {@code vCenter})
 */
public record CloudConnector(
    int id, ConnectorType type, String name, @Nullable Instant lastSynced, Fields extra) {
  /**
   * Copies the components.
   *
   * @param id the manager's ID
   * @param type the kind of connector
   * @param name the display name
   * @param lastSynced when it was last synchronised, or null
   * @param extra every other field the manager sent
   */
  public CloudConnector {
    java.util.Objects.requireNonNull(type, "type");
    name = name == null ? "" : name;
    extra = extra == null ? Fields.empty() : extra;
  }
}
