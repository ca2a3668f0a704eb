package io.dsm4j.model;

import java.util.Locale;
import java.util.Optional;

/** The events an event-based task reacts to (the REST API's {@code EventBasedTask.type}). */
public enum EventBasedTaskType {
  /** The manager created a computer (e.g. a cloud connector found a new instance). */
  COMPUTER_CREATED_BY_SYSTEM,
  /** The manager moved a computer (e.g. to another cloud folder). */
  COMPUTER_MOVED_BY_SYSTEM,
  /** An agent activated itself (agent-initiated activation). */
  AGENT_INITIATED_ACTIVATION,
  /** An agent's IP address changed. */
  AGENT_IP_CHANGED,
  /** NSX protection changed. */
  NSX_PROTECTION_CHANGED,
  /** The manager saw a computer powered on. */
  COMPUTER_POWERED_ON_BY_SYSTEM;

  /**
   * @return the REST spelling, e.g. {@code agent-initiated-activation}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param wire a REST spelling such as {@code agent-initiated-activation}
   * @return the type, or empty for one this version of dsm4j does not know
   */
  public static Optional<EventBasedTaskType> fromWire(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    String n = wire.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (EventBasedTaskType t : values()) {
      if (t.name().equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
