package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.RestCall.optBool;
import static io.dsm4j.testkit.internal.RestCall.optInt;
import static io.dsm4j.testkit.internal.RestCall.optString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.TaskRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Actions on computers: REST scheduled tasks (created, run now, modified, deleted) and the SOAP
 * host operations (recommendation, malware and integrity scans, update now, get events now, clear
 * warnings). Both run {@link Actions}.
 */
final class ComputerActionResource implements Resource {
  private static final RestRoutes.Param<TaskRec> TASK =
      RestRoutes.Param.resolved(
          "task",
          (s, seg) -> {
            TaskRec t = s.tasks.get(RestCall.id(seg, "scheduled task"));
            if (t == null) {
              throw new Fail(404, "The scheduled task does not exist.");
            }
            return t;
          });

  private static final List<String> TASK_TYPES =
      List.of(
          "scan-for-open-ports",
          "send-alert-summary",
          "discover-computers",
          "run-script",
          "send-policy",
          "generate-report",
          "synchronize-directory",
          "synchronize-users",
          "scan-for-recommendations",
          "synchronize-vcenter",
          "scan-for-integrity-changes",
          "scan-for-malware",
          "check-for-security-updates",
          "synchronize-cloud-account",
          "check-for-software-updates",
          "update-suspicious-objects-list");

  /** Task types that act on computers (the others are accepted and not executed). */
  private static final Set<String> COMPUTER_TASKS =
      Set.of(
          "scan-for-recommendations",
          "scan-for-malware",
          "scan-for-integrity-changes",
          "send-policy",
          "check-for-security-updates",
          "scan-for-open-ports");

  @Override
  public void routes(RestRoutes rest) {
    rest.on("scheduledtasks")
        .get(c -> RestCall.wrap("scheduledTasks", json(c.s.tasks.values())))
        .post(this::create);
    rest.on("scheduledtasks", "search")
        .post(
            c ->
                RestCall.wrap(
                    "scheduledTasks",
                    Search.run(
                        Search.parse(c.body()),
                        c.s.tasks.values(),
                        t -> t.id,
                        t -> t.json.deepCopy())));
    rest.on("scheduledtasks", TASK)
        .get(c -> c.get(TASK).json)
        .delete(
            c -> {
              c.s.tasks.remove(c.get(TASK).id);
              return null;
            })
        .post(this::modify);
  }

  @Override
  public void operations(SoapOperations soap) {
    hostAction(soap, "hostRecommendationScan", "scan-for-recommendations");
    hostAction(soap, "hostAntiMalwareScan", "scan-for-malware");
    hostAction(soap, "hostIntegrityScan", "scan-for-integrity-changes");
    hostAction(soap, "hostUpdateNow", "send-policy");
    hostAction(soap, "hostClearWarningsErrors", "clear-warnings-errors");
    soap.op(
        "hostGetEventsNow",
        (s, r) -> {
          Actions.run(
              s, "get-events-now", List.of(ComputerResource.host(s, SoapArgs.req(r, "hostID"))));
          return SoapOut.empty("hostGetEventsNow");
        });
  }

  /** A SOAP operation running {@code action} on its {@code hostIDs}. */
  private static void hostAction(SoapOperations soap, String op, String action) {
    soap.op(
        op,
        (s, r) -> {
          Actions.run(s, action, ComputerResource.hosts(s, r.ints("hostIDs")));
          return SoapOut.empty(op);
        });
  }

  private static List<ObjectNode> json(List<TaskRec> tasks) {
    List<ObjectNode> out = new ArrayList<>();
    tasks.forEach(t -> out.add(t.json));
    return out;
  }

