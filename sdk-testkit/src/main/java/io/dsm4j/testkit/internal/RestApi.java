package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.IpListRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code /api} (Deep Security API, v1) front end. */
public final class RestApi {
  static final String JSON = "application/json";

  private final Store s;
  private final ObjectMapper om = new ObjectMapper();
  private final Map<String, ArrayDeque<Long>> calls = new HashMap<>();

  public RestApi(Store s) {
    this.s = s;
  }

  /** An error answered as {@code {"message": ...}} with the given status. */
  static final class Fail extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Fail(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Request data the handlers need. */
  record Req(
      String method,
      List<String> path,
      Map<String, List<String>> query,
      byte[] body,
      Map<String, String> headers) {
    boolean flag(String name) {
      List<String> v = query.get(name);
      return v != null && !v.isEmpty() && v.get(0).equalsIgnoreCase("true");
    }
  }

  public Reply handle(
      String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
    try {
      String key = apiKey(headers);
      if (key == null || !key.equals(s.cfg.apiKey())) {
        throw new Fail(401, "Authentication failed: missing or invalid API key.");
      }
      String version = headers.get("api-version");
      if (version == null || version.isBlank()) {
        throw new Fail(400, "The api-version header is required (use v1).");
      }
      if (!version.trim().equals("v1")) {
        throw new Fail(
            400, "Unsupported api-version '" + version.trim() + "'; this manager supports v1.");
      }
      if (!admit(key)) {
        return error(429, "Too many API requests");
      }
      List<String> path = new ArrayList<>();
      for (String seg : rawPath.substring("/api".length()).split("/")) {
        if (!seg.isEmpty()) {
          path.add(URLDecoder.decode(seg, StandardCharsets.UTF_8));
        }
      }
      Req r = new Req(method, path, query(rawQuery), body, headers);
      s.countOperation(
          method
              + " /api/"
              + String.join("/", path.stream().map(p -> p.matches("\\d+") ? "{id}" : p).toList()));
      JsonNode out;
      synchronized (s) {
        out = route(r);
      }
      return new Reply(200, JSON, out == null ? new byte[0] : om.writeValueAsBytes(out));
    } catch (Fail f) {
      return error(f.status, f.getMessage());
    } catch (Search.BadSearch b) {
      return error(400, b.getMessage());
    } catch (JsonProcessingException e) {
      return error(500, "Could not write the response: " + e.getOriginalMessage());
    }
  }

  private Reply error(int status, String message) {
    ObjectNode n = om.createObjectNode().put("message", message);
    return Reply.of(status, JSON, n.toString());
  }

  private static String apiKey(Map<String, String> h) {
    String k = h.get("api-secret-key");
    if (k != null) {
      return k.trim();
    }
    String auth = h.get("authorization");
    if (auth != null && auth.regionMatches(true, 0, "ApiKey ", 0, 7)) {
      return auth.substring(7).trim();
    }
    return null;
  }

  /** Sliding 60 s window per API key; rejected calls are not counted (as on a real DSM). */
  private boolean admit(String key) {
    int limit = s.cfg.rateLimitPerMinute();
    if (limit <= 0) {
      return true;
    }
    synchronized (calls) {
      long now = System.nanoTime();
      ArrayDeque<Long> q = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
      while (!q.isEmpty() && now - q.peekFirst() >= 60_000_000_000L) {
        q.pollFirst();
      }
      if (q.size() >= limit) {
        return false;
      }
      q.addLast(now);
      return true;
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String part : raw.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return q;
  }

  // ------------------------------------------------------------------ routing

  private JsonNode route(Req r) {
    List<String> p = r.path;
    if (p.isEmpty()) {
      throw new Fail(404, "Not found.");
    }
    String root = p.get(0);
    int n = p.size();
    switch (root) {
      case "apikeys" -> {
        if (n == 2 && p.get(1).equals("current") && r.method.equals("GET")) {
          return apiKeyCurrent();
        }
      }
      case "policies" -> {
        return policies(r);
      }
      case "computers" -> {
        return computers(r);
      }
      case "scheduledtasks" -> {
        return tasks(r);
      }
      case "systemsettings" -> {
        if (n == 1 && r.method.equals("GET")) {
          ObjectNode o = om.createObjectNode();
          synchronized (s) {
            o.putObject("platformSettingUpdateRulesPolicyAutoApplyEnabled")
                .put("value", Boolean.toString(s.ruleUpdatesAutoApplied));
          }
          return o;
        }
      }
      case "iplists" -> {
        return simpleResource(
            r,
            "ipLists",
            "The IP list does not exist.",
            s.ipLists.values(),
            l -> l.id,
            this::ipListJson);
      }
      case "computergroups" -> {
        return simpleResource(
            r,
            "computerGroups",
            "The computer group does not exist.",
            s.groups.values(),
            g -> g.id,
            this::groupJson);
      }
      default -> {
        RuleKind k = Names.ruleResource(root);
        if (k != null) {
          return ruleResource(r, k);
        }
      }
    }
    throw new Fail(404, "Not found.");
  }

  private static Fail methodNotAllowed(Req r) {
    return new Fail(
        405, "Method " + r.method + " is not allowed on /api/" + String.join("/", r.path) + ".");
  }

  private static int id(String seg, String what) {
    try {
      return Integer.parseInt(seg);
    } catch (NumberFormatException e) {
      throw new Fail(404, "The " + what + " does not exist.");
    }
  }

  private JsonNode body(Req r) {
    if (r.body.length == 0) {
      return om.createObjectNode();
    }
    try {
      JsonNode n = om.readTree(r.body);
      return n == null ? om.createObjectNode() : n;
    } catch (java.io.IOException e) {
      throw new Fail(400, "The request body is not valid JSON.");
    }
  }

  private ObjectNode objectBody(Req r) {
    JsonNode n = body(r);
    if (!n.isObject()) {
      throw new Fail(400, "The request body must be a JSON object.");
    }
    return (ObjectNode) n;
  }

  private static Integer optInt(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new Fail(400, field + " must be an integer.");
    }
    return n.intValue();
  }

  private static String optString(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new Fail(400, field + " must be a string.");
    }
    return n.textValue();
  }

