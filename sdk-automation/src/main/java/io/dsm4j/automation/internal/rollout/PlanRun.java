package io.dsm4j.automation.internal.rollout;

import io.dsm4j.Capability;
import io.dsm4j.automation.DetectOnlyScope;
import io.dsm4j.automation.RolloutPlan;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.StagingSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code plan}: read-only; what apply would do and what would defeat the staging. */
public final class PlanRun {
  private static final int MAX_NAMED = 20;

  private final RolloutContext ctx;

  /**
   * @param ctx the rollout's settings
   */
  public PlanRun(RolloutContext ctx) {
    this.ctx = ctx;
  }

  /**
   * @return the plan (see {@link io.dsm4j.automation.RuleUpdateRollout#plan})
   */
  public RolloutPlan plan() {
    List<SecurityUpdate> pending = List.of();
    SecurityUpdate selected = null;
    String unavailable = "";
    if (ctx.manager().capabilities().supports(Capability.SECURITY_UPDATES)) {
      List<SecurityUpdate> all = ctx.manager().securityUpdates().list().stream().toList();
      pending = all.stream().filter(u -> u.appliedState() == AppliedState.NOT_APPLIED).toList();
      selected = Updates.select(all, ctx.updateId(), false);
    } else {
      unavailable =
          "security updates exist only in the SOAP API and the "
              + ctx.manager().backends()
              + " backend in use has none: give a username and password (SOAP) to apply updates";
    }
    ScopeResolver.Resolved rs = ScopeResolver.resolve(ctx.manager(), ctx.scope());
    DetectOnlyScope mode = ctx.availableDetectOnlyScope();
    List<String> warnings = new ArrayList<>();
    if (!unavailable.isEmpty()) {
      warnings.add("apply is not possible: " + unavailable);
    } else if (selected == null) {
      warnings.add(
          ctx.updateId() == null
              ? "there is no pending (not applied) security update; nothing to stage"
              : "security update " + ctx.updateId() + " is not pending; nothing to stage");
    }
    warnings.addAll(stagingWarnings(rs.policies().stream().map(Policy::id).toList()));
    if (rs.computers().stream().anyMatch(c -> c.policyId() == null)) {
      warnings.add(
          "computers without a policy are skipped: "
              + rs.computers().stream()
                  .filter(c -> c.policyId() == null)
                  .map(Computer::hostName)
                  .toList());
    }
    warnings.addAll(detectOnlyWarnings(mode, rs.policies()));
    List<String> steps = new ArrayList<>();
    String u = selected == null ? "the pending update" : Updates.describe(selected);
    steps.add(
        "write the journal: the direct IPS assignments of "
            + rs.policies().size()
            + " polic(ies) and the detect-only flags of the IPS catalog");
    steps.add("apply " + u + " in detect-only mode");
    steps.add("record the rule-level change (IPS catalog before/after by identifier)");
    steps.add(
        "run recommendation scans on "
            + rs.computers().stream().filter(c -> c.policyId() != null).count()
            + " computer(s), "
            + ctx.scanConcurrency()
            + " at a time, and wait up to "
            + ctx.scanTimeout());
    steps.add(
        mode == DetectOnlyScope.PER_POLICY
            ? "set each newly recommended rule of the update detect-only on the computer's policy"
                + " (a policy override: other policies are not affected), then assign it to that"
                + " policy"
            : "set each newly recommended rule of the update detect-only (the rule's global flag:"
                + " every policy using it is affected), then assign it to the computer's policy");
    steps.add(
        ctx.sendPolicy()
            ? "send policy to the affected computers"
            : "do not send policy (--no-send-policy)");
    return new RolloutPlan(
        pending,
        selected,
        unavailable,
        rs.computers(),
        rs.policies(),
        mode,
        steps,
        warnings,
        ctx.backends());
  }

  /** Item: what the detect-only switches change beyond the scope. */
  private List<String> detectOnlyWarnings(DetectOnlyScope mode, List<Policy> inScope) {
    List<String> w = new ArrayList<>();
    if (mode == DetectOnlyScope.GLOBAL) {
      Set<Integer> ids = new HashSet<>();
      inScope.forEach(p -> ids.add(p.id()));
      List<String> others = new ArrayList<>();
      for (Policy p : ctx.manager().policies().list()) {
        if (!ids.contains(p.id())) {
          others.add(p.name() + " (" + p.id() + ")");
        }
      }
      w.add(
          "only the global detect-only flag is available with the "
              + ctx.manager().backends()
              + " backend (per-policy detect-only needs the REST API: add an API key): a rule that"
              + " is already in use and gets switched to detect-only changes on every policy that"
              + " uses it, and promote switches it back to prevent everywhere; policies outside"
              + " the scope that may be affected: "
              + (others.isEmpty() ? "none" : named(others)));
    }
    w.add(
        "applying an update detect-only is global on the manager: its new rules start"
            + " detect-only on every policy"
            + (mode == DetectOnlyScope.PER_POLICY
                ? "; promote switches them to prevent only on the policies in scope"
                : ""));
    return w;
  }

  private static String named(List<String> names) {
    if (names.size() <= MAX_NAMED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, MAX_NAMED))
        + " and "
        + (names.size() - MAX_NAMED)
        + " more";
  }

  private List<String> stagingWarnings(List<Integer> policyIds) {
    List<String> w = new ArrayList<>();
    if (!ctx.manager().capabilities().supports(Capability.STAGING_SETTINGS)) {
      w.add("the backend in use cannot read the staging settings; check them on the manager");
      return w;
    }
    StagingSettings s = ctx.manager().policies().stagingSettings(policyIds);
    if (Boolean.TRUE.equals(s.ruleUpdatesAutoApplied())) {
      w.add(
          "rule updates are applied to policies automatically: the manager assigns an update's"
              + " rules in prevent mode itself; turn it off (Administration > Updates > Rule"
              + " Updates)");
    } else if (s.ruleUpdatesAutoApplied() == null) {
      w.add("cannot tell whether rule updates are applied to policies automatically");
    }
    s.policies().values().stream()
        .sorted(Comparator.comparingInt(StagingSettings.PolicyStaging::policyId))
        .forEach(
            p -> {
              if (Boolean.TRUE.equals(p.autoApplyRecommendations())) {
                w.add(
                    "policy "
                        + p.policyId()
                        + " applies IPS recommendations automatically: recommended rules get"
                        + " assigned without staging");
              }
              if (Boolean.TRUE.equals(p.ongoingRecommendationScans())) {
                w.add(
                    "policy "
                        + p.policyId()
                        + " runs ongoing recommendation scans: they may assign or unassign rules"
                        + " during the rollout");
              }
            });
    return w;
  }
}
