package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.PolicyResource.POLICY;
import static io.dsm4j.testkit.internal.RestCall.ints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A policy's rule assignments per module ({@code /policies/{id}/{module}/assignments}) with the
 * recommendations of the computers using it; SOAP {@code
 * securityProfileRecommendationRuleIDsRetrieve}.
 */
final class PolicyAssignmentResource implements Resource {
  /** A rule ID in a path, parsed only by the handler that uses it. */
  static final RestRoutes.Param<Integer> RULE_ID =
      RestRoutes.Param.lazy("rule", (s, seg) -> RestCall.id(seg, "rule"));

  @Override
  public void routes(RestRoutes rest) {
    for (RuleKind kind : Names.MODULE_KINDS) {
      String module = Names.moduleSegment(kind);
      rest.on("policies", POLICY, module, "assignments")
          .get(c -> answer(c, kind))
          .post(c -> add(c, kind, false))
          .put(c -> add(c, kind, true));
      rest.on("policies", POLICY, module, "assignments", RULE_ID).delete(c -> remove(c, kind));
    }
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op(
        "securityProfileRecommendationRuleIDsRetrieve",
        (s, r) -> {
          int pid = SoapArgs.req(r, "securityProfileID");
          RuleKind k = SoapArgs.ruleType(SoapArgs.req(r, "type"));
          if (s.policies.get(pid) == null) {
            throw new SoapFault(Kind.VALIDATION, "Security profile " + pid + " does not exist.");
          }
          return SoapOut.many(
              "securityProfileRecommendationRuleIDsRetrieve",
              "int",
              Recommendations.forPolicy(s, pid, k));
        });
  }

  private JsonNode answer(RestCall c, RuleKind kind) {
    return json(c.s, c.get(POLICY), kind, c.flag("overrides"));
  }

  private JsonNode add(RestCall c, RuleKind kind, boolean replace) {
    PolicyRec pol = c.get(POLICY);
    List<Integer> ids = RestCall.intList(c.objectBody(), "ruleIDs");
    if (ids == null) {
      ids = List.of();
    }
    List<Integer> bad = PolicyTree.unknownRules(c.s, kind, ids);
    if (!bad.isEmpty()) {
      throw new Fail(400, "Invalid rule IDs: " + bad + ".");
    }
    TreeSet<Integer> direct = pol.direct.get(kind);
    if (replace) {
      direct.clear();
    }
    direct.addAll(RuleWrites.withDependencies(c.s, kind, ids));
    return json(c.s, pol, kind, c.flag("overrides"));
  }

  private JsonNode remove(RestCall c, RuleKind kind) {
    PolicyRec pol = c.get(POLICY);
    pol.direct.get(kind).remove(c.get(RULE_ID));
    return json(c.s, pol, kind, c.flag("overrides"));
  }

  private static ObjectNode json(Store s, PolicyRec p, RuleKind kind, boolean overrides) {
    TreeSet<Integer> assigned =
        overrides ? new TreeSet<>(p.direct.get(kind)) : PolicyTree.effective(s, p.id, kind);
    ObjectNode o = RestCall.JSON.createObjectNode();
    ints(o.putArray("assignedRuleIDs"), assigned);
    if (kind == RuleKind.FIREWALL) {
      return o;
    }
    if (kind == RuleKind.INTRUSION_PREVENTION) {
      ints(
          o.putArray("assignedApplicationTypeIDs"),
          PolicyTree.appTypesFor(s, assigned, new TreeSet<>()));
    }
    // Policy recommendations aggregate the computers that use the policy.
    String status = "none";
    Instant last = null;
    TreeSet<Integer> toAssign = new TreeSet<>();
    TreeSet<Integer> toUnassign = new TreeSet<>();
    for (ComputerRec c : PolicyTree.computersUsing(s, p.id)) {
      String st = Recommendations.scanStatus(s, c);
      if (st.equals("none")) {
        continue;
      }
      status = status.equals("out-of-date") ? status : st;
      if (last == null || c.lastRecommendationScan.isAfter(last)) {
        last = c.lastRecommendationScan;
      }
      toAssign.addAll(Recommendations.toAssign(s, c, kind));
      toUnassign.addAll(Recommendations.toUnassign(s, c, kind));
    }
    toAssign.removeAll(assigned);
    toUnassign.retainAll(assigned);
    recommendationFields(o, status, last, toAssign, toUnassign);
    return o;
  }

  /** The recommendation fields of a REST assignments answer (policy or computer). */
  static void recommendationFields(
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
}
