package io.dsm4j.automation.internal.rollout;

import io.dsm4j.Capability;
import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.PromoteReport;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.automation.internal.LockFile;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code promote}: after the soak, switches what apply made detect-only, and only that, to prevent:
 * the per-policy overrides it set (per-policy journals) or the rules it made detect-only (global
 * journals: the update's new rules and the rules it switched). The decision (which rules, which
 * kept for their events) is recorded first, so a resumed promote finishes the same decision; each
 * switch is recorded write-ahead like apply's.
 */
public final class PromoteRun {
  static final String GLOBAL_OP = "promote.global";
  static final String POLICY_OP = "promote.policy";

  private final RolloutContext ctx;

  /**
   * @param ctx the rollout's settings
   */
  public PromoteRun(RolloutContext ctx) {
    this.ctx = ctx;
  }

  /**
   * See {@link io.dsm4j.automation.RuleUpdateRollout#promote}.
   *
   * @return the report
   */
  @SuppressWarnings("try") // the lock is held for the whole run, never read
  public PromoteReport promote(
      Path journalPath, Duration after, boolean keepDetectIfEvents, boolean dryRun) {
    Objects.requireNonNull(journalPath, "journalPath");
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) {
      throw new IllegalArgumentException("the soak period must not be negative");
    }
    ManagerInfo info = ctx.manager().info();
    JournalFile file = new JournalFile(journalPath);
    if (!file.exists()) {
      throw new RefusedException("no journal at " + journalPath + "; run apply first");
    }
    try (LockFile lock = dryRun ? null : LockFile.acquire(journalPath, "journal")) {
      Journal j = file.read();
      file.checkBinding(j, info, ctx::say);
      List<Capability> needed = new ArrayList<>(List.of(Capability.RULES));
      needed.add(RolloutContext.detectOnlyCapability(j));
      if (keepDetectIfEvents) {
        needed.add(Capability.EVENTS);
      }
      ctx.requireAll(needed, "promote");
      if (j.rolledBackAt != null) {
        throw new RefusedException("this journal was rolled back at " + j.rolledBackAt);
      }
      if (j.completedAt == null) {
        throw new RefusedException(
            "apply has not finished for this journal; run apply again to complete it");
      }
      Instant now = ctx.clock().instant();
      Instant soakEnds = j.appliedAt.plus(after);
      if (now.isBefore(soakEnds)) {
        throw new RefusedException(
            "the soak period has not passed: update "
                + j.update.id
                + " was applied at "
                + j.appliedAt
                + ", so promote is possible from "
                + soakEnds
                + " (--after "
                + after
                + ")");
      }
      Journal.PromotePlan plan = j.promotePlan;
      boolean resumed = plan != null && plan.completedAt == null;
      if (resumed) {
        ctx.say(
            "resuming the promote decided at " + plan.decidedAt + " (its choice of rules is kept)");
      } else {
        plan = decide(j, keepDetectIfEvents, now);
      }
      TreeSet<Integer> already = alreadyPromoted(j);
      if (!dryRun) {
        if (!resumed) {
          j.promotePlan = plan;
          file.write(j);
          Checkpoints.reached("promote.planned");
        }
        run(j, plan, file);
        plan.completedAt = ctx.clock().instant();
        j.promotedAt = plan.completedAt;
        file.write(j);
      }
      return report(j, plan, already, dryRun);
    }
  }

  /** Which rules go to prevent, which stay detect-only for their events. */
  private Journal.PromotePlan decide(Journal j, boolean keepDetectIfEvents, Instant now) {
    Journal.PromotePlan plan = new Journal.PromotePlan();
    plan.decidedAt = now;
    TreeSet<Integer> staged = new TreeSet<>();
    if (j.perPolicy()) {
      j.overridesSet.forEach(
          (p, rules) -> {
            List<Integer> assigned = j.assigned.getOrDefault(p, List.of());
            rules.stream().filter(assigned::contains).forEach(staged::add);
          });
    } else {
      Set<Integer> addedIds = new HashSet<>();
      j.added.forEach(r -> addedIds.add(r.id));
      j.assigned.values().forEach(staged::addAll);
      // Only rules this tool made detect-only: new ones (applied detect-only) and those it
      // switched.
      staged.removeIf(r -> !addedIds.contains(r) && !j.detectOnlySet.contains(r));
    }
    if (keepDetectIfEvents && !staged.isEmpty()) {
      EventQuery q = EventQuery.builder(EventKind.INTRUSION_PREVENTION, j.appliedAt, now).build();
      try (Stream<Event> events = ctx.manager().events().stream(q)) {
        for (Event e : (Iterable<Event>) events::iterator) {
          plan.eventsSeen++;
          if (e.ruleId() != null && staged.contains(e.ruleId())) {
            plan.kept.merge(e.ruleId(), 1L, Long::sum);
          }
        }
      }
    }
    if (j.perPolicy()) {
      j.overridesSet.forEach(
          (p, rules) -> {
            List<Integer> assigned = j.assigned.getOrDefault(p, List.of());
            TreeSet<Integer> done = j.promotedOverrides.getOrDefault(p, new TreeSet<>());
            List<Integer> todo =
                rules.stream()
                    .filter(r -> assigned.contains(r) && !plan.kept.containsKey(r))
                    .filter(r -> !done.contains(r))
                    .toList();
            if (!todo.isEmpty()) {
              plan.perPolicy.put(p, new ArrayList<>(todo));
            }
          });
    } else {
      for (Integer r : staged) {
        if (!j.promoted.contains(r) && !plan.kept.containsKey(r)) {
          plan.rules.add(r);
        }
      }
    }
    return plan;
  }

  private void run(Journal j, Journal.PromotePlan plan, JournalFile file) {
    if (j.perPolicy()) {
      if (j.intent != null && j.intent.op.equals(POLICY_OP)) {
        setOverrides(j, j.intent.policyId, j.intent.ruleIds, file);
      }
      for (Map.Entry<Integer, List<Integer>> e : plan.perPolicy.entrySet()) {
        List<Integer> todo = new ArrayList<>(e.getValue());
        todo.removeAll(j.promotedOverrides.getOrDefault(e.getKey(), new TreeSet<>()));
        if (todo.isEmpty()) {
          continue;
        }
        j.intent = new Journal.Intent(POLICY_OP, e.getKey(), todo, false, ctx.clock().instant());
        file.write(j);
        Checkpoints.reached("promote.intent");
        setOverrides(j, e.getKey(), todo, file);
        ctx.say("policy " + e.getKey() + ": " + todo + " switched to prevent on this policy");
      }
      return;
    }
    if (j.intent != null && j.intent.op.equals(GLOBAL_OP)) {
      // Each was detect-only when the interrupted run recorded it: prevent now means it was done.
      Map<Integer, Boolean> flags = ctx.globalFlags();
      for (Integer r : j.intent.ruleIds) {
        if (!j.promoted.contains(r)) {
          if (Boolean.TRUE.equals(flags.get(r))) {
            ctx.manager().rules().intrusionPrevention().setDetectOnly(r, false);
            Checkpoints.reached("promote.changed");
          }
          j.promoted.add(r);
          file.write(j);
          ctx.say("rule " + r + " switched to prevent");
        }
      }
      j.intent = null;
      file.write(j);
    }
    List<Integer> todo = new ArrayList<>(plan.rules);
    todo.removeAll(j.promoted);
    if (todo.isEmpty()) {
      return;
    }
    j.intent = new Journal.Intent(GLOBAL_OP, null, todo, false, ctx.clock().instant());
    file.write(j);
    Checkpoints.reached("promote.intent");
    for (Integer r : todo) {
      ctx.manager().rules().intrusionPrevention().setDetectOnly(r, false);
      Checkpoints.reached("promote.changed");
      j.promoted.add(r);
      file.write(j);
      ctx.say("rule " + r + " switched to prevent");
    }
    j.intent = null;
    file.write(j);
  }

  private void setOverrides(Journal j, int policy, List<Integer> rules, JournalFile file) {
    TreeSet<Integer> done = j.promotedOverrides.computeIfAbsent(policy, k -> new TreeSet<>());
    for (Integer r : rules) {
      if (done.contains(r)) {
        continue;
      }
      ctx.manager().rules().intrusionPrevention().setDetectOnlyOnPolicy(policy, r, false);
      Checkpoints.reached("promote.changed");
      done.add(r);
      file.write(j);
    }
    j.intent = null;
    file.write(j);
  }

  private static TreeSet<Integer> alreadyPromoted(Journal j) {
    TreeSet<Integer> out = new TreeSet<>(j.promoted);
    j.promotedOverrides.values().forEach(out::addAll);
    return out;
  }

  private PromoteReport report(
      Journal j, Journal.PromotePlan plan, TreeSet<Integer> already, boolean dryRun) {
    TreeSet<Integer> promoted = new TreeSet<>(plan.rules);
    plan.perPolicy.values().forEach(promoted::addAll);
    promoted.removeAll(already);
    Map<Integer, List<Integer>> perPolicy = new TreeMap<>(plan.perPolicy);
    return new PromoteReport(
        dryRun,
        j.update.id,
        j.appliedAt,
        RolloutContext.scopeOf(j),
        new ArrayList<>(promoted),
        new ArrayList<>(already),
        perPolicy,
        plan.kept,
        plan.eventsSeen,
        ctx.backends());
  }
}
