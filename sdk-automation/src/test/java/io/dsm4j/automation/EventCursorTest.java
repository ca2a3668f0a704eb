package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.EventOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cursor protocol shared by the command-line export and the Kafka Connect connector. */
class EventCursorTest {
  private static final EventKind IPS = EventKind.INTRUSION_PREVENTION;

  @Test
  void query_readsFromTheRangeStartToADayPastNow_afterTheCursor() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Instant now = Instant.parse("2026-02-01T00:00:00Z");

    EventQuery first = EventCursor.startingAt(start).query(IPS, now, List.of(3));
    EventQuery later = EventCursor.startingAt(start).after(41).query(IPS, now, List.of());

    assertThat(first.from()).isEqualTo(start);
    assertThat(first.to()).isEqualTo(now.plus(Duration.ofDays(1)));
    assertThat(first.afterId()).isNull();
    assertThat(first.computerIds()).containsExactly(3);
    assertThat(later.afterId()).isEqualTo(41L);
  }

  @Test
  void after_neverMovesBack() {
    EventCursor c = EventCursor.startingAt(Instant.EPOCH).after(10);
    assertThat(c.after(5).lastId()).isEqualTo(10L);
    assertThat(c.after(12).lastId()).isEqualTo(12L);
    assertThat(c.after(12).rangeStart()).isEqualTo(Instant.EPOCH);
    assertThatThrownBy(() -> new EventCursor(Instant.EPOCH, -1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ceiling_unbounded_isTheHighestId() {
    EventCeiling c = EventCeiling.unbounded();
    assertThat(c.ceiling()).isNull();
    for (long id : new long[] {7, 3, 99, 42}) {
      c.accept(id);
    }
    assertThat(c.ceiling()).isEqualTo(99L);
    assertThat(c.seen()).isEqualTo(4);
    assertThat(c.capped()).isFalse();
  }

  @Test
  void ceiling_capped_isTheNthLowestId_whateverTheOrder() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(40);
      List<Long> ids = new ArrayList<>();
      Set<Long> used = new HashSet<>();
      int count = random.nextInt(80);
      while (ids.size() < count) {
        long id = random.nextInt(1000);
        if (used.add(id)) {
          ids.add(id);
        }
      }
      EventCeiling c = EventCeiling.atMost(n);
      ids.forEach(c::accept);
      List<Long> sorted = ids.stream().sorted().toList();
      Long expected = sorted.isEmpty() ? null : sorted.get(Math.min(n, sorted.size()) - 1);
      assertThat(c.ceiling()).as("n=%d ids=%s", n, ids).isEqualTo(expected);
      assertThat(c.capped()).isEqualTo(sorted.size() > n);
    }
    assertThatThrownBy(() -> EventCeiling.atMost(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Capped runs over a manager whose answers are not in ID order, with late events (old times, new
   * IDs) arriving between runs: every event is delivered exactly once, each run at most the cap.
   */
  @Test
  void cappedRuns_deliverEveryEventOnce_lateArrivalsIncluded() {
    try (DsmSimulator sim =
            DsmSimulator.builder()
                .eventCap(100)
                .eventOrder(EventOrder.ID_DESCENDING)
                .eventsPerKind(0)
                .start();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      Instant now = Instant.now();
      sim.state().addEvents(IPS, 230, now.minus(Duration.ofDays(3)), now, null);
      EventCursor cursor = EventCursor.startingAt(now.minus(Duration.ofDays(4)));
      List<Long> delivered = new ArrayList<>();
      int runs = 0;
      boolean more = true;
      while (more || runs < 6) {
        if (runs == 2) {
          sim.state()
              .addEvents(
                  IPS, 40, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)), null);
        }
        EventQuery q = cursor.query(IPS, Instant.now(), List.of());
        EventCeiling ceiling = EventCeiling.atMost(60);
        try (Stream<Event> events = m.events().stream(q)) {
          events.forEach(e -> ceiling.accept(e.id()));
        }
        more = ceiling.capped();
        runs++;
        if (ceiling.ceiling() == null) {
          continue;
        }
        long top = ceiling.ceiling();
        List<Long> run;
        try (Stream<Event> events = m.events().stream(q)) {
          run = events.map(Event::id).filter(id -> id <= top).toList();
        }
        assertThat(run).hasSizeLessThanOrEqualTo(60);
        delivered.addAll(run);
        cursor = cursor.after(top);
      }
      assertThat(delivered).doesNotHaveDuplicates().hasSize(270);
      assertThat((long) delivered.size()).isEqualTo(sim.state().eventCount(IPS));
    }
  }
}
