package io.dsm4j.automation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Immutable copies that keep a stable order (maps sorted by key), so reports print stably. */
final class Copies {
  private Copies() {}

  static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> m) {
    return Collections.unmodifiableMap(new TreeMap<>(m == null ? Map.of() : m));
  }

  static <K extends Comparable<K>> Map<K, List<Integer>> sortedLists(Map<K, List<Integer>> m) {
    TreeMap<K, List<Integer>> t = new TreeMap<>();
    if (m != null) {
      m.forEach((k, v) -> t.put(k, List.copyOf(v)));
    }
    return Collections.unmodifiableMap(t);
  }
}
