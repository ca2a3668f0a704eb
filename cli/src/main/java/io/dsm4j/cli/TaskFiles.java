package io.dsm4j.cli;

import io.dsm4j.model.ComputerFilter;
import io.dsm4j.model.EventBasedTaskDraft;
import io.dsm4j.model.EventBasedTaskType;
import io.dsm4j.model.EventTaskAction;
import io.dsm4j.model.EventTaskCondition;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ScheduledTaskDraft;
import io.dsm4j.model.ScheduledTaskType;
import io.dsm4j.model.TaskSchedule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --file} of {@code tasks create} and {@code event-tasks create}: what {@code --output
 * json} prints for a task, or the manager's own JSON for the parts dsm4j passes through ({@code
 * scheduleDetails}, a type's {@code …TaskParameters} object), so that any task type can be created.
 */
final class TaskFiles {
  private TaskFiles() {}

  private static final Set<String> READ_ONLY =
      Set.of("id", "ID", "lastRunTime", "nextRunTime", "extra");

  /** The keys of a scheduled task file (and each type's parameter object, added below). */
  private static final Set<String> TASK_KEYS =
      Set.of(
          "name",
          "type",
          "enabled",
          "runNow",
          "schedule",
          "scheduleDetails",
          "computerFilter",
          "computerGroupId",
          "parameters");

  static ScheduledTaskDraft scheduledTask(JsonInput in) {
    java.util.Set<String> keys = new java.util.HashSet<>(TASK_KEYS);
    for (ScheduledTaskType t : ScheduledTaskType.values()) {
      keys.add(t.parametersField());
    }
    in.check(keys, READ_ONLY);
    String name = in.text("name");
    String typeText = in.text("type");
    if (name == null || typeText == null) {
      throw in.bad("a task needs a name and a type");
    }
    ScheduledTaskType type =
        ScheduledTaskType.fromWire(typeText)
            .orElseThrow(() -> in.bad("unknown task type '" + typeText + "'"));
    ScheduledTaskDraft.Builder b = ScheduledTaskDraft.builder(name, type);
    if (in.bool("enabled") != null) {
      b.enabled(in.bool("enabled"));
    }
    if (in.bool("runNow") != null) {
      b.runNow(in.bool("runNow"));
    }
    JsonInput schedule = in.object("schedule");
    JsonInput details = in.object("scheduleDetails");
    if (schedule != null && details != null) {
      throw in.bad("give schedule or scheduleDetails, not both");
    }
    if (schedule != null) {
      // What --output json printed: {recurrence, startTime, details}; the details are the truth.
      details = schedule.object("details");
      if (details == null) {
        throw in.bad("schedule needs its details (the manager's scheduleDetails)");
      }
    }
    if (details != null) {
      JsonInput d = details;
      b.schedule(Connector.usage("scheduleDetails", () -> TaskSchedule.of(d.fields())));
    }
    // The type's own parameter object, as the manager spells it, may carry everything.
    JsonInput raw = in.object(type.parametersField());
    Map<String, Object> params = new LinkedHashMap<>();
    JsonInput filter = in.object("computerFilter");
    Integer group = in.id("computerGroupId");
    if (raw != null) {
      if (type.takesComputerFilter() && raw.object("computerFilter") != null) {
        filter = raw.object("computerFilter");
      }
      if (type.takesComputerGroup() && raw.id("computerGroupID") != null) {
        group = raw.id("computerGroupID");
      }
      params.putAll(raw.fieldsWithout(typedParameters(type)).asMap());
    }
    JsonInput more = in.object("parameters");
    if (more != null) {
      params.putAll(more.fields().asMap());
    }
    if (filter != null) {
      ComputerFilter f = filter(filter);
      Connector.usage("computerFilter", () -> b.computerFilter(f));
    }
    if (group != null) {
      Integer g = group;
      Connector.usage("computerGroupId", () -> b.computerGroupId(g));
    }
    if (!params.isEmpty()) {
      Connector.usage("parameters", () -> b.parameters(Fields.of(params)));
    }
    return Connector.usage("--file", b::build);
  }

  private static Set<String> typedParameters(ScheduledTaskType type) {
    return type.takesComputerFilter()
        ? Set.of("computerFilter")
        : type.takesComputerGroup() ? Set.of("computerGroupID") : Set.of();
  }

  /**
   * A computer filter as printed ({@code {type, id}}) or as the manager spells it ({@code {type,
   * computerID | computerGroupID | policyID | smartFolderID}}).
   */
  static ComputerFilter filter(JsonInput f) {
    f.check(
        Set.of("type", "id", "computerID", "computerGroupID", "policyID", "smartFolderID"),
        Set.of());
    ComputerFilter.Type t = f.choice("type", ComputerFilter.Type.class);
    if (t == null) {
      throw f.bad("type is required");
    }
    Integer id = f.id("id");
    for (String k : new String[] {"computerID", "computerGroupID", "policyID", "smartFolderID"}) {
      if (id == null) {
        id = f.id(k);
      }
    }
    Long value = id == null ? null : id.longValue();
    return Connector.usage("computerFilter", () -> new ComputerFilter(t, value));
  }

  static EventBasedTaskDraft eventTask(JsonInput in) {
    in.check(Set.of("name", "type", "enabled", "conditions", "actions"), READ_ONLY);
    String name = in.text("name");
    EventBasedTaskType type = in.choice("type", EventBasedTaskType.class);
    if (name == null || type == null) {
      throw in.bad("an event-based task needs a name and a type");
    }
    EventBasedTaskDraft.Builder b = EventBasedTaskDraft.builder(name, type);
    if (in.bool("enabled") != null) {
      b.enabled(in.bool("enabled"));
    }
    for (JsonInput c : in.objects("conditions")) {
      c.check(Set.of("field", "key", "value"), Set.of());
      String field = c.text("field");
      String value = c.text("value");
      b.condition(
          Connector.usage("conditions", () -> new EventTaskCondition(field, c.text("key"), value)));
    }
    for (JsonInput a : in.objects("actions")) {
      a.check(Set.of("type", "parameter", "parameterValue"), Set.of());
      EventTaskAction.Type t = a.choice("type", EventTaskAction.Type.class);
      if (t == null) {
        throw a.bad("type is required");
      }
      Integer p = a.has("parameter") ? a.id("parameter") : a.id("parameterValue");
      b.action(Connector.usage("actions", () -> new EventTaskAction(t, p)));
    }
    return Connector.usage("--file", b::build);
  }
}
