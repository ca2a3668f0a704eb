package io.dsm4j.kafka.connect.internal;

import io.dsm4j.Manager;
import io.dsm4j.automation.EventCursor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's work: its streams, worked round-robin within one bounded {@link #poll()} while holding
 * one of the manager's permits ({@link ManagerPermits}). Transient failures back a stream off;
 * credentials, rights and TLS trust failures stop the task with a clear message ({@link Failures}).
 */
public final class StreamPoller implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamPoller.class);

  private final SourceConfig config;
  private final Clock clock;
  private final List<EventStream> streams = new ArrayList<>();
  private final TaskManagers managers;
  private final Semaphore permits;
  private final Object wake = new Object();
  private volatile boolean stopping;
  private int next;

  /**
   * @param config the task's configuration
   * @param offsets the committed source offsets of its streams, by partition (absent: none)
   * @param clock the clock
   * @throws ConnectException for an offset that is not one of this connector's
   */
  public StreamPoller(
      SourceConfig config, Map<Map<String, ?>, Map<String, Object>> offsets, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.managers = new TaskManagers(config);
    this.permits = ManagerPermits.of(config.url(), config.maxConcurrent());
    String manager = config.managerName();
    Instant start = config.startTime(clock);
    for (StreamId s : config.taskStreams()) {
      EventRecords records = new EventRecords(manager, s, config.topicPattern());
      EventCursor cursor;
      try {
        cursor = Offsets.cursor(offsets.get(records.partition()));
      } catch (IllegalArgumentException e) {
        throw new ConnectException(
            "the source offset of " + records.partition() + " is not one: " + e.getMessage(), e);
      }
      streams.add(
          new EventStream(
              s, records, cursor != null ? cursor : EventCursor.startingAt(start), config, clock));
    }
  }

  /**
   * @return the partitions of a task's streams, to look their offsets up with
   */
  public static List<Map<String, String>> partitions(SourceConfig config) {
    List<Map<String, String>> out = new ArrayList<>();
    for (StreamId s : config.taskStreams()) {
      out.add(s.partition(config.managerName()));
    }
    return out;
  }

  /**
   * Works for at most {@code poll.max.duration.ms} (plus a call to the manager under way) and
   * returns up to {@code poll.max.records} records, or null when there are none yet.
   *
   * @return the records, or null
   * @throws ConnectException when the task must stop (credentials, rights, TLS, a defect)
   * @throws InterruptedException when the thread is interrupted
   */
  public List<SourceRecord> poll() throws InterruptedException {
    long deadline = System.nanoTime() + config.pollMaxDuration().toNanos();
    List<SourceRecord> out = new ArrayList<>();
    while (!stopping && out.isEmpty() && !streams.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      Instant now = clock.instant();
      Instant earliest = earliestReady();
      if (earliest.isAfter(now)) {
        long waitNanos = Math.min(left, Duration.between(now, earliest).toNanos());
        synchronized (wake) {
          if (!stopping) {
            TimeUnit.NANOSECONDS.timedWait(wake, Math.max(1, waitNanos));
          }
        }
        continue;
      }
      if (!permits.tryAcquire(left, TimeUnit.NANOSECONDS)) {
        break; // other tasks hold every permit of this manager for now
      }
      try {
        workReadyStreams(out, deadline);
      } finally {
        permits.release();
      }
    }
    return out.isEmpty() ? null : out;
  }

  private void workReadyStreams(List<SourceRecord> out, long deadline) {
    int n = streams.size();
    for (int i = 0; i < n && !stopping; i++) {
      if (out.size() >= config.pollMaxRecords() || System.nanoTime() - deadline >= 0) {
        return;
      }
      EventStream s = streams.get(next);
      if (!s.readyAt().isAfter(clock.instant())) {
        boolean runEnded = workOne(s, out, deadline);
        if (!runEnded) {
          return; // out of budget mid-run: this stream continues first next time
        }
      }
      next = (next + 1) % n;
    }
  }

  /**
   * @return whether the stream has no run under way (ended or failed)
   */
  private boolean workOne(EventStream s, List<SourceRecord> out, long deadline) {
    try {
      Manager m = managers.forStream(s.id());
      return s.work(m, out, config.pollMaxRecords(), deadline);
    } catch (RuntimeException e) {
      if (stopping) {
        return true; // the managers were closed under the call
      }
      Failures f = Failures.classify(e);
      if (f == Failures.FATAL) {
        throw new ConnectException(Failures.fatalMessage(e, config, s.id()), e);
      }
      if (f == Failures.SESSION) {
        managers.drop(s.id());
      }
      Duration wait = s.backOff();
      LOG.warn(
          "{} events of {}: {}; trying again in {} s",
          s.id().kindName(),
          s.id().tenant(),
          e.getMessage(),
          wait.toSeconds());
      return true;
    }
  }

  private Instant earliestReady() {
    Instant min = Instant.MAX;
    for (EventStream s : streams) {
      if (s.readyAt().isBefore(min)) {
        min = s.readyAt();
      }
    }
    return min;
  }

  /** The in-memory cursor of each stream (delivered to Connect, maybe not committed yet). */
  Map<StreamId, EventCursor> cursors() {
    Map<StreamId, EventCursor> m = new java.util.LinkedHashMap<>();
    streams.forEach(s -> m.put(s.id(), s.cursor()));
    return m;
  }

  /** Wakes a waiting poll and ends every SOAP session; the poller is done. */
  @Override
  public void close() {
    stopping = true;
    synchronized (wake) {
      wake.notifyAll();
    }
    managers.close();
  }
}
