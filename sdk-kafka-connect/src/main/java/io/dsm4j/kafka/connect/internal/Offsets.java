package io.dsm4j.kafka.connect.internal;

import io.dsm4j.automation.EventCursor;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Source offsets: the export cursor of one stream, {@code {"rangeStart": ISO-8601, "lastId": N}}
 * ({@code lastId} absent before the first run is delivered) — what {@code events export --state}
 * keeps per kind.
 */
public final class Offsets {
  static final String RANGE_START = "rangeStart";
  static final String LAST_ID = "lastId";

  private Offsets() {}

  /**
   * Checks an offset given to {@code alterOffsets}.
   *
   * @param offset the offset
   * @throws IllegalArgumentException when it is not one of this connector's
   */
  public static void check(Map<String, ?> offset) {
    cursor(new HashMap<>(offset));
  }

  static Map<String, Object> of(EventCursor c) {
    Map<String, Object> m = new HashMap<>();
    m.put(RANGE_START, c.rangeStart().toString());
    if (c.lastId() != null) {
      m.put(LAST_ID, c.lastId());
    }
    return m;
  }

  /**
   * @return the cursor an offset holds, or null when there is none
   * @throws IllegalArgumentException for an offset that is not one (e.g. altered by hand)
   */
  static EventCursor cursor(Map<String, Object> offset) {
    if (offset == null) {
      return null;
    }
    Object start = offset.get(RANGE_START);
    Object id = offset.get(LAST_ID);
    try {
      if (!(start instanceof String s) || !(id == null || id instanceof Number)) {
        throw new IllegalArgumentException("expected rangeStart (ISO-8601) and lastId (a number)");
      }
      return new EventCursor(Instant.parse(s), id == null ? null : ((Number) id).longValue());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("rangeStart is not an ISO-8601 instant", e);
    }
  }
}
