package io.dsm4j;

import io.dsm4j.exception.DsmException;
import java.time.Duration;

/**
 * Told before every retry, so that a long wait is never silent (the command line prints {@code
 * retrying in 2s (2/5): …}). Called on the thread making the call; it must return quickly and must
 * not throw. The failure's message is already free of secrets.
 */
@FunctionalInterface
public interface RetryListener {

  /**
   * A failed attempt is about to be retried.
   *
   * @param operation the SDK operation, e.g. {@code policies.list}
   * @param attempt the attempt that failed, from 1
   * @param maxAttempts the most attempts the retry policy allows
   * @param wait how long dsm4j waits before the next attempt
   * @param failure why the attempt failed
   */
  void retrying(
      String operation, int attempt, int maxAttempts, Duration wait, DsmException failure);

  /**
   * @return a listener that does nothing
   */
  static RetryListener none() {
    return (operation, attempt, maxAttempts, wait, failure) -> {};
  }
}
