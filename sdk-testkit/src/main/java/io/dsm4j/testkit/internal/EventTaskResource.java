package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.TaskRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Event-based tasks ({@code /api/eventbasedtasks}; the SOAP API has none), kept as the JSON the API
 * answers. {@link #fire} plays an event: each enabled task of its type whose conditions all match
 * the computer (a condition's value is a regular expression over the field) runs its actions, so a
 * test can observe a policy assigned or a computer moved.
 */
final class EventTaskResource implements Resource {
  private static final Set<String> TYPES =
      Set.of(
          "computer-created-by-system",
          "computer-moved-by-system",
          "agent-initiated-activation",
          "agent-ip-changed",
          "nsx-protection-changed",
          "computer-powered-on-by-system");

  private static final Set<String> ACTIONS =
      Set.of("activate", "assign-policy", "assign-relay", "assign-group", "deactivate");

  private static final Set<String> FIELDS =
      Set.of(
          "hostname",
          "vcenter",
          "cloudProvider",
          "securityGroup",
          "imageId",
          "esx",
          "folder",
          "platform",
          "applianceProtectionAvailable",
          "applianceProtectionActivated",
          "lastUsedIP",
          "tag",
          "nsxSecurityGroup",
          "cloudVendor",
          "gcpNetworkTag");

  private static final RestRoutes.Param<TaskRec> TASK =
      RestRoutes.Param.resolved(
          "task",
          (s, seg) -> {
            TaskRec t = s.eventTasks.get(RestCall.id(seg, "event-based task"));
            if (t == null) {
              throw new Fail(404, "The event-based task does not exist.");
            }
            return t;
          });

  @Override
  public void routes(RestRoutes rest) {
    rest.on("eventbasedtasks")
        .get(c -> list(c.s, Search.parse(null)))
        .post(EventTaskResource::create);
    rest.on("eventbasedtasks", "search").post(c -> list(c.s, Search.parse(c.body())));
    rest.on("eventbasedtasks", TASK)
        .get(c -> c.get(TASK).json)
        .post(EventTaskResource::modify)
        .delete(
            c -> {
              c.s.eventTasks.remove(c.get(TASK).id);
              return null;
            });
  }

  @Override
  public void operations(SoapOperations soap) {
    // The SOAP API has no event-based tasks.
  }

  private static JsonNode list(Store s, Search.Filter f) {
    return RestCall.wrap(
        "eventBasedTasks", Search.run(f, s.eventTasks.values(), t -> t.id, t -> t.json.deepCopy()));
  }

  private static JsonNode create(RestCall c) {
    ObjectNode b = c.objectBody();
    String name = RestCall.optString(b, "name");
    if (name == null || name.isBlank()) {
      throw new Fail(400, "The event-based task name is required.");
    }
    if (c.s.eventTasks.byName(name) != null) {
      throw new Fail(400, "An event-based task named '" + name + "' already exists.");
    }
    String type = RestCall.optString(b, "type");
    if (type == null || !TYPES.contains(type)) {
      throw new Fail(400, "Invalid event-based task type '" + type + "'.");
    }
    ObjectNode t = RestCall.JSON.createObjectNode();
    t.put("name", name);
    t.put("type", type);
    Boolean enabled = RestCall.optBool(b, "enabled");
    t.put("enabled", enabled == null || enabled);
    t.set("actions", actions(c.s, b.get("actions")));
    t.set("conditions", conditions(b.get("conditions")));
    int id = c.s.eventTasks.allocateId();
    t.put("ID", id);
    c.s.eventTasks.put(new TaskRec(id, t));
    return t;
  }

  private static JsonNode modify(RestCall c) {
    ObjectNode t = c.get(TASK).json;
    ObjectNode b = c.objectBody();
    String name = RestCall.optString(b, "name");
    Boolean enabled = RestCall.optBool(b, "enabled");
    JsonNode actions = b.has("actions") ? actions(c.s, b.get("actions")) : null;
    JsonNode conditions = b.has("conditions") ? conditions(b.get("conditions")) : null;
    if (name != null) {
      t.put("name", name);
    }
    if (enabled != null) {
      t.put("enabled", enabled);
    }
    if (actions != null) {
      t.set("actions", actions);
    }
    if (conditions != null) {
      t.set("conditions", conditions);
    }
    return t;
  }

  private static ArrayNode actions(Store s, JsonNode n) {
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw new Fail(400, "An event-based task needs at least one action.");
    }
    ArrayNode out = RestCall.JSON.createArrayNode();
    for (JsonNode a : n) {
      if (!a.isObject()) {
        throw new Fail(400, "An action must be an object.");
      }
      String type = RestCall.optString(a, "type");
      if (type == null || !ACTIONS.contains(type)) {
        throw new Fail(400, "Invalid action type '" + type + "'.");
      }
      Integer p = RestCall.optInt(a, "parameterValue");
      boolean known =
          switch (type) {
            case "assign-policy" -> p != null && s.policies.contains(p);
            case "assign-group" -> p != null && s.groups.contains(p);
            case "assign-relay" -> p != null && p > 0;
            default -> true;
          };
      if (!known) {
        throw new Fail(400, "The " + type + " action's parameterValue " + p + " does not exist.");
      }
      ObjectNode o = out.addObject().put("type", type);
      if (p != null) {
        o.put("parameterValue", p);
      }
    }
    return out;
  }

  private static ArrayNode conditions(JsonNode n) {
    ArrayNode out = RestCall.JSON.createArrayNode();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw new Fail(400, "conditions must be an array.");
    }
    for (JsonNode c : n) {
      String field = c.isObject() ? RestCall.optString(c, "field") : null;
      if (field == null || !FIELDS.contains(field)) {
        throw new Fail(400, "Invalid condition field '" + field + "'.");
      }
      String value = RestCall.optString(c, "value");
      try {
        Pattern.compile(value == null ? "" : value);
      } catch (PatternSyntaxException e) {
        throw new Fail(400, "The condition value is not a valid regular expression.");
      }
      ObjectNode o = out.addObject().put("field", field);
      String key = RestCall.optString(c, "key");
      if (key != null) {
        o.put("key", key);
      }
      o.put("value", value == null ? "" : value);
    }
    return out;
  }

  /** Plays an event on a computer; returns how many tasks ran. Holds the store lock. */
  static int fire(Store s, String type, int computerId) {
    synchronized (s) {
      ComputerRec c = s.computers.get(computerId);
      if (c == null) {
        throw new IllegalArgumentException("no computer with ID " + computerId);
      }
      int ran = 0;
      for (TaskRec t : s.eventTasks.values()) {
        ObjectNode j = t.json;
        if (!j.path("enabled").asBoolean() || !type.equals(j.path("type").asText())) {
          continue;
        }
        if (!matches(c, j.path("conditions"))) {
          continue;
        }
        ran++;
        j.put("lastRunTime", s.now().toEpochMilli());
        for (JsonNode a : j.path("actions")) {
          int p = a.path("parameterValue").asInt();
          switch (a.path("type").asText()) {
            case "assign-policy" -> c.policyId = p;
            case "assign-group" -> c.groupId = p;
            default -> c.lastAgentCommunication = s.now();
          }
        }
      }
      return ran;
    }
  }

  private static boolean matches(ComputerRec c, JsonNode conditions) {
    for (JsonNode cond : conditions) {
      String actual =
          switch (cond.path("field").asText()) {
            case "hostname" -> c.hostName;
            case "platform" -> c.platform;
            case "lastUsedIP" -> c.lastIp;
            default -> null;
          };
      if (actual == null || !Pattern.matches(cond.path("value").asText(), actual)) {
        return false;
      }
    }
    return true;
  }

  /** The IDs of the tasks, ascending (for SimulatorState). */
  static List<Integer> ids(Store s) {
    return s.eventTasks.ids();
  }
}
