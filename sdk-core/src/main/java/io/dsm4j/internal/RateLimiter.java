package io.dsm4j.internal;

import io.dsm4j.exception.ConnectionException;
import io.dsm4j.spi.RequestGate;

/**
 * A token bucket: up to {@code perMinute} requests a minute, refilled continuously, with a burst of
 * at most a tenth of a minute's worth so a bulk job cannot exhaust the manager's window at once.
 */
final class RateLimiter implements RequestGate {
  private final double perNano;
  private final double capacity;
  private double tokens;
  private long last;

  RateLimiter(int perMinute) {
    this.perNano = perMinute / 60e9;
    this.capacity = Math.max(1, perMinute / 10.0);
    this.tokens = capacity;
    this.last = System.nanoTime();
  }

  @Override
  public void acquire() {
    acquire(null);
  }

  @Override
  public boolean acquire(java.time.Duration maxWait) {
    long waitNanos;
    synchronized (this) {
      long now = System.nanoTime();
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
      tokens -= 1;
      waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perNano);
      if (maxWait != null && waitNanos > maxWait.toNanos()) {
        tokens += 1; // not sent: give the turn back
        return false;
      }
    }
    if (waitNanos > 0) {
      try {
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(
            "interrupted while waiting for the rate limit", "rate-limit", null, 0, null, e);
      }
    }
    return true;
  }
}
