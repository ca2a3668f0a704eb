package io.dsm4j.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/** Checks the drafts share: the same words everywhere. */
final class Drafts {
  private Drafts() {}

  static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static int id(int id, String what) {
    if (id <= 0) {
      throw new IllegalArgumentException(what + " must be a positive ID, got " + id);
    }
    return id;
  }

  static String locale(String locale) {
    Objects.requireNonNull(locale, "locale");
    if (!locale.equals("en-US") && !locale.equals("ja-JP")) {
      throw new IllegalArgumentException("locale must be en-US or ja-JP, not '" + locale + "'");
    }
    return locale;
  }

  static String timeZone(String zone) {
    Objects.requireNonNull(zone, "timeZone");
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone '" + zone + "'", e);
    }
    return zone;
  }
}
