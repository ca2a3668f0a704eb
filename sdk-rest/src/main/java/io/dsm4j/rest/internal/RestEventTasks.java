package io.dsm4j.rest.internal;

import io.dsm4j.model.EventBasedTask;
import io.dsm4j.model.EventBasedTaskDraft;
import io.dsm4j.model.EventBasedTaskType;
import io.dsm4j.model.EventTaskAction;
import io.dsm4j.model.EventTaskCondition;
import io.dsm4j.spi.EventBasedTaskOperations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Event-based tasks over {@code /api/eventbasedtasks}. */
final class RestEventTasks extends RestCrud<EventBasedTask, EventBasedTaskDraft, Void>
    implements EventBasedTaskOperations {

  private static final Set<String> TYPED =
      Set.of("ID", "name", "type", "enabled", "lastRunTime", "conditions", "actions");

  RestEventTasks(RestClient client) {
    super(
        client,
        new Spec<>(
            "eventbasedtasks",
            "eventBasedTasks",
            RestEventTasks::task,
            RestEventTasks::created,
            v -> {
              throw new IllegalStateException("event-based tasks are not updated");
            }));
  }

  static EventBasedTask task(Map<String, Object> o) {
    Set<String> typed = new HashSet<>(TYPED);
    EventBasedTaskType type = EventBasedTaskType.fromWire(RestMaps.str(o, "type")).orElse(null);
    if (type == null) {
      typed.remove("type");
    }
    List<EventTaskCondition> conditions = new ArrayList<>();
    for (Map<String, Object> c : RestMaps.objects(o, "conditions")) {
      String field = RestMaps.str(c, "field");
      if (field == null || field.isBlank()) {
        typed.remove("conditions");
        continue;
      }
      String value = RestMaps.str(c, "value");
      conditions.add(
          new EventTaskCondition(field, RestMaps.str(c, "key"), value == null ? "" : value));
    }
    List<EventTaskAction> actions = new ArrayList<>();
    for (Map<String, Object> a : RestMaps.objects(o, "actions")) {
      EventTaskAction action = action(a);
      if (action == null) {
        typed.remove("actions"); // an action dsm4j does not know: every action stays in extra
      } else {
        actions.add(action);
      }
    }
    Integer id = RestMaps.id(o, "ID");
    return new EventBasedTask(
        id == null ? 0 : id,
        RestMaps.str(o, "name"),
        type,
        Boolean.TRUE.equals(RestMaps.bool(o, "enabled")),
        conditions,
        actions,
        RestMaps.time(o, "lastRunTime"),
        RestMaps.rest(o, typed));
  }

  private static EventTaskAction action(Map<String, Object> a) {
    EventTaskAction.Type t = EventTaskAction.Type.fromWire(RestMaps.str(a, "type")).orElse(null);
    if (t == null) {
      return null;
    }
    try {
      return new EventTaskAction(t, RestMaps.integer(a, "parameterValue"));
    } catch (IllegalArgumentException missingParameter) {
      return null;
    }
  }

  static Map<String, Object> created(EventBasedTaskDraft d) {
    List<Map<String, Object>> conditions = new ArrayList<>();
    for (EventTaskCondition c : d.conditions()) {
      conditions.add(RestMaps.object("field", c.field(), "key", c.key(), "value", c.value()));
    }
    List<Map<String, Object>> actions = new ArrayList<>();
    for (EventTaskAction a : d.actions()) {
      actions.add(RestMaps.object("type", a.type().wireName(), "parameterValue", a.parameter()));
    }
    return RestMaps.object(
        "name",
        d.name(),
        "type",
        d.type().wireName(),
        "enabled",
        d.enabled(),
        "conditions",
        conditions,
        "actions",
        actions);
  }
}
