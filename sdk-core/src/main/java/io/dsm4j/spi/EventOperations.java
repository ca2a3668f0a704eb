package io.dsm4j.spi;

import io.dsm4j.model.EventKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Event retrieval (capability {@code EVENTS}; SOAP only). The manager caps each answer and only
 * says "truncated": the core splits a truncated window and de-duplicates, so a backend answers
 * exactly one query per call.
 *
 * <p>SPI: for backend implementors.
 */
public interface EventOperations {

  /**
   * One event query.
   *
   * @param kind the kind
   * @param from start, inclusive
   * @param to end, exclusive
   * @param computerId one computer, or null for all
   * @param afterId only events with a greater ID, or null
   * @return the answer
   */
  EventBatch fetch(
      EventKind kind,
      Instant from,
      Instant to,
      @Nullable Integer computerId,
      @Nullable Long afterId);
}
