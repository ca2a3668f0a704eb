package io.dsm4j.rest.internal;

import io.dsm4j.model.ComputerFilter;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ScheduledTask;
import io.dsm4j.model.ScheduledTaskDraft;
import io.dsm4j.model.ScheduledTaskType;
import io.dsm4j.model.TaskSchedule;
import io.dsm4j.spi.ScheduledTaskOperations;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Scheduled tasks over {@code /api/scheduledtasks}: the type's parameter object ({@code
 * scanForMalwareTaskParameters}, …) carries the computer filter or group and the other parameters;
 * run now is a modify that sets {@code runNow}. (Computer actions use run-once tasks of their own:
 * {@code RestScheduledTasks}.)
 */
final class RestTasks extends RestCrud<ScheduledTask, ScheduledTaskDraft, Void>
    implements ScheduledTaskOperations {

  private static final Set<String> TYPED =
      Set.of(
          "ID",
          "name",
          "type",
          "enabled",
          "scheduleDetails",
          "lastRunTime",
          "nextRunTime",
          "runNow");

  RestTasks(RestClient client) {
    super(
        client,
        new Spec<>(
            "scheduledtasks",
            "scheduledTasks",
            RestTasks::task,
            RestTasks::created,
            v -> {
              throw new IllegalStateException("scheduled tasks are not updated");
            }));
  }

  @Override
  public ScheduledTask runNow(int id) {
    return modify(id, Map.of("runNow", true));
  }

  static ScheduledTask task(Map<String, Object> o) {
    ScheduledTaskType type = ScheduledTaskType.fromWire(RestMaps.str(o, "type")).orElse(null);
    Set<String> typed = new HashSet<>(TYPED);
    if (type == null) {
      typed.remove("type"); // kept in extra, so the name is not lost
    }
    TaskSchedule schedule = null;
    Map<String, Object> details = RestMaps.object(o, "scheduleDetails");
    if (details != null) {
      try {
        schedule = TaskSchedule.of(Fields.of(details));
      } catch (IllegalArgumentException unknownRecurrence) {
        typed.remove("scheduleDetails"); // kept raw in extra
      }
    }
    ComputerFilter filter = null;
    Integer group = null;
    Fields parameters = Fields.empty();
    if (type != null) {
      typed.add(type.parametersField());
      Map<String, Object> p = RestMaps.object(o, type.parametersField());
      Set<String> taken = new HashSet<>();
      if (p != null && type.takesComputerFilter()) {
        filter = filter(RestMaps.object(p, "computerFilter"));
        if (filter != null) {
          taken.add("computerFilter");
        }
      }
      if (p != null && type.takesComputerGroup()) {
        group = RestMaps.id(p, "computerGroupID");
        taken.add("computerGroupID");
      }
      parameters = RestMaps.rest(p, taken);
    }
    Integer id = RestMaps.id(o, "ID");
    return new ScheduledTask(
        id == null ? 0 : id,
        RestMaps.str(o, "name"),
        type,
        Boolean.TRUE.equals(RestMaps.bool(o, "enabled")),
        schedule,
        filter,
        group,
        parameters,
        RestMaps.time(o, "lastRunTime"),
        RestMaps.time(o, "nextRunTime"),
        RestMaps.rest(o, typed));
  }

  /** A filter as the model has it, or null when its type or ID is not one dsm4j knows. */
  private static ComputerFilter filter(Map<String, Object> f) {
    if (f == null) {
      return null;
    }
    ComputerFilter.Type t = ComputerFilter.Type.fromWire(RestMaps.str(f, "type")).orElse(null);
    if (t == null) {
      return null;
    }
    Long id =
        switch (t) {
          case ALL_COMPUTERS -> null;
          case COMPUTER -> RestMaps.longValue(f, "computerID");
          case COMPUTERS_IN_GROUP, COMPUTERS_IN_GROUP_OR_SUBGROUP ->
              RestMaps.longValue(f, "computerGroupID");
          case COMPUTERS_USING_POLICY, COMPUTERS_USING_POLICY_OR_SUBPOLICY ->
              RestMaps.longValue(f, "policyID");
          case COMPUTERS_IN_SMART_FOLDER -> RestMaps.longValue(f, "smartFolderID");
        };
    if (t != ComputerFilter.Type.ALL_COMPUTERS && (id == null || id <= 0)) {
      return null;
    }
    return new ComputerFilter(t, id);
  }

  private static Map<String, Object> filter(ComputerFilter f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", f.type().wireName());
    switch (f.type()) {
      case ALL_COMPUTERS -> {}
      case COMPUTER -> m.put("computerID", f.id().intValue());
      case COMPUTERS_IN_GROUP, COMPUTERS_IN_GROUP_OR_SUBGROUP ->
          m.put("computerGroupID", f.id().intValue());
      case COMPUTERS_USING_POLICY, COMPUTERS_USING_POLICY_OR_SUBPOLICY ->
          m.put("policyID", f.id().intValue());
      case COMPUTERS_IN_SMART_FOLDER -> m.put("smartFolderID", f.id());
    }
    return m;
  }

  static Map<String, Object> created(ScheduledTaskDraft d) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (d.computerFilter() != null) {
      params.put("computerFilter", filter(d.computerFilter()));
    }
    if (d.computerGroupId() != null) {
      params.put("computerGroupID", d.computerGroupId());
    }
    params.putAll(RestMaps.plain(d.parameters()));
    Map<String, Object> m =
        RestMaps.object(
            "name",
            d.name(),
            "type",
            d.type().wireName(),
            "scheduleDetails",
            d.schedule() == null ? null : RestMaps.plain(d.schedule().details()),
            "enabled",
            d.enabled(),
            "runNow",
            d.runNow() ? Boolean.TRUE : null);
    if (!params.isEmpty()) {
      m.put(d.type().parametersField(), params);
    }
    return m;
  }
}
