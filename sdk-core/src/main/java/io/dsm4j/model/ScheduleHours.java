package io.dsm4j.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Checks hours of the week (0–167), the same for every input and output. */
final class ScheduleHours {
  private ScheduleHours() {}

  /**
   * @param hours hours of the week
   * @return them ascending, each once
   * @throws IllegalArgumentException for an hour outside 0–167
   */
  static List<Integer> check(Collection<Integer> hours) {
    Objects.requireNonNull(hours, "hours");
    TreeSet<Integer> out = new TreeSet<>();
    for (Integer h : hours) {
      if (h == null || h < 0 || h >= Schedule.HOURS_PER_WEEK) {
        throw new IllegalArgumentException("an hour of the week is 0-167, got " + h);
      }
      out.add(h);
    }
    return List.copyOf(out);
  }
}
