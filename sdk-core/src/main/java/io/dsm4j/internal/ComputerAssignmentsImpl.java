package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.RuleAssignments;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ComputerRuleOperations;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link RuleAssignments} of one rule kind on computers (the IDs are computer IDs) over {@link
 * ComputerRuleOperations}; recommendations are the computer's.
 */
final class ComputerAssignmentsImpl implements RuleAssignments {
  private final CallPipeline pipeline;
  private final RuleKind kind;

  ComputerAssignmentsImpl(CallPipeline pipeline, RuleKind kind) {
    this.pipeline = pipeline;
    this.kind = kind;
  }

  private <T> T call(String op, boolean read, Function<ComputerRuleOperations, T> fn) {
    return pipeline.call(
        "computers.assignments." + op,
        Capability.COMPUTER_RULE_ASSIGNMENT,
        kind,
        read,
        BackendConnection::computerRules,
        "computerRules",
        fn);
  }

  @Override
  public List<Integer> direct(int computerId) {
    Args.id(computerId, "computer ID");
    return Args.sorted(call("direct", true, g -> g.directRuleIds(computerId, kind)));
  }

  @Override
  public List<Integer> effective(int computerId) {
    Args.id(computerId, "computer ID");
    return Args.sorted(call("effective", true, g -> g.effectiveRuleIds(computerId, kind)));
  }

  @Override
  public List<Integer> assign(int computerId, Collection<Integer> ruleIds) {
    Args.id(computerId, "computer ID");
    Set<Integer> set = Args.ids(ruleIds, "rule IDs", false);
    return Args.sorted(call("assign", false, g -> g.assign(computerId, kind, set)));
  }

  @Override
  public List<Integer> unassign(int computerId, Collection<Integer> ruleIds) {
    Args.id(computerId, "computer ID");
    Set<Integer> set = Args.ids(ruleIds, "rule IDs", false);
    return Args.sorted(call("unassign", false, g -> g.unassign(computerId, kind, set)));
  }

  @Override
  public List<Integer> replace(int computerId, Collection<Integer> ruleIds) {
    Args.id(computerId, "computer ID");
    Set<Integer> set = Args.ids(ruleIds, "rule IDs", true);
    return Args.sorted(call("replace", false, g -> g.replace(computerId, kind, set)));
  }

  @Override
  public Recommendations recommendations(int computerId) {
    Args.id(computerId, "computer ID");
    return pipeline.call(
        "computers.recommendations",
        Capability.COMPUTER_RECOMMENDATIONS,
        kind,
        true,
        BackendConnection::computers,
        "computers",
        g -> g.recommendations(computerId, kind));
  }
}
