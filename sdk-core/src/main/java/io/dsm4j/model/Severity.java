package io.dsm4j.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rule severity. {@link #UNKNOWN} stands for any value a newer manager may add, so that reading a
 * catalog never fails on a new severity.
 */
public enum Severity {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High. */
  HIGH,
  /** Critical. */
  CRITICAL,
  /** A value this version of dsm4j does not know. */
  UNKNOWN;

  /**
   * Parses a manager value ({@code "high"}, {@code "HIGH"}); unknown or absent values give {@link
   * #UNKNOWN} rather than an error.
   *
   * @param value the manager's text, may be null
   * @return the severity, never null
   */
  public static Severity fromWire(@Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /**
   * Parses a user-supplied severity strictly.
   *
   * @param value {@code low}, {@code medium}, {@code high} or {@code critical} (any case)
   * @return the severity
   * @throws IllegalArgumentException for anything else
   */
  public static Severity parse(String value) {
    Severity s = fromWire(value);
    if (s == UNKNOWN) {
      throw new IllegalArgumentException(
          "unknown severity '" + value + "' (expected low, medium, high or critical)");
    }
    return s;
  }
}
