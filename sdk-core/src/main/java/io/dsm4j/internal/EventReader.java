package io.dsm4j.internal;

import io.dsm4j.exception.DsmException;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventQuery;
import io.dsm4j.spi.EventBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads every event of a query exactly once from an API that caps each answer and only says whether
 * it was truncated. A truncated window is split in halves until no part is truncated; each window
 * keeps only events in [from, to) so that a boundary event belongs to one window; duplicates within
 * a window are dropped by ID. Memory holds one window at a time.
 */
final class EventReader implements Iterator<Event> {
  /** Fetches one window: (from, to, computerId or null, afterId or null). */
  interface WindowFetcher {
    EventBatch fetch(Instant from, Instant to, Integer computerId, Long afterId);
  }

  /**
   * How many answers one query may take. A manager that truncates consistently needs about two per
   * {@code cap} events; one that says "truncated" whatever the window would otherwise be asked
   * billions of times.
   */
  static final int MAX_CALLS = 200_000;

  private static final Comparator<Event> ORDER =
      Comparator.comparing(Event::time).thenComparingLong(Event::id);

  private final String operation;
  private final EventQuery query;
  private final WindowFetcher fetcher;
  private final Deque<Integer> computers;
  private final Deque<Instant[]> windows = new ArrayDeque<>();
  private Integer computer;
  private Iterator<Event> current = Collections.emptyIterator();
  private int calls;

  EventReader(String operation, EventQuery query, WindowFetcher fetcher) {
    this.operation = operation;
    this.query = query;
    this.fetcher = fetcher;
    this.computers = new ArrayDeque<>(query.computerIds());
    if (computers.isEmpty()) {
      startComputer(null);
    } else {
      startComputer(computers.poll());
    }
  }

  private void startComputer(Integer id) {
    computer = id;
    windows.push(new Instant[] {query.from(), query.to()});
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (windows.isEmpty()) {
        if (computers.isEmpty()) {
          return false;
        }
        startComputer(computers.poll());
      }
      current = readWindow(windows.pop()).iterator();
    }
    return true;
  }

  @Override
  public Event next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  private List<Event> readWindow(Instant[] window) {
    Instant from = window[0];
    Instant to = window[1];
    if (++calls > MAX_CALLS) {
      throw new DsmException(
          "reading the events took more than " + MAX_CALLS + " calls; narrow the time range",
          operation,
          null,
          0,
          null,
          null);
    }
    EventBatch batch = fetcher.fetch(from, to, computer, query.afterId());
    if (batch.truncated() && batch.events().isEmpty()) {
      throw new DsmException(
          "the manager said its answer for "
              + from
              + ".."
              + to
              + " was truncated but sent no events; splitting cannot help",
          operation,
          null,
          0,
          null,
          null);
    }
    if (batch.truncated()) {
      Duration span = Duration.between(from, to);
      if (span.toMillis() <= 1) {
        throw new DsmException(
            "the manager truncated its answer for a window of one millisecond ("
                + from
                + "); cannot split further without skipping events",
            operation,
            null,
            0,
            null,
            null);
      }
      Instant mid = from.plusMillis(span.toMillis() / 2);
      windows.push(new Instant[] {mid, to}); // the later half is read second
      windows.push(new Instant[] {from, mid});
      return List.of();
    }
    Set<Long> seen = new HashSet<>();
    List<Event> kept = new ArrayList<>(batch.events().size());
    for (Event e : batch.events()) {
      if (e.time().isBefore(from) || !e.time().isBefore(to)) {
        continue;
      }
      if (query.afterId() != null && e.id() <= query.afterId()) {
        continue;
      }
      if (computer != null && e.computerId() != null && !computer.equals(e.computerId())) {
        continue;
      }
      if (seen.add(e.id())) {
        kept.add(e);
      }
    }
    kept.sort(ORDER);
    return kept;
  }
}
