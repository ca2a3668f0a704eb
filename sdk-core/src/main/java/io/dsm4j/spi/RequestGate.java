package io.dsm4j.spi;

/**
 * The client-side rate limit of a manager. A backend calls {@link #acquire()} before every request
 * it sends, so that the limit counts wire requests, not SDK calls.
 */
@FunctionalInterface
public interface RequestGate {
  /** Waits until one more request may be sent. */
  void acquire();
}
