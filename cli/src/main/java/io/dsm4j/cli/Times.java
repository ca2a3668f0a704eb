package io.dsm4j.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations ({@code 30m}, {@code 24h}, {@code 7d}, ISO-8601) and times (a duration ago, or ISO).
 * They are the user's input: what does not parse is a usage error.
 */
final class Times {
  private static final Pattern SHORT = Pattern.compile("(\\d+)([smhd])");

  private Times() {}

  static Duration duration(String text) {
    String t = text.trim();
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new Dsm4j.UsageException(
          "'" + text + "' is not a duration (use 30m, 24h, 7d or ISO-8601 like PT30M)");
    }
  }

  /** A point in time: a duration means that long ago; otherwise an ISO instant or date (UTC). */
  static Instant time(String text, Instant now) {
    String t = text.trim();
    if (SHORT.matcher(t).matches() || t.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
      return now.minus(duration(t));
    }
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw new Dsm4j.UsageException(
            "'" + text + "' is not a time (use 24h, 7d, 2026-01-31 or 2026-01-31T12:00:00Z)");
      }
    }
  }
}
