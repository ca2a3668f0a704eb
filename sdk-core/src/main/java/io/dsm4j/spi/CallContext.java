package io.dsm4j.spi;

import io.dsm4j.Backend;
import io.dsm4j.exception.DsmTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of the SDK call the current thread is making. The core opens one per call (per page
 * for a listing) before the first attempt, so retries and backoff spend from the same budget; a
 * backend bounds every wire exchange it makes with {@link #remaining()} (the whole exchange, not
 * each read) and must not start a request once the deadline has passed.
 *
 * <p>SPI: for backend implementors. Outside a call (a backend used directly, in its own tests)
 * there is no context and {@link #current()} is empty.
 */
public final class CallContext {
  private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

  private final String operation;
  private final long deadlineNanos;
  private final Duration budget;
  private final boolean bulk;

  private CallContext(String operation, Duration budget, boolean bulk) {
    this.operation = operation;
    this.budget = budget;
    this.bulk = bulk;
    this.deadlineNanos = System.nanoTime() + budget.toNanos();
  }

  /**
   * Opens a context.
   *
   * @param operation the SDK operation, e.g. {@code policies.list}
   * @param budget the time the whole call may take, retries included
   * @param bulk whether the call may return a whole catalog
   * @return the context
   */
  public static CallContext open(String operation, Duration budget, boolean bulk) {
    return new CallContext(operation, budget, bulk);
  }

  /**
   * @return the context of the call the current thread is making, if any
   */
  public static Optional<CallContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Runs {@code fn} with this context as the current one (restoring the previous one afterwards).
   *
   * @param fn the work
   * @param <T> the result type
   * @return its result
   */
  public <T> T run(Supplier<T> fn) {
    CallContext previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return fn.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * @return the SDK operation
   */
  public String operation() {
    return operation;
  }

  /**
   * @return whether the call may return a whole catalog (larger size limits apply)
   */
  public boolean bulk() {
    return bulk;
  }

  /**
   * @return the whole budget the call was given
   */
  public Duration budget() {
    return budget;
  }

  /**
   * @return the time left, zero or negative once the deadline has passed
   */
  public Duration remaining() {
    return Duration.ofNanos(deadlineNanos - System.nanoTime());
  }

  /**
   * @return whether the deadline has passed
   */
  public boolean expired() {
    return deadlineNanos - System.nanoTime() <= 0;
  }

  /**
   * The time left, for a wire exchange: at least one millisecond.
   *
   * @return the milliseconds left, at least 1
   */
  public long remainingMillis() {
    return Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
  }

  /**
   * The error of a call that ran out of time.
   *
   * @param wireOperation the wire operation in progress, or null
   * @param backend the backend, or null
   * @param cause the cause, or null
   * @return the exception
   */
  public DsmTimeoutException timeout(
      @Nullable String wireOperation, @Nullable Backend backend, @Nullable Throwable cause) {
    return new DsmTimeoutException(
        "no answer within the call's deadline of " + human(budget),
        wireOperation,
        backend,
        0,
        null,
        cause);
  }

  /**
   * @param d a duration
   * @return it in words, e.g. {@code 2s}, {@code 1500ms}, {@code 10m}
   */
  public static String human(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms >= 60_000) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0 && ms > 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  @Override
  public String toString() {
    return "CallContext[" + operation + ", remaining=" + remaining().toMillis() + "ms]";
  }
}
