package io.dsm4j.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a scheduled task runs. {@link #details()} is the complete schedule as the manager spells it
 * (the REST API's {@code scheduleDetails}) and is what a backend sends; {@link #recurrence()} and
 * {@link #startTime()} are read from it. Build one with the factories ({@link #once}, {@link
 * #daily}, …) or pass the manager's own object with {@link #of}.
 *
 * <pre>{@code
 * TaskSchedule nightly = TaskSchedule.daily(Instant.parse("2025-01-01T02:00:00Z"));
 * }</pre>
 *
 * @param recurrence how often it runs
 * @param startTime the first run, or null when the schedule has none (hourly)
 * @param details the complete schedule, manager field names
 */
public record TaskSchedule(Recurrence recurrence, @Nullable Instant startTime, Fields details) {

  /** How often a task runs (the REST API's {@code recurrenceType}). */
  public enum Recurrence {
    /** Once ({@code none}). */
    ONCE("none", "onceOnlyScheduleParameters"),
    /** Every hour. */
    HOURLY("hourly", "hourlyScheduleParameters"),
    /** Every day. */
    DAILY("daily", "dailyScheduleParameters"),
    /** Every week. */
    WEEKLY("weekly", "weeklyScheduleParameters"),
    /** Every month. */
    MONTHLY("monthly", "monthlyScheduleParameters");

    private final String wire;
    private final String parameters;

    Recurrence(String wire, String parameters) {
      this.wire = wire;
      this.parameters = parameters;
    }

    /**
     * @return the REST spelling ({@code none}, {@code hourly}, …)
     */
    public String wireName() {
      return wire;
    }
  }

  /**
   * Checks the components.
   *
   * @param recurrence how often it runs
   * @param startTime the first run, or null
   * @param details the complete schedule, manager field names
   */
  public TaskSchedule {
    Objects.requireNonNull(recurrence, "recurrence");
    Objects.requireNonNull(details, "details");
  }

  /**
   * @param at when
   * @return a schedule that runs once
   */
  public static TaskSchedule once(Instant at) {
    return build(Recurrence.ONCE, at, Map.of());
  }

  /**
   * @param firstRun the first run; later runs are at the same time of day
   * @return a schedule that runs every day
   */
  public static TaskSchedule daily(Instant firstRun) {
    return build(Recurrence.DAILY, firstRun, Map.of("frequencyType", "everyday"));
  }

  /**
   * @param firstRun the first run; later runs are at the same time of day
   * @param days the days of the week (at least one)
   * @return a schedule that runs every week on those days
   */
  public static TaskSchedule weekly(Instant firstRun, Collection<DayOfWeek> days) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a weekly schedule needs at least one day");
    }
    List<String> names =
        days.stream().distinct().sorted().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("interval", 1);
    p.put("days", names);
    return build(Recurrence.WEEKLY, firstRun, p);
  }

  /**
   * @param firstRun the first run
   * @param dayOfMonth the day of the month, 1–31
   * @return a schedule that runs every month on that day
   */
  public static TaskSchedule monthly(Instant firstRun, int dayOfMonth) {
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      throw new IllegalArgumentException("a day of the month is 1-31, got " + dayOfMonth);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("frequencyType", "day-of-month");
    p.put("dayOfMonth", dayOfMonth);
    return build(Recurrence.MONTHLY, firstRun, p);
  }

  /**
   * @param minutesPastTheHour 0, 5, 10, … 55
   * @return a schedule that runs every hour at that minute
   */
  public static TaskSchedule hourly(int minutesPastTheHour) {
    if (minutesPastTheHour < 0 || minutesPastTheHour > 55 || minutesPastTheHour % 5 != 0) {
      throw new IllegalArgumentException(
          "minutes past the hour are 0, 5, ... 55, got " + minutesPastTheHour);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recurrenceType", Recurrence.HOURLY.wire);
    details.put(
        Recurrence.HOURLY.parameters,
        Map.of("minutesPastTheHour", Integer.toString(minutesPastTheHour)));
    return new TaskSchedule(Recurrence.HOURLY, null, Fields.of(details));
  }

  private static TaskSchedule build(Recurrence r, Instant start, Map<String, Object> more) {
    Objects.requireNonNull(start, "start time");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("startTime", start.toEpochMilli());
    p.putAll(more);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recurrenceType", r.wire);
    details.put(r.parameters, p);
    return new TaskSchedule(r, start, Fields.of(details));
  }

  /**
   * Reads a schedule the manager's way (REST {@code scheduleDetails}): a recurrence type and its
   * parameter object.
   *
   * @param details the complete schedule
   * @return the schedule
   * @throws IllegalArgumentException when the recurrence type is missing or unknown
   */
  public static TaskSchedule of(Fields details) {
    String type = details.string("recurrenceType").orElse(null);
    Recurrence r = null;
    for (Recurrence x : Recurrence.values()) {
      if (x.wire.equals(type)) {
        r = x;
      }
    }
    if (r == null) {
      throw new IllegalArgumentException(
          "recurrenceType must be none, hourly, daily, weekly or monthly, got " + type);
    }
    Instant start = null;
    Object p = details.get(r.parameters).orElse(null);
    if (p instanceof Fields f && f.get("startTime").orElse(null) instanceof Long ms) {
      start = Instant.ofEpochMilli(ms);
    }
    return new TaskSchedule(r, start, details);
  }
}
