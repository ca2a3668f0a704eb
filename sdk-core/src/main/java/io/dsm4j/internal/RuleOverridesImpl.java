package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.RuleOverrides;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.model.Fields;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.RuleOverrideOperations;
import io.dsm4j.spi.RuleOverrideOperations.Holder;
import java.util.Objects;
import java.util.function.Function;

/** {@link RuleOverrides} of one kind on policies or computers. */
final class RuleOverridesImpl implements RuleOverrides {
  private final CallPipeline pipeline;
  private final Holder holder;
  private final RuleKind kind;
  private final Capability capability;
  private final String prefix;
  private final String noun;

  RuleOverridesImpl(CallPipeline pipeline, Holder holder, RuleKind kind) {
    this.pipeline = pipeline;
    this.holder = holder;
    this.kind = kind;
    boolean policy = holder == Holder.POLICY;
    this.capability = policy ? Capability.RULE_OVERRIDES : Capability.COMPUTER_RULE_OVERRIDES;
    this.prefix = policy ? "policies.ruleOverrides" : "computers.ruleOverrides";
    this.noun = policy ? "policy ID" : "computer ID";
  }

  private <T> T call(String op, boolean read, Function<RuleOverrideOperations, T> fn) {
    return pipeline.call(
        prefix + "." + op,
        capability,
        kind,
        read,
        BackendConnection::ruleOverrides,
        "ruleOverrides",
        fn);
  }

  private Rule checked(String op, int ruleId, Rule r) {
    if (r.id() != ruleId) {
      throw new ResponseRejectedException(
          "the manager answered with rule " + r.id() + " when asked for " + ruleId,
          prefix + "." + op,
          null,
          0,
          null);
    }
    return r;
  }

  @Override
  public Rule get(int targetId, int ruleId) {
    Args.id(targetId, noun);
    Args.id(ruleId, "rule ID");
    return checked("get", ruleId, call("get", true, g -> g.rule(holder, targetId, kind, ruleId)));
  }

  @Override
  public Fields overrides(int targetId, int ruleId) {
    Args.id(targetId, noun);
    Args.id(ruleId, "rule ID");
    return call("overrides", true, g -> g.overrides(holder, targetId, kind, ruleId));
  }

  @Override
  public Rule override(int targetId, int ruleId, RuleUpdate changes) {
    Args.id(targetId, noun);
    Args.id(ruleId, "rule ID");
    Objects.requireNonNull(changes, "changes");
    if (changes.fields().isEmpty()) {
      throw new IllegalArgumentException("the override changes nothing");
    }
    if (changes.ruleXml() != null) {
      throw new IllegalArgumentException(
          "a rule's XML cannot be overridden on a policy or computer");
    }
    return checked(
        "override",
        ruleId,
        call("override", false, g -> g.override(holder, targetId, kind, ruleId, changes)));
  }

  @Override
  public Rule reset(int targetId, int ruleId) {
    Args.id(targetId, noun);
    Args.id(ruleId, "rule ID");
    return checked(
        "reset", ruleId, call("reset", false, g -> g.reset(holder, targetId, kind, ruleId)));
  }
}
