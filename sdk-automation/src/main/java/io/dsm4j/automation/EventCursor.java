package io.dsm4j.automation;

import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The position of a resumable event export of one kind: the start of the range every run re-reads
 * and the highest event ID delivered so far. It is what {@link EventExporter}'s state file keeps
 * per kind and what the Kafka Connect source connector keeps as its source offset.
 *
 * <h2>A run</h2>
 *
 * <ol>
 *   <li>Read {@link #query} once, feeding each event's ID to an {@link EventCeiling}: its {@link
 *       EventCeiling#ceiling() ceiling} is the highest ID this run delivers (the highest present
 *       now, or the {@code n}-th lowest above the cursor when a run is capped at {@code n}).
 *   <li>Read {@link #query} again and deliver every event whose ID is at most the ceiling.
 *   <li>Once all of them are delivered, continue from {@link #after after(ceiling)}.
 * </ol>
 *
 * The manager gives every new event a higher ID than any it already has, whatever its time: an
 * event that arrives late (an agent that was offline) has an old time and a new ID. So the first
 * read sees every event up to the ceiling that the second read must deliver, and anything that
 * arrives during the run has a higher ID and is left whole to the next run: none skipped, none
 * delivered twice by two completed runs. The range has no end but the clock (plus a day for clock
 * skew): an end would let the cursor pass later events with lower IDs.
 *
 * <pre>{@code
 * EventCursor cursor = EventCursor.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
 * EventQuery q = cursor.query(EventKind.INTRUSION_PREVENTION, Instant.now(), List.of());
 * EventCeiling ceiling = EventCeiling.unbounded();
 * try (Stream<Event> events = manager.events().stream(q)) {
 *   events.forEach(e -> ceiling.accept(e.id()));
 * }
 * // ... read q again, deliver the events with id <= ceiling.ceiling(), then:
 * cursor = cursor.after(ceiling.ceiling());
 * }</pre>
 *
 * @param rangeStart the start of the range every run re-reads (inclusive)
 * @param lastId the highest event ID delivered (every event of the range up to it is delivered), or
 *     null when none has been yet
 */
public record EventCursor(Instant rangeStart, Long lastId) {
  /** How far past the clock a run reads, for a manager whose clock is ahead of ours. */
  public static final Duration CLOCK_SKEW = Duration.ofDays(1);

  /**
   * Validates the components.
   *
   * @param rangeStart the start of the range every run re-reads (inclusive)
   * @param lastId the highest event ID delivered, or null when none has been yet
   */
  public EventCursor {
    Objects.requireNonNull(rangeStart, "rangeStart");
    if (lastId != null && lastId < 0) {
      throw new IllegalArgumentException("an event ID cursor must not be negative: " + lastId);
    }
  }

  /**
   * @param rangeStart the start of the range (the first run's "since")
   * @return a cursor before any event of the range
   */
  public static EventCursor startingAt(Instant rangeStart) {
    return new EventCursor(rangeStart, null);
  }

  /**
   * What a run reads: the events of {@code kind} from the range start to {@code now} plus {@link
   * #CLOCK_SKEW}, with IDs above {@link #lastId()} (the manager's {@code GREATER_THAN} filter).
   *
   * @param kind the event kind
   * @param now the current time
   * @param computerIds only these computers (empty: all)
   * @return the query
   * @throws IllegalArgumentException when the range start is not before the end
   */
  public EventQuery query(EventKind kind, Instant now, List<Integer> computerIds) {
    EventQuery.Builder b =
        EventQuery.builder(kind, rangeStart, now.plus(CLOCK_SKEW)).computerIds(computerIds);
    if (lastId != null) {
      b.afterId(lastId);
    }
    return b.build();
  }

  /**
   * @param ceiling the ceiling of a run whose events have all been delivered
   * @return the cursor after that run (never moves back)
   */
  public EventCursor after(long ceiling) {
    return new EventCursor(rangeStart, lastId == null ? ceiling : Math.max(lastId, ceiling));
  }
}