  private static String paramsKey(String type) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : type.toCharArray()) {
      if (ch == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.append("TaskParameters").toString();
  }

  private JsonNode modify(RestCall c) {
    ObjectNode t = c.get(TASK).json;
    ObjectNode b = c.objectBody();
    Boolean run = optBool(b, "runNow");
    Boolean enabled = optBool(b, "enabled");
    String name = optString(b, "name");
    if (name != null) {
      t.put("name", name);
    }
    if (enabled != null) {
      t.put("enabled", enabled);
    }
    if (Boolean.TRUE.equals(run)) {
      String type = t.get("type").asText();
      run(c.s, t, type, targets(c.s, t, type));
    }
    return t;
  }

  private JsonNode create(RestCall c) {
    Store s = c.s;
    ObjectNode b = c.objectBody();
    String name = optString(b, "name");
    String type = optString(b, "type");
    if (name == null || name.isBlank()) {
      throw new Fail(400, "The scheduled task name is required.");
    }
    if (type == null || !TASK_TYPES.contains(type)) {
      throw new Fail(400, "Invalid scheduled task type '" + type + "'.");
    }
    Boolean runNow = optBool(b, "runNow");
    Boolean enabled = optBool(b, "enabled");
    ObjectNode t = RestCall.JSON.createObjectNode();
    t.put("name", name);
    t.put("type", type);
    JsonNode sched = b.get("scheduleDetails");
    if (sched != null && !sched.isNull()) {
      if (!sched.isObject()) {
        throw new Fail(400, "scheduleDetails must be an object.");
      }
      t.set("scheduleDetails", sched.deepCopy());
    } else {
      t.putObject("scheduleDetails")
          .put("timeZone", "UTC")
          .put("recurrenceType", "none")
          .put("recurrenceCount", 1);
    }
    t.put("enabled", enabled == null || enabled);
    String pk = paramsKey(type);
    JsonNode params = b.get(pk);
    if (params != null && !params.isNull()) {
      if (!params.isObject()) {
        throw new Fail(400, pk + " must be an object.");
      }
      t.set(pk, params.deepCopy());
    }
    List<ComputerRec> targets = targets(s, t, type);
    int id = s.tasks.allocateId();
    t.put("ID", id);
    if (Boolean.TRUE.equals(runNow)) {
      run(s, t, type, targets);
    }
    s.tasks.put(new TaskRec(id, t));
    return t;
  }

  /** Resolves the task's {@code computerFilter}; null for task types we do not execute. */
  private static List<ComputerRec> targets(Store s, ObjectNode t, String type) {
    if (!COMPUTER_TASKS.contains(type)) {
      return null;
    }
    String pk = paramsKey(type);
    JsonNode params = t.get(pk);
    JsonNode filter = params == null ? null : params.get("computerFilter");
    if (filter == null || !filter.isObject()) {
      throw new Fail(400, pk + ".computerFilter is required for a " + type + " task.");
    }
    String ft = optString(filter, "type");
    if (ft == null) {
      throw new Fail(400, "computerFilter.type is required.");
    }
    List<ComputerRec> out = new ArrayList<>();
    switch (ft) {
      case "all-computers" -> out.addAll(s.computers.values());
      case "computer" -> {
        Integer cid = optInt(filter, "computerID");
        ComputerRec c = cid == null ? null : s.computers.get(cid);
        if (c == null) {
          throw new Fail(400, "computerFilter.computerID " + cid + " does not exist.");
        }
        out.add(c);
      }
      case "computers-in-group", "computers-in-group-or-subgroup" -> {
        Integer gid = optInt(filter, "computerGroupID");
        if (gid == null || !s.groups.contains(gid)) {
          throw new Fail(400, "computerFilter.computerGroupID " + gid + " does not exist.");
        }
        boolean sub = ft.endsWith("subgroup");
        for (ComputerRec c : s.computers.values()) {
          if (c.groupId != null
              && (c.groupId.equals(gid) || (sub && groupUnder(s, c.groupId, gid)))) {
            out.add(c);
          }
        }
      }
      case "computers-using-policy", "computers-using-policy-or-subpolicy" -> {
        Integer pid = optInt(filter, "policyID");
        if (pid == null || s.policies.get(pid) == null) {
          throw new Fail(400, "computerFilter.policyID " + pid + " does not exist.");
        }
        boolean sub = ft.endsWith("subpolicy");
        for (ComputerRec c : s.computers.values()) {
          if (c.policyId != null
              && (c.policyId.equals(pid)
                  || (sub && PolicyTree.isSelfOrDescendant(s, pid, c.policyId)))) {
            out.add(c);
          }
        }
      }
      default -> throw new Fail(400, "Unsupported computerFilter.type '" + ft + "'.");
    }
    return out;
  }

  private static boolean groupUnder(Store s, Integer group, int ancestor) {
    Integer g = group;
    int guard = 0;
    while (g != null && guard++ < 1000) {
      if (g == ancestor) {
        return true;
      }
      GroupRec rec = s.groups.get(g);
      g = rec == null ? null : rec.parentId;
    }
    return false;
  }

  private static void run(Store s, ObjectNode t, String type, List<ComputerRec> targets) {
    Instant now = s.now();
    if (targets != null) {
      Actions.run(s, type, targets);
    }
    s.scheduledTaskRuns.merge(t.path("ID").asInt(), 1, Integer::sum);
    t.put("lastRunTime", now.toEpochMilli());
    t.put("runNow", false);
  }
}
