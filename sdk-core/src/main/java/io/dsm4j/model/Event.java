package io.dsm4j.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A security or system event. The common fields are typed; everything else the manager reports is
 * in {@link #details()} under the manager's own field names.
 *
 * @param kind the kind
 * @param id the event's ID (unique per kind)
 * @param time when it happened (UTC)
 * @param computerId the computer, or null for manager events
 * @param computerName the computer's host name, empty when none
 * @param ruleId the rule that raised it, or null
 * @param action what was done (e.g. "Drop", "Log"), empty when none
 * @param reason the reason or description, empty when none
 * @param details other fields, never null
 */
public record Event(
    EventKind kind,
    long id,
    Instant time,
    @Nullable Integer computerId,
    String computerName,
    @Nullable Integer ruleId,
    String action,
    String reason,
    Map<String, String> details) {

  /**
   * Validates and copies the components.
   *
   * @param kind the kind
   * @param id the event's ID (unique per kind)
   * @param time when it happened (UTC)
   * @param computerId the computer, or null for manager events
   * @param computerName the computer's host name, empty when none
   * @param ruleId the rule that raised it, or null
   * @param action what was done (e.g. "Drop", "Log"), empty when none
   * @param reason the reason or description, empty when none
   * @param details other fields, never null
   */
  public Event {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    computerName = computerName == null ? "" : computerName;
    action = action == null ? "" : action;
    reason = reason == null ? "" : reason;
    details = Map.copyOf(details == null ? Map.of() : details);
  }
}
