package io.dsm4j.automation.internal.rollout;

import io.dsm4j.Capability;
import io.dsm4j.ManagerInfo;
import io.dsm4j.RuleOverrides;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.RollbackReport;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.automation.internal.LockFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code rollback}: undoes exactly what apply and promote did, as the journal recorded it. The plan
 * is computed from the manager's state now (what still differs), so the dry run shows what the run
 * does, and a resumed rollback only does what is left.
 */
public final class RollbackRun {
  private final RolloutContext ctx;

  /**
   * @param ctx the rollout's settings
   */
  public RollbackRun(RolloutContext ctx) {
    this.ctx = ctx;
  }

  /** What is left to restore. */
  private record Plan(
      List<RollbackReport.PolicyRestore> policies,
      List<RollbackReport.OverrideRestore> overrides,
      List<RollbackReport.RuleRestore> rules) {}

  /**
   * See {@link io.dsm4j.automation.RuleUpdateRollout#rollback}.
   *
   * @return the report
   */
  @SuppressWarnings("try") // the lock is held for the whole run, never read
  public RollbackReport rollback(Path journalPath, boolean dryRun) {
    Objects.requireNonNull(journalPath, "journalPath");
    ManagerInfo info = ctx.manager().info();
    JournalFile file = new JournalFile(journalPath);
    if (!file.exists()) {
      throw new RefusedException("no journal at " + journalPath + "; nothing to roll back");
    }
    try (LockFile lock = dryRun ? null : LockFile.acquire(journalPath, "journal")) {
      Journal j = file.read();
      file.checkBinding(j, info, ctx::say);
      ctx.requireAll(
          List.of(
              Capability.RULES, Capability.RULE_ASSIGNMENT, RolloutContext.detectOnlyCapability(j)),
          "rollback");
      if (!dryRun && j.intent != null && j.intent.op.startsWith("rollback.")) {
        // Every rollback change is computed from the manager's state now, or (overrides, which
        // cannot be read back) re-sent when not recorded as done: the interrupted one is redone.
        ctx.say("finishing the interrupted rollback (" + j.intent.op + ")");
        j.intent = null;
      }
      Plan plan = plan(j);
      if (!dryRun) {
        run(j, plan, file);
        j.rolledBackAt = ctx.clock().instant();
        file.write(j);
      }
      List<String> notes = new ArrayList<>();
      notes.add(
          "update "
              + j.update.id
              + " ("
              + j.update.name
              + ") stays applied: DSM cannot un-apply a rule update; its "
              + j.added.size()
              + " new rule(s) stay in the catalog, no longer assigned by this rollout");
      if (!plan.overrides().isEmpty() || !j.rolledBackOverrides.isEmpty()) {
        notes.add(
            "the per-policy detect-only overrides this rollout set are removed where detect-only"
                + " is all they override (the policies follow each rule's own flag again), else"
                + " set back to the rule's global flag");
      }
      if (j.appliedAt == null) {
        notes.add("the update was never applied by this journal");
      }
      return new RollbackReport(
          dryRun,
          j.update.id,
          RolloutContext.scopeOf(j),
          plan.policies(),
          plan.overrides(),
          plan.rules(),
          notes);
    }
  }

  private Plan plan(Journal j) {
    List<RollbackReport.PolicyRestore> policies = new ArrayList<>();
    for (Journal.PolicyRef p : j.policies) {
      List<Integer> now =
          ctx.manager().policies().assignments(RolloutContext.IPS).direct(p.id).stream()
              .sorted()
              .toList();
      List<Integer> before = p.directIps.stream().sorted().toList();
      if (!now.equals(before)) {
        policies.add(new RollbackReport.PolicyRestore(p.id, now, before));
      }
    }
    Map<Integer, Boolean> flags = ctx.globalFlags();
    List<RollbackReport.OverrideRestore> overrides = new ArrayList<>();
    Map<Integer, TreeSet<Integer>> touched = new TreeMap<>();
    j.overridesSet.forEach((p, r) -> touched.computeIfAbsent(p, k -> new TreeSet<>()).addAll(r));
    j.promotedOverrides.forEach(
        (p, r) -> touched.computeIfAbsent(p, k -> new TreeSet<>()).addAll(r));
    touched.forEach(
        (p, rules) -> {
          for (Integer r : rules) {
            if (!j.rolledBackOverrides.getOrDefault(p, new TreeSet<>()).contains(r)
                && flags.containsKey(r)) {
              overrides.add(
                  new RollbackReport.OverrideRestore(p, r, Boolean.TRUE.equals(flags.get(r))));
            }
          }
        });
    Map<Integer, Journal.RuleRef> before = new HashMap<>();
    j.catalogBefore.forEach(r -> before.put(r.id, r));
    TreeSet<Integer> switched = new TreeSet<>(j.detectOnlySet);
    switched.addAll(j.promoted);
    List<RollbackReport.RuleRestore> rules = new ArrayList<>();
    for (Integer id : switched) {
      Journal.RuleRef b = before.get(id);
      // A rule that did not exist before came with the update, applied detect-only.
      boolean target = b == null ? true : Boolean.TRUE.equals(b.detectOnly);
      Boolean now = flags.get(id);
      if (now != null && now != target) {
        rules.add(new RollbackReport.RuleRestore(id, b == null ? null : b.identifier, now, target));
      }
    }
    return new Plan(policies, overrides, rules);
  }

