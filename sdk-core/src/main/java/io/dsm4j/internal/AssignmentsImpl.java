package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.RuleAssignments;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.PolicyOperations;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** {@link RuleAssignments} of one rule kind over {@link PolicyOperations}. */
final class AssignmentsImpl implements RuleAssignments {
  private final CallPipeline pipeline;
  private final RuleKind kind;

  AssignmentsImpl(CallPipeline pipeline, RuleKind kind) {
    this.pipeline = pipeline;
    this.kind = kind;
  }

  private <T> T call(String op, Capability cap, boolean read, Function<PolicyOperations, T> fn) {
    return pipeline.call(
        "policies." + op, cap, kind, read, BackendConnection::policies, "policies", fn);
  }

  @Override
  public List<Integer> direct(int policyId) {
    Args.id(policyId, "policy ID");
    return Args.sorted(
        call(
            "assignments.direct",
            Capability.RULE_ASSIGNMENT,
            true,
            g -> g.directRuleIds(policyId, kind)));
  }

  @Override
  public List<Integer> effective(int policyId) {
    Args.id(policyId, "policy ID");
    return Args.sorted(
        call(
            "assignments.effective",
            Capability.RULE_ASSIGNMENT,
            true,
            g -> g.effectiveRuleIds(policyId, kind)));
  }

  @Override
  public List<Integer> assign(int policyId, Collection<Integer> ruleIds) {
    Args.id(policyId, "policy ID");
    Set<Integer> set = Args.ids(ruleIds, "rule IDs", false);
    return Args.sorted(
        call(
            "assignments.assign",
            Capability.RULE_ASSIGNMENT,
            false,
            g -> g.assign(policyId, kind, set)));
  }

  @Override
  public List<Integer> unassign(int policyId, Collection<Integer> ruleIds) {
    Args.id(policyId, "policy ID");
    Set<Integer> set = Args.ids(ruleIds, "rule IDs", false);
    return Args.sorted(
        call(
            "assignments.unassign",
            Capability.RULE_ASSIGNMENT,
            false,
            g -> g.unassign(policyId, kind, set)));
  }

  @Override
  public List<Integer> replace(int policyId, Collection<Integer> ruleIds) {
    Args.id(policyId, "policy ID");
    Set<Integer> set = Args.ids(ruleIds, "rule IDs", true);
    return Args.sorted(
        call(
            "assignments.replace",
            Capability.RULE_ASSIGNMENT,
            false,
            g -> g.replace(policyId, kind, set)));
  }

  @Override
  public Recommendations recommendations(int policyId) {
    Args.id(policyId, "policy ID");
    return call(
        "recommendations",
        Capability.POLICY_RECOMMENDATIONS,
        true,
        g -> g.recommendations(policyId, kind));
  }
}
