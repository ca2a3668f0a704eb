package io.dsm4j.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Checks the entries of an item list, the same for every kind and both backends. */
final class Items {
  private Items() {}

  /**
   * @param items the entries
   * @return an immutable copy
   * @throws IllegalArgumentException for a blank entry or one with a line break (the SOAP API
   *     stores a list as one entry per line, so such an entry would become several)
   */
  static List<String> check(Collection<String> items) {
    Objects.requireNonNull(items, "items");
    List<String> out = new ArrayList<>(items.size());
    for (String i : items) {
      if (i == null || i.isBlank()) {
        throw new IllegalArgumentException("a list entry must not be blank");
      }
      if (i.indexOf('\n') >= 0 || i.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a list entry must not contain a line break: " + i);
      }
      out.add(i.strip());
    }
    return List.copyOf(out);
  }

  static String name(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " name must not be blank");
    }
    return name;
  }
}
