package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.PolicyResource.POLICY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policy-level IPS rule overrides ({@code /policies/{id}/intrusionprevention/rules/{ruleID}}):
 * detect-only and the other flags for one policy, leaving the catalog rule unchanged. REST only.
 */
final class PolicyRuleOverrideResource implements Resource {
  private static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;

  private static final RestRoutes.Param<RuleRec> RULE =
      RestRoutes.Param.resolved(
          "rule",
          (s, seg) -> {
            RuleRec r = s.catalog(IPS).get(RestCall.id(seg, "intrusion prevention rule"));
            if (r == null) {
              throw new Fail(404, Names.missing(IPS));
            }
            return r;
          });

  private static final List<String> FLAGS =
      List.of(
          "detectOnly",
          "alertEnabled",
          "eventLoggingDisabled",
          "alwaysIncludePacketData",
          "generateEventOnPacketDrop");

  @Override
  public void routes(RestRoutes rest) {
    rest.on("policies", POLICY, "intrusionprevention", "rules")
        .get(this::list)
        .otherwise(RestRoutes.NOT_FOUND);
    rest.on("policies", POLICY, "intrusionprevention", "rules", RULE)
        .get(c -> json(c.get(POLICY), c.get(RULE), c.flag("overrides")))
        .post(this::override)
        .delete(this::reset);
  }

  @Override
  public void operations(SoapOperations soap) {
    // SOAP has no policy-level rule overrides.
  }

  private JsonNode list(RestCall c) {
    PolicyRec pol = c.get(POLICY);
    boolean overrides = c.flag("overrides");
    List<ObjectNode> out = new ArrayList<>();
    for (Integer rid : overrides ? pol.direct.get(IPS) : PolicyTree.effective(c.s, pol.id, IPS)) {
      RuleRec rule = c.s.catalog(IPS).get(rid);
      if (rule != null) {
        out.add(json(pol, rule, overrides));
      }
    }
    return RestCall.wrap("intrusionPreventionRules", out);
  }

  private JsonNode override(RestCall c) {
    PolicyRec pol = c.get(POLICY);
    RuleRec rule = c.get(RULE);
    ObjectNode b = c.objectBody();
    Map<String, Object> ov = pol.ipsOverrides.computeIfAbsent(rule.id, x -> new LinkedHashMap<>());
    for (String f : FLAGS) {
      Boolean v = RestCall.optBool(b, f);
      if (v != null) {
        ov.put(f, v);
      }
    }
    String prio = RestCall.optString(b, "priority");
    if (prio != null) {
      if (!List.of("lowest", "low", "normal", "high", "highest").contains(prio)) {
        throw new Fail(400, "Invalid priority '" + prio + "'.");
      }
      ov.put("priority", prio);
    }
    if (ov.isEmpty()) {
      pol.ipsOverrides.remove(rule.id);
    }
    return json(pol, rule, c.flag("overrides"));
  }

  private JsonNode reset(RestCall c) {
    PolicyRec pol = c.get(POLICY);
    RuleRec rule = c.get(RULE);
    pol.ipsOverrides.remove(rule.id);
    return json(pol, rule, c.flag("overrides"));
  }

  private static ObjectNode json(PolicyRec p, RuleRec r, boolean overrides) {
    Map<String, Object> ov = p.ipsOverrides.getOrDefault(r.id, Map.of());
    ObjectNode o = overrides ? RestCall.JSON.createObjectNode() : RuleWire.json(r);
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
}
