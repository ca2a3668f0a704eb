package io.dsm4j.automation;

import io.dsm4j.model.Event;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An event as dsm4j exports it: the object of one NDJSON line of {@link EventExporter} (its fields,
 * in this order, are documented there) and the value of a record of the Kafka Connect source
 * connector. The one place that says how an {@link Event} becomes that object: the key {@code
 * KIND-ID}, the kind's export name, empty texts as null, the details sorted by name.
 *
 * @param eventKey {@code KIND-ID}, unique across kinds within one manager or tenant
 * @param kind the kind's name ({@link EventExporter#kindName})
 * @param id the manager's event ID, unique per kind
 * @param time when it happened
 * @param computerId the computer, or null for manager events
 * @param computerName its host name, or null
 * @param ruleId the rule that raised it, or null
 * @param action what was done, e.g. {@code Drop}, or null
 * @param reason the reason or description, or null
 * @param details every other field the manager reports, by name (sorted; empty when none)
 */
public record EventRecord(
    String eventKey,
    String kind,
    long id,
    Instant time,
    Integer computerId,
    String computerName,
    Integer ruleId,
    String action,
    String reason,
    SortedMap<String, String> details) {

  /**
   * Validates and copies the components.
   *
   * @param eventKey {@code KIND-ID}
   * @param kind the kind's name
   * @param id the manager's event ID
   * @param time when it happened
   * @param computerId the computer, or null
   * @param computerName its host name, or null
   * @param ruleId the rule, or null
   * @param action what was done, or null
   * @param reason the reason, or null
   * @param details every other field, by name
   */
  public EventRecord {
    Objects.requireNonNull(eventKey, "eventKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    details =
        Collections.unmodifiableSortedMap(new TreeMap<>(details == null ? Map.of() : details));
  }

  /**
   * @param event an event read from the manager
   * @return it as exported
   */
  public static EventRecord of(Event event) {
    String kind = EventExporter.kindName(event.kind());
    return new EventRecord(
        key(event),
        kind,
        event.id(),
        event.time(),
        event.computerId(),
        emptyToNull(event.computerName()),
        event.ruleId(),
        emptyToNull(event.action()),
        emptyToNull(event.reason()),
        new TreeMap<>(event.details()));
  }

  /**
   * @param event an event
   * @return its {@code eventKey}: {@code KIND-ID}, e.g. {@code ips-1042}
   */
  public static String key(Event event) {
    return EventExporter.kindName(event.kind()) + "-" + event.id();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