  private void run(Journal j, Plan plan, JournalFile file) {
    // Assignments first: a rule leaves the policies before its flag goes back to prevent.
    for (RollbackReport.PolicyRestore p : plan.policies()) {
      j.intent =
          new Journal.Intent(
              "rollback.assign", p.policyId(), p.restoredTo(), null, ctx.clock().instant());
      file.write(j);
      Checkpoints.reached("rollback.assign.intent");
      ctx.manager()
          .policies()
          .assignments(RolloutContext.IPS)
          .replace(p.policyId(), p.restoredTo());
      Checkpoints.reached("rollback.assign.changed");
      j.rolledBackPolicies.add(p.policyId());
      j.intent = null;
      file.write(j);
      ctx.say("policy " + p.policyId() + ": direct IPS assignments restored");
    }
    for (RollbackReport.OverrideRestore o : plan.overrides()) {
      j.intent =
          new Journal.Intent(
              "rollback.policy",
              o.policyId(),
              List.of(o.ruleId()),
              o.restoredTo(),
              ctx.clock().instant());
      file.write(j);
      Checkpoints.reached("rollback.override.intent");
      boolean removed = removeOverride(o.policyId(), o.ruleId());
      if (!removed) {
        ctx.manager()
            .rules()
            .intrusionPrevention()
            .setDetectOnlyOnPolicy(o.policyId(), o.ruleId(), o.restoredTo());
      }
      Checkpoints.reached("rollback.override.changed");
      j.rolledBackOverrides.computeIfAbsent(o.policyId(), k -> new TreeSet<>()).add(o.ruleId());
      j.intent = null;
      file.write(j);
      ctx.say(
          "policy "
              + o.policyId()
              + ": rule "
              + o.ruleId()
              + (removed
                  ? " detect-only override removed (the policy follows the rule again)"
                  : " detect-only override set back to the global flag (" + o.restoredTo() + ")"));
    }
    for (RollbackReport.RuleRestore r : plan.rules()) {
      j.intent =
          new Journal.Intent(
              "rollback.global", null, List.of(r.ruleId()), r.restoredTo(), ctx.clock().instant());
      file.write(j);
      Checkpoints.reached("rollback.flags.intent");
      ctx.manager().rules().intrusionPrevention().setDetectOnly(r.ruleId(), r.restoredTo());
      Checkpoints.reached("rollback.flags.changed");
      j.rolledBackRules.add(r.ruleId());
      j.intent = null;
      file.write(j);
      ctx.say("rule " + r.ruleId() + " detect-only restored to " + r.restoredTo());
    }
  }

  /**
   * Removes the rule's override on the policy when detect-only is all it overrides (what the
   * rollout set on a rule new to the policy), so the policy follows the rule's own flag again, as
   * before the rollout. An override of other fields too is someone else's: it stays, and only
   * detect-only is set back. Without override access (SOAP) nothing is removed.
   *
   * @return whether the override was removed
   */
  private boolean removeOverride(int policyId, int ruleId) {
    if (!ctx.manager().capabilities().supports(Capability.RULE_OVERRIDES, RolloutContext.IPS)) {
      return false;
    }
    RuleOverrides overrides = ctx.manager().policies().ruleOverrides(RolloutContext.IPS);
    if (!overrides.overrides(policyId, ruleId).asMap().keySet().equals(Set.of("detectOnly"))) {
      return false;
    }
    overrides.reset(policyId, ruleId);
    return true;
  }
}
