package io.dsm4j.automation.internal.export;

import io.dsm4j.automation.EventCeiling;
import io.dsm4j.automation.EventCursor;
import io.dsm4j.automation.EventRecord;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.EventJson;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventQuery;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/** Streams the events of a query to NDJSON, up to a ceiling ID (see {@link EventCursor}). */
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

  /** A one-off export's query: [from, to), no cursor. */
  EventQuery oneOff(Instant from, Instant to) {
    return EventQuery.builder(s.kind(), from, to).computerIds(s.computerIds()).build();
  }

  /** A resumable run's query: the cursor's range, up to now, after its ID. */
  EventQuery resumable(EventCursor cursor) {
    return cursor.query(s.kind(), s.clock().instant(), s.computerIds());
  }

  /** The highest ID present now: a run exports up to it and no further. */
  Long ceiling(EventQuery query) {
    EventCeiling ceiling = EventCeiling.unbounded();
    try (Stream<Event> events = s.manager().events().stream(query)) {
      Iterator<Event> it = events.iterator();
      while (it.hasNext()) {
        ceiling.accept(it.next().id());
      }
    }
    return ceiling.ceiling();
  }

  /**
   * Writes the events of the query with IDs up to {@code ceiling}.
   *
   * @param out the stream (flushed, not closed)
   * @param ceiling the highest ID to write, or null for all
   */
  Stats write(OutputStream out, EventQuery query, Long ceiling) {
    long count = 0;
    long min = Long.MAX_VALUE;
    long max = -1;
    String last = null;
    try (EventJson json = new EventJson(out);
        Stream<Event> events = s.manager().events().stream(query)) {
      Iterator<Event> it = events.iterator();
      while (it.hasNext()) {
        Event e = it.next();
        if (ceiling != null && e.id() > ceiling) {
          continue; // arrived during this run: the next run takes it, with the events before it
        }
        json.write(e);
        count++;
        min = Math.min(min, e.id());
        max = Math.max(max, e.id());
        last = EventRecord.key(e);
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
