package io.dsm4j.automation.internal.export;

import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.EventJson;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventQuery;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/** Streams the events of a range to NDJSON, up to a ceiling ID. */
final class EventWriter {
  private final ExportSettings s;

  EventWriter(ExportSettings s) {
    this.s = s;
  }

  /** What was written: the count, the lowest and highest ID, the last line's key. */
  record Stats(long count, long minId, long maxId, String lastKey) {
    Long maxOrNull() {
      return count == 0 ? null : maxId;
    }
  }

  EventQuery query(Instant from, Instant to, Long afterId) {
    EventQuery.Builder b = EventQuery.builder(s.kind(), from, to).computerIds(s.computerIds());
    if (afterId != null) {
      b.afterId(afterId);
    }
    return b.build();
  }

  /** The highest ID present now: a run exports up to it and no further. */
  Long ceiling(Instant from, Instant to, Long afterId) {
    Long max = null;
    try (Stream<Event> events = s.manager().events().stream(query(from, to, afterId))) {
      Iterator<Event> it = events.iterator();
      while (it.hasNext()) {
        long id = it.next().id();
        if (max == null || id > max) {
          max = id;
        }
      }
    }
    return max;
  }

  /**
   * Writes the events of the range with IDs above {@code afterId} and up to {@code ceiling}.
   *
   * @param out the stream (flushed, not closed)
   * @param ceiling the highest ID to write, or null for all
   */
  Stats write(OutputStream out, Instant from, Instant to, Long afterId, Long ceiling) {
    long count = 0;
    long min = Long.MAX_VALUE;
    long max = -1;
    String last = null;
    try (EventJson json = new EventJson(out);
        Stream<Event> events = s.manager().events().stream(query(from, to, afterId))) {
      Iterator<Event> it = events.iterator();
      while (it.hasNext()) {
        Event e = it.next();
        if (ceiling != null && e.id() > ceiling) {
          continue; // arrived during this run: the next run takes it, with the events before it
        }
        json.write(s.kindName(), e);
        count++;
        min = Math.min(min, e.id());
        max = Math.max(max, e.id());
        last = s.kindName() + "-" + e.id();
        if (count == 1 && Checkpoints.watched("export.partial")) {
          json.flush(); // test-only: the crash tests stop here with part of the events on disk
          Checkpoints.reached("export.partial");
        }
        if (count % 10_000 == 0) {
          s.progress().accept(count + " " + s.kindName() + " events exported");
        }
      }
      json.flush();
    }
    return new Stats(count, count == 0 ? -1 : min, max, last);
  }
}
