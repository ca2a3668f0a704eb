package io.dsm4j.spi;

import java.time.Duration;

/**
 * The client-side rate limit of a manager. A backend calls {@link #acquire(Duration)} before every
 * request it sends, so that the limit counts wire requests, not SDK calls.
 */
@FunctionalInterface
public interface RequestGate {
  /** Waits until one more request may be sent. */
  void acquire();

  /**
   * Waits until one more request may be sent, but no longer than {@code maxWait}: a request whose
   * turn would come after the call's deadline is not sent at all.
   *
   * @param maxWait the longest wait
   * @return true when the request may be sent now, false when its turn is further away than {@code
   *     maxWait} (nothing is taken from the limit then)
   */
  default boolean acquire(Duration maxWait) {
    acquire();
    return true;
  }
}
