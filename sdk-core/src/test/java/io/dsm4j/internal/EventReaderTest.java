package io.dsm4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.exception.DsmException;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.spi.EventBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventReaderTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  enum Order {
    OLDEST_FIRST,
    NEWEST_FIRST,
    RANDOM
  }

  /** A fake manager: caps each answer, returns events in some order, inclusive range ends. */
  private static EventReader.WindowFetcher manager(List<Event> all, int cap, Order order) {
    return (from, to, computer, after) -> {
      List<Event> in = new ArrayList<>();
      for (Event e : all) {
        boolean inRange = !e.time().isBefore(from) && !e.time().isAfter(to); // inclusive both
        boolean host = computer == null || computer.equals(e.computerId());
        boolean id = after == null || e.id() > after;
        if (inRange && host && id) {
          in.add(e);
        }
      }
      switch (order) {
        case OLDEST_FIRST -> in.sort(Comparator.comparing(Event::time));
        case NEWEST_FIRST -> in.sort(Comparator.comparing(Event::time).reversed());
        case RANDOM -> java.util.Collections.shuffle(in, new Random(7));
      }
      boolean truncated = in.size() > cap;
      return new EventBatch(truncated ? in.subList(0, cap) : in, truncated);
    };
  }

  private static List<Event> events(int n, int computers) {
    Random r = new Random(42);
    List<Event> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // IDs not in time order; several events share a millisecond.
      Instant t = T0.plusMillis(r.nextInt(3_600_000) / 10 * 10);
      list.add(
          new Event(
              EventKind.FIREWALL,
              1000 + r.nextInt(1_000_000) * 10L + i % 10,
              t,
              1 + i % computers,
              "h",
              null,
              "",
              "",
              Map.of()));
    }
    return list;
  }

  private static List<Event> read(EventQuery q, EventReader.WindowFetcher f) {
    EventReader reader = new EventReader("events.stream", q, f);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED), false)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Order.class)
  void everyEventExactlyOnce_whateverTheOrderAndCap(Order order) {
    List<Event> all = events(2_000, 3);
    EventQuery q = EventQuery.builder(EventKind.FIREWALL, T0, T0.plusSeconds(3600)).build();

    List<Event> got = read(q, manager(all, 37, order));

    assertThat(got).hasSize(all.size());
    assertThat(new HashSet<>(got.stream().map(Event::id).toList())).hasSize(all.size());
  }

  @Test
  void severalComputers_meanOneQuerySeriesEach_andOnlyTheirEvents() {
    List<Event> all = events(500, 4);
    EventQuery q =
        EventQuery.builder(EventKind.FIREWALL, T0, T0.plusSeconds(3600))
            .computerIds(List.of(2, 3))
            .build();

    List<Event> got = read(q, manager(all, 50, Order.RANDOM));

    long expected = all.stream().filter(e -> e.computerId() == 2 || e.computerId() == 3).count();
    assertThat(got)
        .hasSize((int) expected)
        .allMatch(e -> e.computerId() == 2 || e.computerId() == 3);
  }

  @Test
  void theIdCursor_skipsWhatAnEarlierRunSaw() {
    List<Event> all = events(300, 1);
    long cursor = all.stream().mapToLong(Event::id).sorted().skip(100).findFirst().orElseThrow();
    EventQuery q =
        EventQuery.builder(EventKind.FIREWALL, T0, T0.plusSeconds(3600)).afterId(cursor).build();

    List<Event> got = read(q, manager(all, 1000, Order.OLDEST_FIRST));

    assertThat(got)
        .allMatch(e -> e.id() > cursor)
        .hasSize((int) all.stream().filter(e -> e.id() > cursor).count());
  }

  @Test
  void truncatedButEmptyAnswers_failInsteadOfSplittingForever() {
    EventQuery q =
        EventQuery.builder(EventKind.SYSTEM, T0, T0.plus(java.time.Duration.ofDays(30))).build();

    assertThatThrownBy(() -> read(q, (from, to, c, a) -> new EventBatch(List.of(), true)))
        .isInstanceOf(DsmException.class)
        .hasMessageContaining("truncated but sent no events");
  }

  @Test
  void aTruncatedMillisecond_failsInsteadOfSkipping() {
    List<Event> same = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      same.add(new Event(EventKind.SYSTEM, i + 1, T0, null, "", null, "", "", Map.of()));
    }
    EventQuery q = EventQuery.builder(EventKind.SYSTEM, T0, T0.plusMillis(1)).build();

    assertThatThrownBy(() -> read(q, manager(same, 5, Order.OLDEST_FIRST)))
        .isInstanceOf(DsmException.class)
        .hasMessageContaining("one millisecond");
  }
}
