package io.dsm4j;

import java.time.Duration;
import java.util.Objects;

/**
 * When to retry. Calls the manager rejected for its rate limit (REST 429, not processed) are
 * retried whatever they do; connection failures and server errors (5xx) only for reads. Between
 * attempts dsm4j waits an exponentially growing, jittered backoff.
 *
 * @param maxAttempts the attempts in all (1 = no retry)
 * @param initialBackoff the first wait
 * @param maxBackoff the longest wait
 */
public record RetryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  /**
   * Validates the components.
   *
   * @param maxAttempts the attempts in all (1 = no retry)
   * @param initialBackoff the first wait
   * @param maxBackoff the longest wait
   */
  public RetryOptions {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoffs must satisfy 0 <= initial <= max");
    }
  }

  /**
   * @return 5 attempts, 250 ms first backoff, at most 10 s
   */
  public static RetryOptions defaults() {
    return new RetryOptions(5, Duration.ofMillis(250), Duration.ofSeconds(10));
  }

  /**
   * @return no retries
   */
  public static RetryOptions none() {
    return new RetryOptions(1, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The wait before attempt {@code attempt + 1}: full jitter over an exponential ceiling.
   *
   * @param attempt the attempt that failed, from 1
   * @param random a number in [0, 1)
   * @return the wait
   */
  public Duration backoff(int attempt, double random) {
    long base = initialBackoff.toMillis();
    long ceiling = Math.min(maxBackoff.toMillis(), base << Math.min(attempt - 1, 20));
    return Duration.ofMillis(ceiling / 2 + (long) (random * (ceiling - ceiling / 2)));
  }
}
