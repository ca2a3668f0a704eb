package io.dsm4j.spi;

import io.dsm4j.model.Event;
import java.util.List;

/**
 * One answer of an event query.
 *
 * @param events the events, in whatever order the manager sent them
 * @param truncated whether the manager left events out
 */
public record EventBatch(List<Event> events, boolean truncated) {
  /**
   * Copies the events.
   *
   * @param events the events, in whatever order the manager sent them
   * @param truncated whether the manager left events out
   */
  public EventBatch {
    events = List.copyOf(events);
  }
}
