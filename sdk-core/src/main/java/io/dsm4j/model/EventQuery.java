package io.dsm4j.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which events to read: a kind, a time range, optionally some computers and an ID cursor left by an
 * earlier run.
 *
 * <pre>{@code
 * EventQuery q = EventQuery.builder(EventKind.INTRUSION_PREVENTION,
 *         Instant.now().minus(Duration.ofHours(24)), Instant.now())
 *     .computerIds(List.of(12, 13))
 *     .build();
 * try (Stream<Event> events = manager.events().stream(q)) { ... }
 * }</pre>
 */
public final class EventQuery {
  private final EventKind kind;
  private final Instant from;
  private final Instant to;
  private final List<Integer> computerIds;
  private final Long afterId;

  private EventQuery(Builder b) {
    this.kind = b.kind;
    this.from = b.from;
    this.to = b.to;
    this.computerIds = List.copyOf(b.computerIds);
    this.afterId = b.afterId;
  }

  /**
   * @param kind the event kind
   * @param from the start of the range (inclusive)
   * @param to the end of the range (exclusive), after {@code from}
   * @return a builder
   */
  public static Builder builder(EventKind kind, Instant from, Instant to) {
    return new Builder(kind, from, to);
  }

  /**
   * @return the kind
   */
  public EventKind kind() {
    return kind;
  }

  /**
   * @return the start (inclusive)
   */
  public Instant from() {
    return from;
  }

  /**
   * @return the end (exclusive)
   */
  public Instant to() {
    return to;
  }

  /**
   * @return the computers, empty for all
   */
  public List<Integer> computerIds() {
    return computerIds;
  }

  /**
   * @return only events with a greater ID, or null
   */
  public @Nullable Long afterId() {
    return afterId;
  }

  @Override
  public String toString() {
    return "EventQuery[" + kind + " " + from + ".." + to + " computers=" + computerIds + "]";
  }

  /** Builds an {@link EventQuery}. */
  public static final class Builder {
    private final EventKind kind;
    private final Instant from;
    private final Instant to;
    private List<Integer> computerIds = List.of();
    private Long afterId;

    private Builder(EventKind kind, Instant from, Instant to) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("event range end " + to + " is not after " + from);
      }
    }

    /**
     * @param ids computer IDs (positive); empty means all computers
     * @return this builder
     */
    public Builder computerIds(List<Integer> ids) {
      for (Integer id : ids) {
        if (id == null || id <= 0) {
          throw new IllegalArgumentException("computer IDs must be positive, got " + id);
        }
      }
      this.computerIds = List.copyOf(ids);
      return this;
    }

    /**
     * @param id only events with a greater ID (the cursor an earlier run left)
     * @return this builder
     */
    public Builder afterId(long id) {
      if (id < 0) {
        throw new IllegalArgumentException("event ID cursor must not be negative");
      }
      this.afterId = id;
      return this;
    }

    /**
     * @return the query
     */
    public EventQuery build() {
      return new EventQuery(this);
    }
  }
}
