package io.dsm4j.rest.internal;

import io.dsm4j.model.Schedule;
import io.dsm4j.model.ScheduleDraft;
import io.dsm4j.model.ScheduleUpdate;
import io.dsm4j.spi.ScheduleOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Schedules over {@code /api/schedules}: {@code hoursOfWeek} is 168 booleans, Sunday 00:00 first.
 */
final class RestSchedules extends RestCrud<Schedule, ScheduleDraft, ScheduleUpdate>
    implements ScheduleOperations {

  RestSchedules(RestClient client) {
    super(
        client,
        new Spec<>(
            "schedules",
            "schedules",
            RestSchedules::schedule,
            d ->
                RestMaps.object(
                    "name",
                    d.name(),
                    "description",
                    d.description(),
                    "hoursOfWeek",
                    hoursOfWeek(d.hours())),
            u ->
                RestMaps.object(
                    "name",
                    u.name(),
                    "description",
                    u.description(),
                    "hoursOfWeek",
                    u.hours() == null ? null : hoursOfWeek(u.hours()))));
  }

  private static Schedule schedule(Map<String, Object> o) {
    List<Integer> hours = new ArrayList<>();
    if (o.get("hoursOfWeek") instanceof List<?> l) {
      for (int h = 0; h < l.size() && h < Schedule.HOURS_PER_WEEK; h++) {
        if (Boolean.TRUE.equals(l.get(h))) {
          hours.add(h);
        }
      }
    }
    Integer id = RestMaps.id(o, "ID");
    return new Schedule(
        id == null ? 0 : id, RestMaps.str(o, "name"), RestMaps.str(o, "description"), hours);
  }

  private static List<Boolean> hoursOfWeek(Collection<Integer> hours) {
    List<Boolean> out = new ArrayList<>(Schedule.HOURS_PER_WEEK);
    for (int h = 0; h < Schedule.HOURS_PER_WEEK; h++) {
      out.add(hours.contains(h));
    }
    return out;
  }
}