  private static Boolean optBool(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      throw new Fail(400, field + " must be true or false.");
    }
    return n.booleanValue();
  }

  private static List<Integer> intList(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray()) {
      throw new Fail(400, field + " must be an array of integers.");
    }
    List<Integer> out = new ArrayList<>();
    for (JsonNode e : n) {
      if (!e.isIntegralNumber() || !e.canConvertToInt()) {
        throw new Fail(400, field + " must be an array of integers.");
      }
      out.add(e.intValue());
    }
    return out;
  }

  private <T> JsonNode simpleResource(
      Req r,
      String wrapper,
      String missing,
      Collection<T> items,
      java.util.function.Function<T, Integer> id,
      java.util.function.Function<T, ObjectNode> render) {
    List<String> p = r.path;
    if (p.size() == 1 && r.method.equals("GET")) {
      return wrap(wrapper, Search.run(Search.parse(null), items, id, render));
    }
    if (p.size() == 2 && p.get(1).equals("search")) {
      if (!r.method.equals("POST")) {
        throw methodNotAllowed(r);
      }
      return wrap(wrapper, Search.run(Search.parse(body(r)), items, id, render));
    }
    if (p.size() == 2) {
      if (!r.method.equals("GET")) {
        throw methodNotAllowed(r);
      }
      int want;
      try {
        want = Integer.parseInt(p.get(1));
      } catch (NumberFormatException e) {
        throw new Fail(404, missing);
      }
      for (T t : items) {
        if (id.apply(t) == want) {
          return render.apply(t);
        }
      }
      throw new Fail(404, missing);
    }
    throw new Fail(404, "Not found.");
  }

  private ObjectNode wrap(String key, List<ObjectNode> items) {
    ObjectNode o = om.createObjectNode();
    ArrayNode a = o.putArray(key);
    a.addAll(items);
    return o;
  }

  // ------------------------------------------------------------------ API key

  private JsonNode apiKeyCurrent() {
    ObjectNode o = om.createObjectNode();
    o.put("keyName", "dsm4j-simulator");
    o.put("description", "API key of the dsm4j embedded DSM simulator");
    o.put("locale", "en-US");
    o.put("roleID", 1);
    o.put("timeZone", "UTC");
    o.put("active", true);
    o.put("created", s.now().minusSeconds(86_400 * 30).toEpochMilli());
    o.put("unsuccessfulSignInAttempts", 0);
    o.put("serviceAccount", false);
    o.put("roleURN", "urn:tmds:identity:us-east-ds-1:0:role/Full Access");
    if (s.cfg.tenant() != null) {
      o.put("tenantID", 1);
    }
    String key = s.cfg.apiKey();
    int colon = key.indexOf(':');
    int id = 1;
    if (colon > 0) {
      try {
        id = Integer.parseInt(key.substring(0, colon));
      } catch (NumberFormatException ignored) {
        id = 1;
      }
    }
    o.put("ID", id);
    return o;
  }

  // ------------------------------------------------------------------ policies

  private PolicyRec policyOr404(String seg) {
    PolicyRec p = s.policyRec(id(seg, "policy"));
    if (p == null) {
      throw new Fail(404, "The policy does not exist.");
    }
    return p;
  }

  private JsonNode policies(Req r) {
    List<String> p = r.path;
    int n = p.size();
    boolean overrides = r.flag("overrides");
    if (n == 1) {
      return switch (r.method) {
        case "GET" ->
            wrap(
                "policies",
                Search.run(
                    Search.parse(null),
                    s.policies.values(),
                    x -> x.id,
                    x -> policyJson(x, overrides)));
        case "POST" -> policyJson(createPolicy(objectBody(r)), overrides);
        default -> throw methodNotAllowed(r);
      };
    }
    if (n == 2 && p.get(1).equals("search")) {
      if (!r.method.equals("POST")) {
        throw methodNotAllowed(r);
      }
      return wrap(
          "policies",
          Search.run(
              Search.parse(body(r)),
              s.policies.values(),
              x -> x.id,
              x -> policyJson(x, overrides)));
    }
    PolicyRec pol = policyOr404(p.get(1));
    if (n == 2) {
      switch (r.method) {
        case "GET":
          return policyJson(pol, overrides);
        case "POST":
          modifyPolicy(pol, objectBody(r));
          return policyJson(pol, overrides);
        case "DELETE":
          if (s.policyInUse(pol.id)) {
            throw new Fail(
                400, "The policy is in use by computers or child policies and cannot be deleted.");
          }
          s.policies.remove(pol.id);
          return null;
        default:
          throw methodNotAllowed(r);
      }
    }
    RuleKind kind = Names.moduleSegment(p.get(2));
    if (kind != null && n >= 4 && p.get(3).equals("assignments")) {
      TreeSet<Integer> direct = pol.direct.get(kind);
      if (n == 4) {
        switch (r.method) {
          case "GET":
            break;
          case "POST", "PUT":
            {
              List<Integer> ids = intList(objectBody(r), "ruleIDs");
              if (ids == null) {
                ids = List.of();
              }
              List<Integer> bad = s.unknownRules(kind, ids);
              if (!bad.isEmpty()) {
                throw new Fail(400, "Invalid rule IDs: " + bad + ".");
              }
              if (r.method.equals("PUT")) {
                direct.clear();
              }
              direct.addAll(ids);
              break;
            }
          default:
            throw methodNotAllowed(r);
        }
        return policyAssignments(pol, kind, overrides);
      }
      if (n == 5) {
        if (!r.method.equals("DELETE")) {
          throw methodNotAllowed(r);
        }
        int rid = id(p.get(4), "rule");
        direct.remove(rid);
        return policyAssignments(pol, kind, overrides);
      }
    }
    if (kind == RuleKind.INTRUSION_PREVENTION && n >= 4 && p.get(3).equals("rules")) {
      if (n == 4 && r.method.equals("GET")) {
        List<ObjectNode> out = new ArrayList<>();
        for (Integer rid : overrides ? pol.direct.get(kind) : s.effective(pol.id, kind)) {
          RuleRec rule = s.rules.get(kind).get(rid);
          if (rule != null) {
            out.add(policyRuleJson(pol, rule, overrides));
          }
        }
        return wrap("intrusionPreventionRules", out);
      }
      if (n == 5) {
        RuleRec rule = s.rules.get(kind).get(id(p.get(4), "intrusion prevention rule"));
        if (rule == null) {
          throw new Fail(404, Names.missing(kind));
        }
        switch (r.method) {
          case "GET":
            return policyRuleJson(pol, rule, overrides);
          case "POST":
            {
              ObjectNode b = objectBody(r);
              Map<String, Object> ov =
                  pol.ipsOverrides.computeIfAbsent(rule.id, x -> new LinkedHashMap<>());
              for (String f :
                  List.of(
                      "detectOnly",
                      "alertEnabled",
                      "eventLoggingDisabled",
                      "alwaysIncludePacketData",
                      "generateEventOnPacketDrop")) {
                Boolean v = optBool(b, f);
                if (v != null) {
                  ov.put(f, v);
                }
              }
              String prio = optString(b, "priority");
              if (prio != null) {
                if (!List.of("lowest", "low", "normal", "high", "highest").contains(prio)) {
                  throw new Fail(400, "Invalid priority '" + prio + "'.");
                }
                ov.put("priority", prio);
              }
              if (ov.isEmpty()) {
                pol.ipsOverrides.remove(rule.id);
              }
              return policyRuleJson(pol, rule, overrides);
            }
          case "DELETE":
            pol.ipsOverrides.remove(rule.id);
            return policyRuleJson(pol, rule, overrides);
          default:
            throw methodNotAllowed(r);
        }
      }
    }
    throw new Fail(404, "Not found.");
  }

  private PolicyRec createPolicy(ObjectNode b) {
    String name = optString(b, "name");
    if (name == null || name.isBlank()) {
      throw new Fail(400, "The policy name is required.");
    }
    if (s.policyByName(name) != null) {
      // A real DSM rejects duplicate names as a validation error (HTTP 400).
      throw new Fail(400, "A policy with the name '" + name + "' already exists.");
    }
    Integer parent = optInt(b, "parentID");
    if (parent != null && parent != 0 && s.policyRec(parent) == null) {
      throw new Fail(400, "The parent policy " + parent + " does not exist.");
    }
    Map<SecurityModule, ModuleState> states = parseModuleStates(b);
    Map<RuleKind, List<Integer>> ruleIds = parseModuleRuleIds(b);
    PolicyRec p = s.createPolicy(name, parent == null || parent == 0 ? null : parent);
    applyPolicyFields(p, b, states, ruleIds);
    return p;
  }

  private void modifyPolicy(PolicyRec p, ObjectNode b) {
    String name = optString(b, "name");
    if (name != null) {
      if (name.isBlank()) {
        throw new Fail(400, "The policy name must not be blank.");
      }
      PolicyRec other = s.policyByName(name);
      if (other != null && other != p) {
        throw new Fail(400, "A policy with the name '" + name + "' already exists.");
      }
    }
    Integer parent = optInt(b, "parentID");
    if (parent != null && parent != 0) {
      if (s.policyRec(parent) == null) {
        throw new Fail(400, "The parent policy " + parent + " does not exist.");
      }
      if (s.isSelfOrDescendant(p.id, parent)) {
        throw new Fail(400, "A policy cannot be its own ancestor.");
      }
    }
    Map<SecurityModule, ModuleState> states = parseModuleStates(b);
    Map<RuleKind, List<Integer>> ruleIds = parseModuleRuleIds(b);
    if (name != null) {
      p.name = name;
    }
    if (parent != null) {
      p.parentId = parent == 0 ? null : parent;
    }
    applyPolicyFields(p, b, states, ruleIds);
  }

  private void applyPolicyFields(
      PolicyRec p,
      ObjectNode b,
      Map<SecurityModule, ModuleState> states,
      Map<RuleKind, List<Integer>> ruleIds) {
    String d = optString(b, "description");
    if (d != null) {
      p.description = d;
    }
    String mode = optString(b, "recommendationScanMode");
    if (mode != null) {
      if (!mode.equals("off") && !mode.equals("ongoing")) {
        throw new Fail(400, "recommendationScanMode must be off or ongoing.");
      }
      p.recommendationScanMode = mode;
    }
    states.forEach(
        (m, st) -> {
          if (st == ModuleState.INHERITED && p.parentId == null) {
            p.states.put(m, ModuleState.OFF);
          } else {
            p.states.put(m, st);
          }
        });
    ruleIds.forEach(
        (k, ids) -> {
          p.direct.get(k).clear();
          p.direct.get(k).addAll(ids);
        });
  }

  private Map<SecurityModule, ModuleState> parseModuleStates(ObjectNode b) {
    Map<SecurityModule, ModuleState> out = new LinkedHashMap<>();
    for (SecurityModule m : SecurityModule.values()) {
      JsonNode ext = b.get(Names.restModuleKey(m));
      if (ext == null || ext.isNull()) {
        continue;
      }
      if (!ext.isObject()) {
        throw new Fail(400, Names.restModuleKey(m) + " must be an object.");
      }
      String st = optString(ext, "state");
      if (st != null) {
        ModuleState parsed = Names.parseRestState(m, st);
        if (parsed == null) {
          throw new Fail(400, "Invalid " + Names.restModuleKey(m) + " state '" + st + "'.");
        }
        out.put(m, parsed);
      }
    }
    return out;
  }

  private Map<RuleKind, List<Integer>> parseModuleRuleIds(ObjectNode b) {
    Map<RuleKind, List<Integer>> out = new LinkedHashMap<>();
    for (RuleKind k :
        List.of(
            RuleKind.INTRUSION_PREVENTION,
            RuleKind.FIREWALL,
            RuleKind.INTEGRITY_MONITORING,
            RuleKind.LOG_INSPECTION)) {
      JsonNode ext = b.get(Names.restModuleKey(Names.module(k)));
      if (ext == null || !ext.isObject()) {
        continue;
      }
      List<Integer> ids = intList(ext, "ruleIDs");
      if (ids != null) {
        List<Integer> bad = s.unknownRules(k, ids);
        if (!bad.isEmpty()) {
          throw new Fail(400, "Invalid rule IDs: " + bad + ".");
        }
        out.put(k, ids);
      }
    }
    return out;
  }

  ObjectNode policyJson(PolicyRec p, boolean overrides) {
    ObjectNode o = om.createObjectNode();
    if (p.parentId != null) {
      o.put("parentID", p.parentId);
    }
    o.put("name", p.name);
    o.put("description", p.description);
    o.put("recommendationScanMode", p.recommendationScanMode);
    o.put("autoRequiresUpdate", "on");
    o.putObject("policySettings")
        .putObject("intrusionPreventionSettingAutoApplyRecommendationsEnabled")
        .put("value", Boolean.toString(p.autoApplyRecommendations));
    o.put("ID", p.id);
    for (SecurityModule m : SecurityModule.values()) {
      ModuleState own = p.states.getOrDefault(m, ModuleState.INHERITED);
      ObjectNode ext = om.createObjectNode();
      if (!overrides || own != ModuleState.INHERITED) {
        ModuleState shown = overrides ? own : s.effectiveState(p.id, m);
        ext.put("state", Names.restState(m, shown));
        if (!overrides) {
          ext.putObject("moduleStatus")
              .put("status", shown == ModuleState.OFF ? "inactive" : "active")
              .put("statusMessage", shown == ModuleState.OFF ? "Off" : "On");
        }
      }
      RuleKind k =
          switch (m) {
            case FIREWALL -> RuleKind.FIREWALL;
            case INTRUSION_PREVENTION -> RuleKind.INTRUSION_PREVENTION;
            case INTEGRITY_MONITORING -> RuleKind.INTEGRITY_MONITORING;
            case LOG_INSPECTION -> RuleKind.LOG_INSPECTION;
            default -> null;
          };
      if (k != null) {
        TreeSet<Integer> ids = overrides ? p.direct.get(k) : s.effective(p.id, k);
        if (!ids.isEmpty()) {
          ints(ext.putArray("ruleIDs"), ids);
        }
        if (k == RuleKind.INTRUSION_PREVENTION) {
          TreeSet<Integer> apps =
              s.appTypesFor(
                  ids,
                  overrides
                      ? p.direct.get(RuleKind.APPLICATION_TYPE)
                      : s.effective(p.id, RuleKind.APPLICATION_TYPE));
          if (!apps.isEmpty()) {
            ints(ext.putArray("applicationTypeIDs"), apps);
          }
        }
      }
      if (!ext.isEmpty()) {
        o.set(Names.restModuleKey(m), ext);
      }
    }
    return o;
  }

  private static void ints(ArrayNode a, Collection<Integer> ids) {
    for (Integer i : ids) {
      a.add(i);
    }
  }

  private ObjectNode policyAssignments(PolicyRec p, RuleKind kind, boolean overrides) {
    TreeSet<Integer> assigned =
        overrides ? new TreeSet<>(p.direct.get(kind)) : s.effective(p.id, kind);
    ObjectNode o = om.createObjectNode();
    ints(o.putArray("assignedRuleIDs"), assigned);
    if (kind == RuleKind.FIREWALL) {
      return o;
    }
    if (kind == RuleKind.INTRUSION_PREVENTION) {
      ints(o.putArray("assignedApplicationTypeIDs"), s.appTypesFor(assigned, new TreeSet<>()));
    }
    // Policy recommendations aggregate the computers that use the policy.
    String status = "none";
    Instant last = null;
    TreeSet<Integer> toAssign = new TreeSet<>();
    TreeSet<Integer> toUnassign = new TreeSet<>();
    for (ComputerRec c : s.computersUsing(p.id)) {
      String st = s.scanStatus(c);
      if (st.equals("none")) {
        continue;
      }
      status = status.equals("out-of-date") ? status : st;
      if (last == null || c.lastRecommendationScan.isAfter(last)) {
        last = c.lastRecommendationScan;
      }
      toAssign.addAll(s.recommendedToAssign(c, kind));
      toUnassign.addAll(s.recommendedToUnassign(c, kind));
    }
    toAssign.removeAll(assigned);
    toUnassign.retainAll(assigned);
    recommendationFields(o, status, last, toAssign, toUnassign);
    return o;
  }

  private static void recommendationFields(
      ObjectNode o,
      String status,
      Instant last,
      Collection<Integer> toAssign,
      Collection<Integer> toUnassign) {
    o.put("recommendationScanStatus", status);
    if (last != null) {
      o.put("lastRecommendationScanDate", last.toEpochMilli());
    }
    ints(o.putArray("recommendedToAssignRuleIDs"), toAssign);
    ints(o.putArray("recommendedToUnassignRuleIDs"), toUnassign);
  }

  private ObjectNode policyRuleJson(PolicyRec p, RuleRec r, boolean overrides) {
    Map<String, Object> ov = p.ipsOverrides.getOrDefault(r.id, Map.of());
    ObjectNode o;
    if (overrides) {
      o = om.createObjectNode();
    } else {
      o = ruleJson(r);
    }
    ov.forEach(
        (k, v) -> {
          if (v instanceof Boolean bool) {
            o.put(k, bool);
          } else {
            o.put(k, String.valueOf(v));
          }
        });
    o.remove("ID");
    o.put("ID", r.id);
    return o;
  }

  // ------------------------------------------------------------------ rules

  private JsonNode ruleResource(Req r, RuleKind k) {
    List<String> p = r.path;
    TreeSet<Integer> none = new TreeSet<>();
    if (p.size() == 1) {
      if (!r.method.equals("GET")) {
        throw methodNotAllowed(r);
      }
      return wrap(
          Names.wrapper(k),
          Search.run(Search.parse(null), s.rules.get(k).values(), x -> x.id, this::ruleJson));
    }
    if (p.size() == 2 && p.get(1).equals("search")) {
      if (!r.method.equals("POST")) {
        throw methodNotAllowed(r);
      }
      Search.Filter f = Search.parse(body(r));
      return wrap(
          Names.wrapper(k), Search.run(f, s.rules.get(k).values(), x -> x.id, this::ruleJson));
    }
    if (p.size() == 2) {
      RuleRec rule;
      try {
        rule = s.rules.get(k).get(Integer.parseInt(p.get(1)));
      } catch (NumberFormatException e) {
        rule = null;
      }
      if (rule == null) {
        throw new Fail(404, Names.missing(k));
      }
      switch (r.method) {
        case "GET":
          return ruleJson(rule);
        case "POST":
          modifyRule(rule, objectBody(r));
          return ruleJson(rule);
        default:
          throw methodNotAllowed(r);
      }
    }
    none.clear();
    throw new Fail(404, "Not found.");
  }

  private void modifyRule(RuleRec rule, ObjectNode b) {
    String name = optString(b, "name");
    String description = optString(b, "description");
    if (rule.authoritative
        && ((name != null && !name.equals(rule.name))
            || (description != null && !description.equals(rule.description)))) {
      throw new Fail(
          403,
          "Not authorized to modify the rule or the requested modification is not permitted: Trend Micro rules are read-only apart from their flags.");
    }
    Boolean detect = optBool(b, "detectOnly");
    Boolean alert = optBool(b, "alertEnabled");
    Boolean noLog = optBool(b, "eventLoggingDisabled");
    Boolean packet = optBool(b, "alwaysIncludePacketData");
    String prio = optString(b, "priority");
    String mode = optString(b, "recommendationsMode");
    if (detect != null && rule.kind != RuleKind.INTRUSION_PREVENTION) {
      throw new Fail(400, "detectOnly applies to intrusion prevention rules only.");
    }
    if (prio != null
        && rule.kind == RuleKind.INTRUSION_PREVENTION
        && !List.of("lowest", "low", "normal", "high", "highest").contains(prio)) {
      throw new Fail(400, "Invalid priority '" + prio + "'.");
    }
    if (mode != null && !List.of("enabled", "ignored", "unknown", "disabled").contains(mode)) {
      throw new Fail(400, "Invalid recommendationsMode '" + mode + "'.");
    }
    if (name != null) {
      rule.name = name;
    }
    if (description != null) {
      rule.description = description;
    }
    if (detect != null) {
      rule.detectOnly = detect;
    }
    if (alert != null) {
      rule.raiseAlert = alert;
    }
    if (noLog != null) {
      rule.disableEvent = noLog;
    }
    if (packet != null) {
      rule.includePacketData = packet;
    }
    if (prio != null && rule.kind == RuleKind.INTRUSION_PREVENTION) {
      rule.priority = prio;
    }
    if (mode != null) {
      rule.ignoreRecommendations = mode.equals("ignored");
    }
    rule.lastUpdated = s.now();
  }

  private static String sev(Severity v) {
    return v == null ? null : v.name().toLowerCase(Locale.ROOT);
  }

  ObjectNode ruleJson(RuleRec r) {
    ObjectNode o = om.createObjectNode();
    o.put("name", r.name);
    o.put("description", r.description);
    switch (r.kind) {
      case INTRUSION_PREVENTION -> {
        o.put("minimumAgentVersion", "10.0.0.0");
        if (r.appTypeId != null) {
          o.put("applicationTypeID", r.appTypeId);
        }
        o.put("priority", r.priority);
        o.put("severity", sev(r.severity));
        o.put("detectOnly", r.detectOnly);
        o.put("eventLoggingDisabled", r.disableEvent);
        o.put("generateEventOnPacketDrop", true);
        o.put("alwaysIncludePacketData", r.includePacketData);
        o.put("debugModeEnabled", false);
        o.put("type", r.type);
        o.put("originalIssue", r.issued.toEpochMilli());
        o.put("lastUpdated", r.lastUpdated.toEpochMilli());
        o.put("identifier", r.identifier);
        o.put("template", "custom");
        o.put("alertEnabled", r.raiseAlert);
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("canBeAssignedAlone", true);
        o.put("ID", r.id);
        if (r.cvss != null) {
          o.put("CVSSScore", String.valueOf(r.cvss));
        }
        if (!r.cves.isEmpty()) {
          ArrayNode a = o.putArray("CVE");
          r.cves.forEach(a::add);
        }
      }
      case FIREWALL -> {
        o.put("action", r.action);
        o.put("priority", r.priority);
        o.put("direction", r.direction);
        o.put("frameType", "ip");
        o.put("frameNot", false);
        o.put("protocol", r.protocol);
        o.put("protocolNot", false);
        o.put("sourceIPType", "any");
        o.put("sourceIPNot", false);
        o.put("sourceMACType", "any");
        o.put("sourceMACNot", false);
        o.put("sourcePortType", "any");
        o.put("sourcePortNot", false);
        o.put("destinationIPType", "any");
        o.put("destinationIPNot", false);
        o.put("destinationMACType", "any");
        o.put("destinationMACNot", false);
        if (r.protocol.equals("icmp")) {
          o.put("destinationPortType", "any");
        } else {
          o.put("destinationPortType", "multiple");
          o.putArray("destinationPortMultiple").add(r.ports);
        }
        o.put("destinationPortNot", false);
        o.put("anyFlags", true);
        o.put("logDisabled", r.disableEvent);
        o.put("includePacketData", r.includePacketData);
        o.put("alertEnabled", r.raiseAlert);
        o.put("ID", r.id);
      }
      case INTEGRITY_MONITORING -> {
        o.put("minimumAgentVersion", "9.0.0.0");
        o.put("severity", sev(r.severity));
        o.put("type", "2");
        o.put("originalIssue", r.issued.toEpochMilli());
        o.put("lastUpdated", r.lastUpdated.toEpochMilli());
        o.put("identifier", r.identifier);
        o.put("template", "custom");
        o.put(
            "customXML",
            Base64.getEncoder().encodeToString(r.customXml.getBytes(StandardCharsets.UTF_8)));
        o.put("alertEnabled", r.raiseAlert);
        o.put("realTimeMonitoringEnabled", r.realTime);
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("ID", r.id);
      }
      case LOG_INSPECTION -> {
        o.put("minimumAgentVersion", "9.0.0.0");
        o.put("type", "2");
        o.put("originalIssue", r.issued.toEpochMilli());
        o.put("lastUpdated", r.lastUpdated.toEpochMilli());
        o.put("identifier", r.identifier);
        o.put("template", "custom");
        o.put("level", r.level);
        o.put("ruleXML", RuleXml.logInspection(r));
        o.put("alertEnabled", r.raiseAlert);
        o.put("alertMinimumSeverity", 6);
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("sortOrder", 15000);
        o.put("canBeAssignedAlone", true);
        o.put("ID", r.id);
      }
      case APPLICATION_TYPE -> {
        o.put("minimumAgentVersion", "6.0.0.0");
        o.put("direction", r.direction);
        o.put("protocol", r.protocol);
        o.put("portType", "multiple");
        ArrayNode a = o.putArray("portMultiple");
        for (String port : r.ports.split(",")) {
          a.add(port);
        }
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("ID", r.id);
      }
    }
    return o;
  }

  // ------------------------------------------------------------------ computers

  private JsonNode computers(Req r) {
    List<String> p = r.path;
    Set<String> expand = new HashSet<>(r.query.getOrDefault("expand", List.of("all")));
    if (p.size() == 1) {
      if (!r.method.equals("GET")) {
        throw methodNotAllowed(r);
      }
      return wrap(
          "computers",
          Search.run(
              Search.parse(null), s.computers.values(), c -> c.id, c -> computerJson(c, expand)));
    }
    if (p.size() == 2 && p.get(1).equals("search")) {
      if (!r.method.equals("POST")) {
        throw methodNotAllowed(r);
      }
      Search.Filter f = Search.parse(body(r));
      return wrap(
          "computers",
          Search.run(f, s.computers.values(), c -> c.id, c -> computerJson(c, expand)));
    }
    ComputerRec c = s.computers.get(id(p.get(1), "computer"));
    if (c == null) {
      throw new Fail(404, "The computer does not exist.");
    }
    if (p.size() == 2) {
      switch (r.method) {
        case "GET":
          return computerJson(c, expand);
        case "POST":
          modifyComputer(c, objectBody(r));
          return computerJson(c, expand);
        default:
          throw methodNotAllowed(r);
      }
    }
    RuleKind kind = Names.moduleSegment(p.get(2));
    if (kind != null && p.size() == 4 && p.get(3).equals("assignments")) {
      if (!r.method.equals("GET")) {
        throw new Fail(
            405,
            "Computer-level rule assignment is not simulated; assign rules on the computer's policy.");
      }
      return computerAssignments(c, kind, r.flag("overrides"));
    }
    throw new Fail(404, "Not found.");
  }

  private void modifyComputer(ComputerRec c, ObjectNode b) {
    Integer policy = optInt(b, "policyID");
    Integer group = optInt(b, "groupID");
    String display = optString(b, "displayName");
    String description = optString(b, "description");
    if (policy != null && policy != 0 && s.policyRec(policy) == null) {
      throw new Fail(400, "The policy " + policy + " does not exist.");
    }
    if (group != null && group != 0 && !s.groups.containsKey(group)) {
      throw new Fail(400, "The computer group " + group + " does not exist.");
    }
    if (policy != null) {
      c.policyId = policy == 0 ? null : policy;
      c.lastSendPolicyRequest = s.now();
      c.lastSendPolicySuccess = s.now();
    }
    if (group != null) {
      c.groupId = group == 0 ? null : group;
    }
    if (display != null) {
      c.displayName = display;
    }
    if (description != null) {
      c.description = description;
    }
  }

  ObjectNode computerJson(ComputerRec c, Set<String> expand) {
    boolean all = expand.contains("all");
    boolean modules = all || expand.contains("allSecurityModules");
    ObjectNode o = om.createObjectNode();
    o.put("hostName", c.hostName);
    o.put("displayName", c.displayName);
    o.put("description", c.description);
    o.put("lastIPUsed", c.lastIp);
    o.put("platform", c.platform);
    o.put("groupID", c.groupId == null ? 0 : c.groupId);
    if (c.policyId != null) {
      o.put("policyID", c.policyId);
    }
    o.put("relayListID", 0);
    o.put("agentFingerPrint", fingerprint(c));
    o.put("lastAgentCommunication", c.lastAgentCommunication.toEpochMilli());
    if (c.lastSendPolicyRequest != null) {
      o.put("lastSendPolicyRequest", c.lastSendPolicyRequest.toEpochMilli());
    }
    if (c.lastSendPolicySuccess != null) {
      o.put("lastSendPolicySuccess", c.lastSendPolicySuccess.toEpochMilli());
    }
    o.put("agentVersion", c.agentVersion);
    if (all || expand.contains("computerStatus")) {
      ObjectNode st = o.putObject("computerStatus");
      st.put("agentStatus", c.warnings.isEmpty() ? "active" : "warning");
      ArrayNode msgs = st.putArray("agentStatusMessages");
      msgs.add("Managed (Online)");
      c.warnings.forEach(msgs::add);
    }
    if (all || expand.contains("securityUpdates")) {
      ObjectNode su = o.putObject("securityUpdates");
      su.putObject("updateStatus").put("status", "active").put("statusMessage", "Up-to-date");
      su.put(
          "lastChanged",
          c.lastSendPolicySuccess == null
              ? s.now().toEpochMilli()
              : c.lastSendPolicySuccess.toEpochMilli());
    }
    if (all || expand.contains("tasks")) {
      o.putObject("tasks").putArray("agentTasks");
    }
    if (all || expand.contains("interfaces")) {
      ObjectNode ifs = o.putObject("interfaces");
      ObjectNode eth = ifs.putArray("interfaces").addObject();
      eth.put("ID", c.id * 10 + 1);
      eth.put("name", c.family == Recs.Platform.LINUX ? "eth0" : "Ethernet0");
      eth.put("detected", true);
      eth.put("MAC", String.format("02:00:00:00:%02x:%02x", c.id / 256, c.id % 256));
      eth.put("DHCP", false);
      eth.putArray("IPs").add(c.lastIp + "/24");
    }
    o.put("hostGUID", c.hostGuid);
    o.put("ID", c.id);
    for (SecurityModule m : SecurityModule.values()) {
      String key = Names.restModuleKey(m);
      if (!(modules || expand.contains(key))) {
        continue;
      }
      ModuleState st = c.policyId == null ? ModuleState.OFF : s.effectiveState(c.policyId, m);
      ObjectNode ext = o.putObject(key);
      ext.put("state", Names.restState(m, st));
      RuleKind k =
          m == SecurityModule.ANTI_MALWARE
              ? null
              : switch (m) {
                case FIREWALL -> RuleKind.FIREWALL;
                case INTRUSION_PREVENTION -> RuleKind.INTRUSION_PREVENTION;
                case INTEGRITY_MONITORING -> RuleKind.INTEGRITY_MONITORING;
                default -> RuleKind.LOG_INSPECTION;
              };
      TreeSet<Integer> ids = k == null ? new TreeSet<>() : s.computerEffective(c, k);
      ObjectNode ms = ext.putObject("moduleStatus");
      ms.put("agentStatus", st == ModuleState.OFF ? "inactive" : "active");
      ms.put(
          "agentStatusMessage",
          st == ModuleState.OFF
              ? "Off, not installed"
              : "On" + (k == null ? "" : ", " + ids.size() + " rules"));
      if (k != null && !ids.isEmpty()) {
        ints(ext.putArray("ruleIDs"), ids);
      }
      if (k == RuleKind.INTRUSION_PREVENTION) {
        TreeSet<Integer> apps = s.appTypesFor(ids, new TreeSet<>());
        if (!apps.isEmpty()) {
          ints(ext.putArray("applicationTypeIDs"), apps);
        }
      }
    }
    return o;
  }

  private static String fingerprint(ComputerRec c) {
    long h = Store.mix(c.id * 977L + c.hostName.hashCode());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(String.format("%02X", (h >>> ((i % 8) * 8)) & 0xff ^ i * 17 & 0xff));
    }
    return sb.toString();
  }

  private ObjectNode computerAssignments(ComputerRec c, RuleKind kind, boolean overrides) {
    TreeSet<Integer> assigned = overrides ? new TreeSet<>() : s.computerEffective(c, kind);
    ObjectNode o = om.createObjectNode();
    ints(o.putArray("assignedRuleIDs"), assigned);
    if (kind == RuleKind.FIREWALL) {
      return o;
    }
    if (kind == RuleKind.INTRUSION_PREVENTION) {
      ints(o.putArray("assignedApplicationTypeIDs"), s.appTypesFor(assigned, new TreeSet<>()));
    }
    String status = s.scanStatus(c);
    recommendationFields(
        o,
        status,
        c.lastRecommendationScan,
        s.recommendedToAssign(c, kind),
        s.recommendedToUnassign(c, kind));
    return o;
  }

  // ------------------------------------------------------------------ scheduled tasks

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
    return sb.append("TaskParameters").toString().replace("VCenter", "VCenter");
  }

  private JsonNode tasks(Req r) {
    List<String> p = r.path;
    if (p.size() == 1) {
      return switch (r.method) {
        case "GET" -> wrap("scheduledTasks", new ArrayList<>(s.tasks.values()));
        case "POST" -> createTask(objectBody(r));
        default -> throw methodNotAllowed(r);
      };
    }
    if (p.size() == 2 && p.get(1).equals("search")) {
      if (!r.method.equals("POST")) {
        throw methodNotAllowed(r);
      }
      return wrap(
          "scheduledTasks",
          Search.run(
              Search.parse(body(r)),
              s.tasks.entrySet(),
              Map.Entry::getKey,
              e -> e.getValue().deepCopy()));
    }
    if (p.size() == 2) {
      int tid = id(p.get(1), "scheduled task");
      ObjectNode t = s.tasks.get(tid);
      if (t == null) {
        throw new Fail(404, "The scheduled task does not exist.");
      }
      switch (r.method) {
        case "GET":
          return t;
        case "DELETE":
          s.tasks.remove(tid);
          return null;
        case "POST":
          {
            ObjectNode b = objectBody(r);
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
              runTask(t);
            }
            return t;
          }
        default:
          throw methodNotAllowed(r);
      }
    }
    throw new Fail(404, "Not found.");
  }

  private JsonNode createTask(ObjectNode b) {
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
    ObjectNode t = om.createObjectNode();
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
    List<ComputerRec> targets = targets(t, type);
    t.put("ID", s.nextTaskId++);
    if (Boolean.TRUE.equals(runNow)) {
      run(t, type, targets);
    }
    s.tasks.put(t.get("ID").asInt(), t);
    return t;
  }

  private void runTask(ObjectNode t) {
    String type = t.get("type").asText();
    run(t, type, targets(t, type));
  }

  private static final Set<String> COMPUTER_TASKS =
      Set.of(
          "scan-for-recommendations",
          "scan-for-malware",
          "scan-for-integrity-changes",
          "send-policy",
          "check-for-security-updates",
          "scan-for-open-ports");

  /** Resolves the task's {@code computerFilter}; null for task types we do not execute. */
  private List<ComputerRec> targets(ObjectNode t, String type) {
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
        if (gid == null || !s.groups.containsKey(gid)) {
          throw new Fail(400, "computerFilter.computerGroupID " + gid + " does not exist.");
        }
        boolean sub = ft.endsWith("subgroup");
        for (ComputerRec c : s.computers.values()) {
          if (c.groupId != null && (c.groupId.equals(gid) || (sub && groupUnder(c.groupId, gid)))) {
            out.add(c);
          }
        }
      }
      case "computers-using-policy", "computers-using-policy-or-subpolicy" -> {
        Integer pid = optInt(filter, "policyID");
        if (pid == null || s.policyRec(pid) == null) {
          throw new Fail(400, "computerFilter.policyID " + pid + " does not exist.");
        }
        boolean sub = ft.endsWith("subpolicy");
        for (ComputerRec c : s.computers.values()) {
          if (c.policyId != null
              && (c.policyId.equals(pid) || (sub && s.isSelfOrDescendant(pid, c.policyId)))) {
            out.add(c);
          }
        }
      }
      default -> throw new Fail(400, "Unsupported computerFilter.type '" + ft + "'.");
    }
    return out;
  }

  private boolean groupUnder(Integer group, int ancestor) {
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

  private void run(ObjectNode t, String type, List<ComputerRec> targets) {
    Instant now = s.now();
    if (targets != null) {
      Actions.run(s, type, targets);
    }
    t.put("lastRunTime", now.toEpochMilli());
    t.put("runNow", false);
  }

  // ------------------------------------------------------------------ lists and groups

  private ObjectNode ipListJson(IpListRec l) {
    ObjectNode o = om.createObjectNode();
    o.put("name", l.name);
    o.put("description", l.description);
    ArrayNode a = o.putArray("items");
    l.items.forEach(a::add);
    o.put("ID", l.id);
    return o;
  }

  private ObjectNode groupJson(GroupRec g) {
    ObjectNode o = om.createObjectNode();
    o.put("type", "folder");
    o.put("name", g.name);
    o.put("description", g.description);
    if (g.parentId != null) {
      o.put("parentGroupID", g.parentId);
    }
    o.put("ID", g.id);
    return o;
  }
}
