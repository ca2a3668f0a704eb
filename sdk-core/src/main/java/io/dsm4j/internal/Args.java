package io.dsm4j.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The caller's arguments, checked before any request: the same words everywhere. */
final class Args {
  private Args() {}

  static int id(int id, String what) {
    if (id <= 0) {
      throw new IllegalArgumentException(what + " must be a positive ID, got " + id);
    }
    return id;
  }

  static String name(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }

  static Set<Integer> ids(Collection<Integer> ids, String what, boolean allowEmpty) {
    Objects.requireNonNull(ids, what);
    if (!allowEmpty && ids.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    Set<Integer> out = new LinkedHashSet<>();
    for (Integer i : ids) {
      if (i == null || i <= 0) {
        throw new IllegalArgumentException(what + " must be positive IDs, got " + i);
      }
      out.add(i);
    }
    return out;
  }

  static List<Integer> sorted(List<Integer> ids) {
    return ids.stream().distinct().sorted().toList();
  }
}
