package io.dsm4j.model;

import java.util.List;

/**
 * A schedule: the hours of the week in which something (a scheduled scan, a firewall rule, an
 * anti-malware configuration) is active. Hour 0 is Sunday 00:00–00:59, hour 167 Saturday
 * 23:00–23:59, in the manager's time zone.
 *
 * @param id the manager's ID
 * @param name the name
 * @param description the description, empty when none
 * @param hours the active hours of the week (0–167), ascending
 */
public record Schedule(int id, String name, String description, List<Integer> hours) {
  /** Hours in a week. */
  public static final int HOURS_PER_WEEK = 168;

  /**
   * Normalizes the components.
   *
   * @param id the manager's ID
   * @param name the name
   * @param description the description, empty when none
   * @param hours the active hours of the week (0–167)
   */
  public Schedule {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    hours = hours == null ? List.of() : ScheduleHours.check(hours);
  }
}
