package io.dsm4j.kafka.connect.internal;

import io.dsm4j.Manager;
import io.dsm4j.automation.EventCeiling;
import io.dsm4j.automation.EventCursor;
import io.dsm4j.automation.EventRecord;
import io.dsm4j.model.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * One stream's runs (see {@link EventCursor}): count the events above the cursor to fix the run's
 * ceiling, then deliver those up to it. A run may span many polls: the open reads are kept between
 * them. Every record but a run's last carries the cursor before the run as its source offset; the
 * run's last carries the cursor after it, so Connect's committed offset only moves once a whole run
 * is delivered (a task stopped mid-run repeats that run, with the same keys). Not thread-safe: only
 * the task's poll thread uses it.
 */
final class EventStream {
  private enum Phase {
    IDLE,
    COUNTING,
    DELIVERING
  }

  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  private final StreamId id;
  private final EventRecords records;
  private final Clock clock;
  private final Duration pollInterval;
  private final Duration backoffMax;
  private final int runMaxEvents;

  private EventCursor cursor;
  private Phase phase = Phase.IDLE;
  private Instant readyAt = Instant.MIN;
  private int failures;
  private Stream<Event> open;
  private Iterator<Event> it;
  private EventCeiling ceiling;
  private long runCeiling;
  private EventRecord held;

  EventStream(
      StreamId id, EventRecords records, EventCursor cursor, SourceConfig config, Clock clock) {
    this.id = id;
    this.records = records;
    this.cursor = cursor;
    this.clock = clock;
    this.pollInterval = config.pollInterval();
    this.backoffMax = config.backoffMax();
    this.runMaxEvents = config.runMaxEvents();
  }

  StreamId id() {
    return id;
  }

  /** The position delivered to Connect so far (in memory; Connect commits it later). */
  EventCursor cursor() {
    return cursor;
  }

  /** When the stream has work: now during a run, else after the poll interval or a backoff. */
  Instant readyAt() {
    return phase == Phase.IDLE ? readyAt : Instant.MIN;
  }

  /**
   * Works on the stream until its run ends, {@code out} holds {@code maxRecords} or the deadline
   * ({@link System#nanoTime()}) passes. A failure of the manager's ends the run (the next one
   * starts again from the cursor) and is thrown for the caller to classify.
   *
   * @return whether the run ended (the stream is idle)
   */
  boolean work(Manager manager, List<SourceRecord> out, int maxRecords, long deadlineNanos) {
    try {
      if (phase == Phase.IDLE) {
        begin(manager);
      }
      if (phase == Phase.COUNTING && count(deadlineNanos)) {
        deliverFrom(manager);
      }
      if (phase == Phase.DELIVERING) {
        deliver(out, maxRecords, deadlineNanos);
      }
      return phase == Phase.IDLE;
    } catch (RuntimeException e) {
      abandonRun();
      throw e;
    }
  }

  /** After a transient failure: wait (doubling from 1 s up to the longest backoff). */
  Duration backOff() {
    failures++;
    long factor = 1L << Math.min(failures - 1, 20);
    Duration wait = FIRST_BACKOFF.multipliedBy(factor);
    if (wait.compareTo(backoffMax) > 0) {
      wait = backoffMax;
    }
    readyAt = clock.instant().plus(wait);
    return wait;
  }

  /** Ends a run under way without moving the cursor (stop, failure). */
  void abandonRun() {
    closeRead();
    held = null;
    ceiling = null;
    phase = Phase.IDLE;
  }

  private void begin(Manager manager) {
    ceiling = EventCeiling.atMost(runMaxEvents);
    openRead(manager);
    phase = Phase.COUNTING;
  }

  /**
   * @return whether the count is complete
   */
  private boolean count(long deadlineNanos) {
    while (it.hasNext()) {
      ceiling.accept(it.next().id());
      if (System.nanoTime() - deadlineNanos >= 0) {
        return false;
      }
    }
    closeRead();
    return true;
  }

  private void deliverFrom(Manager manager) {
    Long c = ceiling.ceiling();
    if (c == null) {
      endRun(false); // nothing new
      return;
    }
    runCeiling = c;
    openRead(manager);
    phase = Phase.DELIVERING;
  }

  private void deliver(List<SourceRecord> out, int maxRecords, long deadlineNanos) {
    while (out.size() < maxRecords && System.nanoTime() - deadlineNanos < 0) {
      if (!it.hasNext()) {
        // The run is whole: its last record carries the cursor after it. (With none left to
        // carry it, e.g. events pruned by the manager meanwhile, it moves in memory only.)
        cursor = cursor.after(runCeiling);
        if (held != null) {
          out.add(records.record(held, Offsets.of(cursor)));
          held = null;
        }
        endRun(ceiling.capped());
        return;
      }
      Event e = it.next();
      if (e.id() > runCeiling) {
        continue; // arrived during this run: the next run takes it, with the events before it
      }
      if (held != null) {
        out.add(records.record(held, Offsets.of(cursor)));
      }
      held = EventRecord.of(e);
    }
  }

  private void endRun(boolean moreWaiting) {
    closeRead();
    ceiling = null;
    failures = 0;
    phase = Phase.IDLE;
    readyAt = moreWaiting ? Instant.MIN : clock.instant().plus(pollInterval);
  }

  private void openRead(Manager manager) {
    closeRead();
    open = manager.events().stream(cursor.query(id.kind(), clock.instant(), List.of()));
    it = open.iterator();
  }

  private void closeRead() {
    if (open != null) {
      Stream<Event> s = open;
      open = null;
      it = null;
      s.close();
    }
  }
}
