package io.dsm4j.automation.internal.rollout;

import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.model.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sets each newly recommended rule of the update detect-only, then assigns it to the computer's
 * policy: no rule is ever assigned in prevent mode. Detect-only is set per policy (an override on
 * the policies in scope) when the backends can, else on the rule itself (every policy that uses it
 * is affected; the journal names those outside the scope).
 *
 * <p>Every change is recorded in the journal before it is made ({@link Journal#intent}). A run
 * resumed after a crash finishes the recorded change first: a global switch is read back from the
 * manager (detect-only now: the interrupted run made it, so promote will switch it back), an
 * assignment is compared with the policy's direct assignments (only missing rules are sent), and a
 * per-policy override, which the API cannot read back, is set again (setting a value twice is
 * harmless).
 */
final class StageStep implements ApplyStep {
  static final String GLOBAL_OP = "detectOnly.global";
  static final String POLICY_OP = "detectOnly.policy";
  static final String ASSIGN_OP = "assign";

  private final RolloutContext ctx;
  private final JournalFile file;

  StageStep(RolloutContext ctx, JournalFile file) {
    this.ctx = ctx;
    this.file = file;
  }

  @Override
  public String name() {
    return "staging";
  }

  @Override
  public boolean done(Journal j) {
    return j.stagingDone;
  }

  @Override
  public String dryRun(Journal j) {
    String how =
        j.perPolicy()
            ? "detect-only on the computer's policy (a policy override)"
            : "detect-only (the rule's global flag: every policy using it is affected)";
    if (j.stagingPlan == null) {
      return "would set newly recommended rules " + how + ", then assign them";
    }
    return "would set "
        + rules(j).size()
        + " rule(s) "
        + how
        + ", then assign them to "
        + j.stagingPlan.values().stream().filter(l -> !l.isEmpty()).count()
        + " polic(ies)";
  }

  @Override
  public String run(Journal j) {
    if (j.stagingPlan == null) {
      j.stagingPlan = plan(j);
      file.write(j);
      Checkpoints.reached("stage.planned");
    }
    if (j.perPolicy()) {
      perPolicy(j);
    } else {
      global(j);
    }
    assign(j);
    j.stagingDone = true;
    file.write(j);
    return rules(j).size()
        + " rule(s) on "
        + j.stagingPlan.values().stream().filter(l -> !l.isEmpty()).count()
        + " polic(ies)";
  }

  private static TreeSet<Integer> rules(Journal j) {
    TreeSet<Integer> rules = new TreeSet<>();
    if (j.stagingPlan != null) {
      j.stagingPlan.values().forEach(rules::addAll);
    }
    return rules;
  }

  /** Per policy in scope: the update's rules recommended after the rescan, not before it. */
  static Map<Integer, List<Integer>> plan(Journal j) {
    Set<Integer> changed = new HashSet<>();
    j.added.forEach(r -> changed.add(r.id));
    j.updated.forEach(r -> changed.add(r.id));
    Map<Integer, TreeSet<Integer>> perPolicy = new TreeMap<>();
    for (Journal.ComputerRef c : j.computers) {
      Journal.ScanRef s = j.scans.get(c.id);
      if (c.policyId == null || s == null) {
        continue;
      }
      Set<Integer> before = new HashSet<>(j.recommendedBefore.getOrDefault(c.id, List.of()));
      for (Integer r : s.recommendedAfter) {
        if (changed.contains(r) && !before.contains(r)) {
          perPolicy.computeIfAbsent(c.policyId, k -> new TreeSet<>()).add(r);
        }
      }
    }
    Map<Integer, List<Integer>> plan = new TreeMap<>();
    for (Journal.PolicyRef p : j.policies) {
      plan.put(p.id, new ArrayList<>(perPolicy.getOrDefault(p.id, new TreeSet<>())));
    }
    return plan;
  }

  // ---------------------------------------------------------------- per policy

  private void perPolicy(Journal j) {
    if (j.intent != null && j.intent.op.equals(POLICY_OP)) {
      List<Integer> unsure = new ArrayList<>(j.intent.ruleIds);
      unsure.removeAll(j.overridesSet.getOrDefault(j.intent.policyId, new TreeSet<>()));
      if (!unsure.isEmpty()) {
        ctx.say(
            "policy "
                + j.intent.policyId
                + ": the interrupted run may not have set "
                + unsure
                + " detect-only (an override cannot be read back); setting it");
      }
      setOverrides(j, j.intent.policyId, j.intent.ruleIds);
    }
    for (Map.Entry<Integer, List<Integer>> e : j.stagingPlan.entrySet()) {
      List<Integer> todo = new ArrayList<>(e.getValue());
      todo.removeAll(j.overridesSet.getOrDefault(e.getKey(), new TreeSet<>()));
      if (todo.isEmpty()) {
        continue;
      }
      j.intent = intent(POLICY_OP, e.getKey(), todo, true);
      file.write(j);
      Checkpoints.reached("detectOnly.intent");
      setOverrides(j, e.getKey(), todo);
      ctx.say("policy " + e.getKey() + ": " + todo + " set detect-only on this policy");
    }
  }

  private void setOverrides(Journal j, int policy, List<Integer> rules) {
    TreeSet<Integer> done = j.overridesSet.computeIfAbsent(policy, k -> new TreeSet<>());
    for (Integer r : rules) {
      if (done.contains(r)) {
        continue;
      }
      ctx.manager().rules().intrusionPrevention().setDetectOnlyOnPolicy(policy, r, true);
      Checkpoints.reached("detectOnly.changed");
      done.add(r);
      file.write(j);
    }
    j.intent = null;
    file.write(j);
  }

  // ---------------------------------------------------------------- global

  private void global(Journal j) {
    if (j.intent != null && j.intent.op.equals(GLOBAL_OP)) {
      finishGlobal(j);
    }
    TreeSet<Integer> todo = rules(j);
    todo.removeAll(j.detectOnlyChecked);
    if (todo.isEmpty()) {
      return;
    }
    Map<Integer, Boolean> flags = ctx.globalFlags();
    List<Integer> toSwitch = new ArrayList<>();
    for (Integer r : todo) {
      if (Boolean.TRUE.equals(flags.get(r))) {
        j.detectOnlyChecked.add(r); // already detect-only before this rollout touched it
      } else {
        toSwitch.add(r);
      }
    }
    if (!toSwitch.isEmpty()) {
      j.otherPoliciesAffected.putAll(otherPoliciesUsing(j, toSwitch));
      if (!j.otherPoliciesAffected.isEmpty()) {
        ctx.say(
            "WARNING: only the global detect-only flag is available: switching these rules"
                + " changes them on policies outside the scope too (rule -> policies): "
                + j.otherPoliciesAffected);
      }
      j.intent = intent(GLOBAL_OP, null, toSwitch, true);
    }
    file.write(j);
    if (toSwitch.isEmpty()) {
      return;
    }
    Checkpoints.reached("detectOnly.intent");
    for (Integer r : toSwitch) {
      ctx.manager().rules().intrusionPrevention().setDetectOnly(r, true);
      Checkpoints.reached("detectOnly.changed");
      j.detectOnlySet.add(r);
      j.detectOnlyChecked.add(r);
      file.write(j);
      ctx.say("rule " + r + " set detect-only");
    }
    j.intent = null;
    file.write(j);
  }

  /**
   * The interrupted run recorded that it would switch these rules (each was in prevent mode then):
   * those now detect-only were switched by it, the others still need switching.
   */
  private void finishGlobal(Journal j) {
    Map<Integer, Boolean> flags = ctx.globalFlags();
    for (Integer r : j.intent.ruleIds) {
      if (j.detectOnlySet.contains(r)) {
        continue;
      }
      if (Boolean.TRUE.equals(flags.get(r))) {
        ctx.say("rule " + r + " was set detect-only by the interrupted run");
      } else {
        ctx.manager().rules().intrusionPrevention().setDetectOnly(r, true);
        Checkpoints.reached("detectOnly.changed");
        ctx.say("rule " + r + " set detect-only");
      }
      j.detectOnlySet.add(r);
      j.detectOnlyChecked.add(r);
      file.write(j);
    }
    j.intent = null;
    file.write(j);
  }

  /** The policies outside the scope whose effective IPS rules include a rule to switch. */
  private Map<Integer, List<Integer>> otherPoliciesUsing(Journal j, List<Integer> rules) {
    Set<Integer> inScope = new HashSet<>();
    j.policies.forEach(p -> inScope.add(p.id));
    Set<Integer> wanted = new HashSet<>(rules);
    Map<Integer, List<Integer>> out = new TreeMap<>();
    for (Policy p : ctx.manager().policies().list()) {
      if (inScope.contains(p.id())) {
        continue;
      }
      for (Integer r : ctx.manager().policies().assignments(RolloutContext.IPS).effective(p.id())) {
        if (wanted.contains(r)) {
          out.computeIfAbsent(r, k -> new ArrayList<>()).add(p.id());
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- assign

  private void assign(Journal j) {
    if (j.intent != null && j.intent.op.equals(ASSIGN_OP)) {
      int policy = j.intent.policyId;
      List<Integer> missing = new ArrayList<>(j.intent.ruleIds);
      missing.removeAll(ctx.manager().policies().assignments(RolloutContext.IPS).direct(policy));
      if (missing.isEmpty()) {
        ctx.say("policy " + policy + ": the interrupted run's assignment was made");
      } else {
        ctx.manager().policies().assignments(RolloutContext.IPS).assign(policy, missing);
        Checkpoints.reached("assign.changed");
        ctx.say("policy " + policy + ": assigned " + missing + " (detect-only)");
      }
      j.assigned.put(policy, new ArrayList<>(j.intent.ruleIds));
      j.intent = null;
      file.write(j);
    }
    for (Map.Entry<Integer, List<Integer>> e : j.stagingPlan.entrySet()) {
      if (j.assigned.containsKey(e.getKey()) || e.getValue().isEmpty()) {
        continue;
      }
      j.intent = intent(ASSIGN_OP, e.getKey(), e.getValue(), null);
      file.write(j);
      Checkpoints.reached("assign.intent");
      ctx.manager().policies().assignments(RolloutContext.IPS).assign(e.getKey(), e.getValue());
      Checkpoints.reached("assign.changed");
      j.assigned.put(e.getKey(), new ArrayList<>(e.getValue()));
      j.intent = null;
      file.write(j);
      ctx.say("policy " + e.getKey() + ": assigned " + e.getValue() + " (detect-only)");
    }
  }

  private Journal.Intent intent(String op, Integer policy, List<Integer> rules, Boolean target) {
    return new Journal.Intent(op, policy, rules, target, ctx.clock().instant());
  }
}
