package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Computers;
import io.dsm4j.RuleAssignments;
import io.dsm4j.RuleOverrides;
import io.dsm4j.Settings;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SettingScope;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.RuleOverrideOperations;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link Computers} over {@link ComputerOperations}. */
final class ComputersImpl extends ReadGroup<Computer, ComputerOperations> implements Computers {

  private final Map<RuleKind, RuleAssignments> assignments = new EnumMap<>(RuleKind.class);
  private final Map<RuleKind, RuleOverrides> overrides = new EnumMap<>(RuleKind.class);

  ComputersImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "computers",
        "computer",
        Capability.COMPUTERS,
        BackendConnection::computers,
        Computer::id);
    for (RuleKind k : RuleKind.values()) {
      assignments.put(k, new ComputerAssignmentsImpl(pipeline, k));
      overrides.put(k, new RuleOverridesImpl(pipeline, RuleOverrideOperations.Holder.COMPUTER, k));
    }
  }

  @Override
  String nameWhat() {
    return "host name";
  }

  @Override
  public void assignPolicy(int policyId, Collection<Integer> computerIds) {
    Args.id(policyId, "policy ID");
    List<Integer> list = List.copyOf(Args.ids(computerIds, "computer IDs", false));
    call(
        "assignPolicy",
        Capability.COMPUTER_ASSIGN_POLICY,
        false,
        g -> {
          g.assignPolicy(policyId, list);
          return null;
        });
  }

  @Override
  public ComputerStatus status(int computerId) {
    Args.id(computerId, "computer ID");
    return call("status", Capability.COMPUTERS, true, g -> g.status(computerId));
  }

  @Override
  public BulkResult run(ComputerAction action, Collection<Integer> computerIds) {
    Objects.requireNonNull(action, "action");
    List<Integer> list = List.copyOf(Args.ids(computerIds, "computer IDs", false));
    return call("run." + action, action.capability(), false, g -> g.run(action, list));
  }

  @Override
  public Recommendations recommendations(int computerId, RuleKind kind) {
    Args.id(computerId, "computer ID");
    Objects.requireNonNull(kind, "kind");
    return pipeline.call(
        "computers.recommendations",
        Capability.COMPUTER_RECOMMENDATIONS,
        kind,
        true,
        BackendConnection::computers,
        "computers",
        g -> g.recommendations(computerId, kind));
  }

  @Override
  public Settings settings(int computerId) {
    return new SettingsImpl(pipeline, SettingScope.computer(computerId));
  }

  @Override
  public RuleAssignments assignments(RuleKind kind) {
    return assignments.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public RuleOverrides ruleOverrides(RuleKind kind) {
    return overrides.get(Objects.requireNonNull(kind, "kind"));
  }
}
