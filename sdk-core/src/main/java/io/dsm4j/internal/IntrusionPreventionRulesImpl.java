package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.IntrusionPreventionRules;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.spi.BackendConnection;

/** The intrusion prevention catalog, with its two detect-only switches. */
final class IntrusionPreventionRulesImpl extends RuleCatalogImpl
    implements IntrusionPreventionRules {

  IntrusionPreventionRulesImpl(CallPipeline pipeline) {
    super(pipeline, RuleKind.INTRUSION_PREVENTION);
  }

  @Override
  public Rule setDetectOnly(int ruleId, boolean detectOnly) {
    Args.id(ruleId, "rule ID");
    return call(
        "setDetectOnly",
        Capability.IPS_DETECT_ONLY_GLOBAL,
        null,
        false,
        g -> g.setDetectOnly(ruleId, detectOnly));
  }

  @Override
  public void setDetectOnlyOnPolicy(int policyId, int ruleId, boolean detectOnly) {
    Args.id(policyId, "policy ID");
    Args.id(ruleId, "rule ID");
    pipeline.call(
        "rules.setDetectOnlyOnPolicy",
        Capability.IPS_DETECT_ONLY_PER_POLICY,
        null,
        false,
        BackendConnection::ruleOverrides,
        "ruleOverrides",
        g -> {
          g.setDetectOnly(policyId, ruleId, detectOnly);
          return null;
        });
  }
}
