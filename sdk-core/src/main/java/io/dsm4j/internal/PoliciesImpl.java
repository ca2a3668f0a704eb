package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Policies;
import io.dsm4j.RuleAssignments;
import io.dsm4j.RuleOverrides;
import io.dsm4j.Settings;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.SettingScope;
import io.dsm4j.model.StagingSettings;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.PolicyOperations;
import io.dsm4j.spi.RuleOverrideOperations;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link Policies} over {@link PolicyOperations}. */
final class PoliciesImpl extends ReadGroup<Policy, PolicyOperations> implements Policies {
  private final Map<RuleKind, RuleAssignments> assignments = new EnumMap<>(RuleKind.class);
  private final Map<RuleKind, RuleOverrides> overrides = new EnumMap<>(RuleKind.class);

  PoliciesImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "policies",
        "policy",
        Capability.POLICIES,
        BackendConnection::policies,
        Policy::id);
    for (RuleKind k : RuleKind.values()) {
      assignments.put(k, new AssignmentsImpl(pipeline, k));
      overrides.put(k, new RuleOverridesImpl(pipeline, RuleOverrideOperations.Holder.POLICY, k));
    }
  }

  @Override
  public Policy create(PolicyDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", writeCapability(draft.moduleStates()), false, g -> g.create(draft));
  }

  @Override
  public Policy update(int id, PolicyUpdate update) {
    Args.id(id, "policy ID");
    Objects.requireNonNull(update, "update");
    if (update.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    return call("update", writeCapability(update.moduleStates()), false, g -> g.update(id, update));
  }

  /**
   * A write that sets a module state only the REST API has goes to a backend declaring {@link
   * Capability#EXTENDED_MODULE_STATES} (which also declares {@link Capability#POLICY_WRITE}), so
   * the automatic mode routes it to REST and SOAP alone refuses it before any request.
   */
  private static Capability writeCapability(Map<SecurityModule, ModuleState> states) {
    return states.keySet().stream().anyMatch(SecurityModule::extended)
        ? Capability.EXTENDED_MODULE_STATES
        : Capability.POLICY_WRITE;
  }

  @Override
  public void delete(int id) {
    Args.id(id, "policy ID");
    call(
        "delete",
        Capability.POLICY_WRITE,
        false,
        g -> {
          g.delete(id);
          return null;
        });
  }

  @Override
  public RuleAssignments assignments(RuleKind kind) {
    return assignments.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public RuleOverrides ruleOverrides(RuleKind kind) {
    return overrides.get(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public StagingSettings stagingSettings(Collection<Integer> policyIds) {
    List<Integer> ids = List.copyOf(Args.ids(policyIds, "policy IDs", true));
    return call("stagingSettings", Capability.STAGING_SETTINGS, true, g -> g.stagingSettings(ids));
  }

  @Override
  public Settings settings(int policyId) {
    return new SettingsImpl(pipeline, SettingScope.policy(policyId));
  }

  @Override
  public Settings defaultSettings() {
    return new SettingsImpl(pipeline, SettingScope.defaultPolicy());
  }
}
