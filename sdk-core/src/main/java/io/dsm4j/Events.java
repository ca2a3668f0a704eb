package io.dsm4j;

import io.dsm4j.model.Event;
import io.dsm4j.model.EventQuery;
import java.util.stream.Stream;

/**
 * Security and system events. SOAP only.
 *
 * <p>The manager caps each answer and only says whether it was truncated. dsm4j splits a truncated
 * time window in halves and asks again until no part is truncated, and drops duplicates by event
 * ID, so every event in the range is returned exactly once whatever order the manager answers in.
 * Several computers mean one query each.
 */
public interface Events {
  /**
   * Streams the events of a query, window by window, oldest window first; within a window ordered
   * by time, then ID. Lazy: windows are fetched as the stream is consumed, so memory does not grow
   * with the number of events.
   *
   * @param query what to read
   * @return the events
   */
  Stream<Event> stream(EventQuery query);
}
