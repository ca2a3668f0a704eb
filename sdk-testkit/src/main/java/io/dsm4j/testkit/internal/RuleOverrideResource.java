package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.ComputerResource.COMPUTER;
import static io.dsm4j.testkit.internal.PolicyResource.POLICY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rule overrides on a policy or a computer ({@code /{policies|computers}/{id}/{module}/rules} and
 * {@code …/rules/{ruleID}}: read with or without {@code overrides}, override fields, reset), and a
 * computer's own rule assignments (POST, PUT, DELETE {@code /computers/{id}/{module}/assignments}).
 * A computer's rule is its policy's (with the policy's overrides) with the computer's overrides on
 * top. REST only: SOAP has neither.
 */
final class RuleOverrideResource implements Resource {

  /** The override fields each kind accepts, with the values a text field may take (null: any). */
  private static final Map<RuleKind, Map<String, List<String>>> FIELDS = fields();

  private static Map<RuleKind, Map<String, List<String>>> fields() {
    List<String> bool = List.of("true", "false");
    List<String> severity = List.of("low", "medium", "high", "critical");
    Map<RuleKind, Map<String, List<String>>> m = new java.util.EnumMap<>(RuleKind.class);
    Map<String, List<String>> ips = new LinkedHashMap<>();
    for (String f :
        List.of(
            "detectOnly",
            "alertEnabled",
            "eventLoggingDisabled",
            "alwaysIncludePacketData",
            "generateEventOnPacketDrop")) {
      ips.put(f, bool);
    }
    ips.put("priority", List.of("lowest", "low", "normal", "high", "highest"));
    ips.put("severity", severity);
    m.put(RuleKind.INTRUSION_PREVENTION, ips);
    Map<String, List<String>> fw = new LinkedHashMap<>();
    for (String f : List.of("alertEnabled", "logDisabled", "includePacketData")) {
      fw.put(f, bool);
    }
    fw.put("priority", List.of("0", "1", "2", "3", "4"));
    fw.put("action", List.of("log-only", "allow", "deny", "force-allow", "bypass"));
    m.put(RuleKind.FIREWALL, fw);
    Map<String, List<String>> im = new LinkedHashMap<>();
    im.put("alertEnabled", bool);
    im.put("realTimeMonitoringEnabled", bool);
    im.put("severity", severity);
    m.put(RuleKind.INTEGRITY_MONITORING, im);
    m.put(RuleKind.LOG_INSPECTION, Map.of("alertEnabled", bool));
    return m;
  }

  @Override
  public void routes(RestRoutes rest) {
    for (RuleKind kind : Names.MODULE_KINDS) {
      String module = Names.moduleSegment(kind);
      RestRoutes.Param<RuleRec> rule = ruleParam(kind);
      rest.on("policies", POLICY, module, "rules")
          .get(c -> list(c, kind, c.get(POLICY), null))
          .otherwise(RestRoutes.NOT_FOUND);
      rest.on("policies", POLICY, module, "rules", rule)
          .get(c -> json(c.s, kind, c.get(POLICY), null, c.get(rule), c.flag("overrides")))
          .post(c -> override(c, kind, c.get(POLICY), null, c.get(rule)))
          .delete(c -> reset(c, kind, c.get(POLICY), null, c.get(rule)));
      rest.on("computers", COMPUTER, module, "rules")
          .get(c -> list(c, kind, null, c.get(COMPUTER)))
          .otherwise(RestRoutes.NOT_FOUND);
      rest.on("computers", COMPUTER, module, "rules", rule)
          .get(c -> json(c.s, kind, null, c.get(COMPUTER), c.get(rule), c.flag("overrides")))
          .post(c -> override(c, kind, null, c.get(COMPUTER), c.get(rule)))
          .delete(c -> reset(c, kind, null, c.get(COMPUTER), c.get(rule)));
      rest.on("computers", COMPUTER, module, "assignments")
          .post(c -> assign(c, kind, false))
          .put(c -> assign(c, kind, true));
      rest.on("computers", COMPUTER, module, "assignments", PolicyAssignmentResource.RULE_ID)
          .delete(
              c -> {
                ComputerRec comp = c.get(COMPUTER);
                comp.direct.get(kind).remove(c.get(PolicyAssignmentResource.RULE_ID));
                return ComputerResource.assignments(c.s, comp, kind, c.flag("overrides"));
              });
    }
  }

  @Override
  public void operations(SoapOperations soap) {
    // SOAP has no rule overrides and no computer-level assignments.
  }

  private static RestRoutes.Param<RuleRec> ruleParam(RuleKind kind) {
    return RestRoutes.Param.resolved(
        "rule",
        (s, seg) -> {
          RuleRec r;
          try {
            r = s.catalog(kind).get(Integer.parseInt(seg));
          } catch (NumberFormatException e) {
            r = null;
          }
          if (r == null) {
            throw new Fail(404, Names.missing(kind));
          }
          return r;
        });
  }

  private static JsonNode assign(RestCall c, RuleKind kind, boolean replace) {
    ComputerRec comp = c.get(COMPUTER);
    List<Integer> ids = RestCall.intList(c.objectBody(), "ruleIDs");
    ids = ids == null ? List.of() : ids;
    List<Integer> bad = PolicyTree.unknownRules(c.s, kind, ids);
    if (!bad.isEmpty()) {
      throw new Fail(400, "Invalid rule IDs: " + bad + ".");
    }
    TreeSet<Integer> direct = comp.direct.get(kind);
    if (replace) {
      direct.clear();
    }
    direct.addAll(RuleWrites.withDependencies(c.s, kind, ids));
    return ComputerResource.assignments(c.s, comp, kind, c.flag("overrides"));
  }

  private static JsonNode list(RestCall c, RuleKind kind, PolicyRec pol, ComputerRec comp) {
    boolean overrides = c.flag("overrides");
    Collection<Integer> ids;
    if (pol != null) {
      ids = overrides ? pol.direct.get(kind) : PolicyTree.effective(c.s, pol.id, kind);
    } else {
      ids = overrides ? comp.direct.get(kind) : Recommendations.computerEffective(c.s, comp, kind);
    }
    List<ObjectNode> out = new ArrayList<>();
    for (Integer rid : ids) {
      RuleRec rule = c.s.catalog(kind).get(rid);
      if (rule != null) {
        out.add(json(c.s, kind, pol, comp, rule, overrides));
      }
    }
    return RestCall.wrap(wrapper(kind), out);
  }

  private static String wrapper(RuleKind kind) {
    return RuleCatalogResource.CATALOGS.stream()
        .filter(c -> c.kind() == kind)
        .findFirst()
        .orElseThrow()
        .restWrapper();
  }

  private static Map<Integer, Map<String, Object>> own(RuleKind kind, PolicyRec p, ComputerRec c) {
    return p != null ? p.overrides.get(kind) : c.overrides.get(kind);
  }

  private static JsonNode override(
      RestCall c, RuleKind kind, PolicyRec pol, ComputerRec comp, RuleRec rule) {
    ObjectNode b = c.objectBody();
    Map<String, Object> ov =
        own(kind, pol, comp).computeIfAbsent(rule.id, x -> new LinkedHashMap<>());
    FIELDS
        .get(kind)
        .forEach(
            (f, allowed) -> {
              JsonNode n = b.get(f);
              if (n == null || n.isNull()) {
                return;
              }
              if (allowed.contains("true") && !n.isBoolean()) {
                throw new Fail(400, f + " must be true or false.");
              }
              String text = n.isBoolean() ? Boolean.toString(n.booleanValue()) : n.asText();
              if (!allowed.contains(text)) {
                throw new Fail(400, "Invalid " + f + " '" + text + "'.");
              }
              ov.put(f, n.isBoolean() ? (Object) n.booleanValue() : text);
            });
    if (ov.isEmpty()) {
      own(kind, pol, comp).remove(rule.id);
    }
    return json(c.s, kind, pol, comp, rule, c.flag("overrides"));
  }

  private static JsonNode reset(
      RestCall c, RuleKind kind, PolicyRec pol, ComputerRec comp, RuleRec rule) {
    own(kind, pol, comp).remove(rule.id);
    return json(c.s, kind, pol, comp, rule, c.flag("overrides"));
  }

  /** The rule with the holder's overrides applied, or with {@code overrides} only those. */
  static ObjectNode json(
      Store s, RuleKind kind, PolicyRec pol, ComputerRec comp, RuleRec r, boolean overrides) {
    ObjectNode o = overrides ? RestCall.JSON.createObjectNode() : RuleWire.json(r);
    if (!overrides && comp != null && comp.policyId != null) {
      PolicyRec p = s.policies.get(comp.policyId);
      if (p != null) {
        put(o, p.overrides.get(kind).getOrDefault(r.id, Map.of()));
      }
    }
    put(o, own(kind, pol, comp).getOrDefault(r.id, Map.of()));
    o.remove("ID");
    o.put("ID", r.id);
    return o;
  }

  private static void put(ObjectNode o, Map<String, Object> ov) {
    ov.forEach(
        (k, v) -> {
          if (v instanceof Boolean bool) {
            o.put(k, bool);
          } else {
            o.put(k, String.valueOf(v));
          }
        });
  }
}
