package io.dsm4j.kafka.connect.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/** {@code start.time}: an instant, a date (UTC) or a time back from now, as the CLI's --since. */
final class StartTime {
  private static final Pattern BACK = Pattern.compile("(\\d{1,9})([smhd])");

  private StartTime() {}

  static Instant parse(String name, String value, Clock clock) {
    String v = value == null ? "" : value.trim();
    Matcher m = BACK.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration back =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      return clock.instant().minus(back);
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException notInstant) {
      try {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw new ConfigException(
            name,
            value,
            "expected an ISO-8601 instant (2026-01-01T00:00:00Z), a date (2026-01-01) or a time"
                + " back from now (30m, 24h, 7d)");
      }
    }
  }
}
