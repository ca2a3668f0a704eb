package io.dsm4j.testkit.internal;

import io.dsm4j.model.EventKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.EventRec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The event logs, one append-only list per kind with its own 64-bit ID space. Not a {@link Table}:
 * events are never looked up, changed or deleted one by one, and there are hundreds of thousands of
 * them. Callers hold the store lock.
 */
final class Events {
  /** Result of an event query after capping. */
  record Answer(List<EventRec> events, boolean truncated) {}

  private final Store s;
  private final EnumMap<EventKind, List<EventRec>> logs = new EnumMap<>(EventKind.class);
  private final EnumMap<EventKind, Long> nextId = new EnumMap<>(EventKind.class);
  private final SplittableRandom random;

  Events(Store s) {
    this.s = s;
    for (EventKind k : EventKind.values()) {
      logs.put(k, new ArrayList<>());
    }
    this.random = new SplittableRandom(s.cfg.seed() ^ 0x5DEECE66DL);
  }

  void startIdsAt(EventKind kind, long first) {
    nextId.put(kind, first);
  }

  int count(EventKind kind) {
    return logs.get(kind).size();
  }

  Answer query(EventKind kind, Predicate<EventRec> filter) {
    List<EventRec> hits = new ArrayList<>();
    for (EventRec e : logs.get(kind)) {
      if (filter.test(e)) {
        hits.add(e);
      }
    }
    Comparator<EventRec> order =
        switch (s.cfg.eventOrder()) {
          case OLDEST_FIRST ->
              Comparator.comparingLong(EventRec::timeMillis).thenComparingLong(EventRec::id);
          case NEWEST_FIRST ->
              Comparator.comparingLong(EventRec::timeMillis)
                  .thenComparingLong(EventRec::id)
                  .reversed();
          case ID_DESCENDING -> Comparator.comparingLong(EventRec::id).reversed();
        };
    hits.sort(order);
    int cap = s.cfg.eventCap();
    boolean truncated = hits.size() > cap;
    return new Answer(truncated ? new ArrayList<>(hits.subList(0, cap)) : hits, truncated);
  }

  /** Adds events with fresh IDs; arrival jitter makes ID order differ from time order. */
  int add(EventKind kind, int count, long fromMs, long toMs, Integer computerId) {
    List<ComputerRec> hosts = s.computers.values();
    List<long[]> pending = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long t = fromMs + (toMs > fromMs ? random.nextLong(toMs - fromMs + 1) : 0);
      long arrival = t + random.nextLong(3_600_000L);
      pending.add(new long[] {arrival, t});
    }
    pending.sort(Comparator.comparingLong(a -> a[0]));
    List<EventRec> list = logs.get(kind);
    for (long[] p : pending) {
      Integer host = computerId;
      if (host == null && !hosts.isEmpty()) {
        if (kind == EventKind.SYSTEM && random.nextInt(4) == 0) {
          host = null; // manager events without a computer
        } else if (random.nextBoolean()) {
          host = hosts.get(0).id; // about half of the events on one noisy computer
        } else {
          host = hosts.get(random.nextInt(hosts.size())).id;
        }
      }
      long id = nextId.merge(kind, 1L, Long::sum) - 1;
      list.add(new EventRec(id, p[1], host, pickRule(kind), random.nextInt(1 << 20)));
    }
    return count;
  }

  private int pickRule(EventKind kind) {
    RuleKind rk =
        switch (kind) {
          case INTRUSION_PREVENTION -> RuleKind.INTRUSION_PREVENTION;
          case FIREWALL -> RuleKind.FIREWALL;
          case INTEGRITY_MONITORING -> RuleKind.INTEGRITY_MONITORING;
          case LOG_INSPECTION -> RuleKind.LOG_INSPECTION;
          default -> null;
        };
    if (rk == null || s.catalog(rk).isEmpty()) {
      return 0;
    }
    Table<Recs.RuleRec> m = s.catalog(rk);
    int first = m.firstId();
    int last = m.lastId();
    Integer k = m.ceilingId(first + random.nextInt(last - first + 1));
    return k == null ? first : k;
  }
}
