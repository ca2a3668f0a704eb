package io.dsm4j.automation.internal.rollout;

import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.ApplyReport;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.Scope;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.automation.internal.LockFile;
import io.dsm4j.automation.internal.ManagerBinding;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.SecurityUpdate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** {@code apply}: writes the journal, then runs each {@link ApplyStep} not yet done. */
public final class ApplyRun {
  private final RolloutContext ctx;

  /**
   * @param ctx the rollout's settings
   */
  public ApplyRun(RolloutContext ctx) {
    this.ctx = ctx;
  }

  private List<ApplyStep> steps(JournalFile file) {
    return List.of(
        new ApplyUpdateStep(ctx, file),
        new RecordChangeStep(ctx, file),
        new ScanStep(ctx, file),
        new StageStep(ctx, file),
        new SendPolicyStep(ctx, file));
  }

  /**
   * Runs or resumes apply (see {@link io.dsm4j.automation.RuleUpdateRollout#apply}).
   *
   * @param journalPath the journal
   * @param dryRun whether to only report
   * @return the report
   */
  @SuppressWarnings("try") // the lock is held for the whole run, never read
  public ApplyReport apply(Path journalPath, boolean dryRun) {
    Objects.requireNonNull(journalPath, "journalPath");
    ctx.requireApply();
    ManagerInfo info = ctx.manager().info();
    JournalFile file = new JournalFile(journalPath);
    if (dryRun) {
      return dryRun(file, info);
    }
    file.exists(); // refuses a directory before anything else
    file.ensureDirectory();
    try (LockFile lock = LockFile.acquire(journalPath, "journal")) {
      Journal j;
      List<String> steps = new ArrayList<>();
      if (file.exists()) {
        j = file.read();
        file.checkBinding(j, info, ctx::say);
        checkResumable(j);
        ctx.say("resuming " + journalPath + " (update " + j.update.id + ")");
        steps.add("journal: already written (resumed)");
      } else {
        j = create(info);
        file.write(j);
        Checkpoints.reached("journal.written");
        ctx.say("journal written: " + journalPath);
        steps.add("journal: written");
      }
      for (ApplyStep s : steps(file)) {
        steps.add(s.name() + ": " + (s.done(j) ? s.alreadyDone() : s.run(j)));
      }
      if (j.completedAt == null) {
        j.completedAt = ctx.clock().instant();
      }
      file.write(j);
      return report(j, journalPath, false, true, steps);
    }
  }

  private ApplyReport dryRun(JournalFile file, ManagerInfo info) {
    List<String> steps = new ArrayList<>();
    Journal j;
    boolean fresh = !file.exists();
    if (!fresh) {
      j = file.read();
      file.checkBinding(j, info, ctx::say);
      checkResumable(j);
      steps.add("journal: written (would resume)");
    } else {
      j = new Journal();
      SecurityUpdate u =
          Updates.select(
              ctx.manager().securityUpdates().list().stream().toList(), ctx.updateId(), true);
      j.update = new Journal.UpdateRef(u.id(), u.name(), u.released());
      j.detectOnlyScope = ctx.availableDetectOnlyScope().name();
      ScopeResolver.Resolved rs = ScopeResolver.resolve(ctx.manager(), ctx.scope());
      rs.computers()
          .forEach(
              c -> j.computers.add(new Journal.ComputerRef(c.id(), c.hostName(), c.policyId())));
      rs.policies()
          .forEach(
              p ->
                  j.policies.add(new Journal.PolicyRef(p.id(), p.name(), p.parentId(), List.of())));
      steps.add(
          "journal: would write the direct IPS assignments of "
              + j.policies.size()
              + " polic(ies) and the IPS catalog's detect-only flags");
    }
    for (ApplyStep s : steps(file)) {
      steps.add(s.name() + ": " + (s.done(j) ? s.alreadyDone() : s.dryRun(j)));
    }
    return report(j, file.path(), true, !fresh && j.changeRecorded, steps);
  }

  private void checkResumable(Journal j) {
    if (j.rolledBackAt != null) {
      throw new RefusedException(
          "this journal was rolled back at " + j.rolledBackAt + "; start a new journal");
    }
    if (ctx.updateId() != null && ctx.updateId() != j.update.id) {
      throw new RefusedException(
          "the journal stages update "
              + j.update.id
              + ", not "
              + ctx.updateId()
              + "; use another journal for another update");
    }
    Scope s = ctx.scope();
    if (!Objects.equals(s.computers(), j.scope.computers)
        || !Objects.equals(s.group(), j.scope.group)
        || !Objects.equals(s.policy(), j.scope.policy)) {
      throw new RefusedException(
          "the journal was written for the scope "
              + new Scope(j.scope.computers, j.scope.group, j.scope.policy)
              + ", not "
              + s
              + "; resume with the same scope");
    }
  }

  private Journal create(ManagerInfo info) {
    SecurityUpdate u =
        Updates.select(
            ctx.manager().securityUpdates().list().stream().toList(), ctx.updateId(), true);
    ScopeResolver.Resolved rs = ScopeResolver.resolve(ctx.manager(), ctx.scope());
    Journal j = new Journal();
    j.manager = ManagerBinding.refOf(info);
    j.createdAt = ctx.clock().instant();
    j.update = new Journal.UpdateRef(u.id(), u.name(), u.released());
    j.scope = new Journal.ScopeRef();
    j.scope.computers = new ArrayList<>(ctx.scope().computers());
    j.scope.group = ctx.scope().group();
    j.scope.policy = ctx.scope().policy();
    j.sendPolicy = ctx.sendPolicy();
    j.detectOnlyScope = ctx.availableDetectOnlyScope().name();
    j.backends.putAll(ctx.backends());
    for (Computer c : rs.computers()) {
      j.computers.add(new Journal.ComputerRef(c.id(), c.hostName(), c.policyId()));
    }
    for (Policy p : rs.policies()) {
      j.policies.add(
          new Journal.PolicyRef(
              p.id(),
              p.name(),
              p.parentId(),
              ctx.manager().policies().assignments(RolloutContext.IPS).direct(p.id())));
    }
    ctx.say("reading the IPS catalog");
    j.catalogBefore = ctx.catalog();
    for (Computer c : rs.computers()) {
      if (c.policyId() != null) {
        j.recommendedBefore.put(
            c.id(),
            ctx.manager().computers().recommendations(c.id(), RolloutContext.IPS).toAssign());
      }
    }
    return j;
  }

  private ApplyReport report(
      Journal j, Path journal, boolean dryRun, boolean changeKnown, List<String> steps) {
    Map<Integer, List<Integer>> perPolicy = new TreeMap<>();
    Map<Integer, List<Integer>> source =
        dryRun ? (j.stagingPlan == null ? Map.of() : j.stagingPlan) : j.assigned;
    source.forEach(
        (p, r) -> {
          if (!r.isEmpty()) {
            perPolicy.put(p, r);
          }
        });
    Journal.SendRef send = j.sendPolicyResult == null ? new Journal.SendRef() : j.sendPolicyResult;
    return new ApplyReport(
        dryRun,
        journal,
        j.update.id,
        j.update.name,
        RolloutContext.scopeOf(j),
        j.computers.size(),
        j.policies.stream().map(p -> p.id).toList(),
        changeKnown,
        j.added.stream().map(r -> r.id).toList(),
        j.updated.stream().map(r -> r.id).toList(),
        j.added.stream().filter(r -> !Boolean.TRUE.equals(r.detectOnly)).map(r -> r.id).toList(),
        (int) j.scans.values().stream().filter(s -> s.completedAt != null).count(),
        perPolicy,
        new ArrayList<>(j.detectOnlySet),
        j.otherPoliciesAffected,
        send.succeeded,
        send.failed,
        promoteDone(j) ? j.promotedAt : null,
        steps,
        j.backends.isEmpty() ? ctx.backends() : j.backends,
        notes(j, dryRun));
  }

  static boolean promoteDone(Journal j) {
    return j.promotePlan != null ? j.promotePlan.completedAt != null : j.promotedAt != null;
  }

  /** What the journal says now, not what apply said when it ran. */
  private static List<String> notes(Journal j, boolean dryRun) {
    List<String> notes = new ArrayList<>();
    if (promoteDone(j)) {
      int promoted =
          j.perPolicy()
              ? j.promotedOverrides.values().stream().mapToInt(java.util.TreeSet::size).sum()
              : j.promoted.size();
      notes.add(
          "promoted at "
              + j.promotedAt
              + ": "
              + promoted
              + (j.perPolicy() ? " rule override(s)" : " rule(s)")
              + " switched to prevent"
              + (j.promotePlan == null || j.promotePlan.kept.isEmpty()
                  ? ""
                  : ", "
                      + j.promotePlan.kept.size()
                      + " kept detect-only "
                      + j.promotePlan.kept.keySet())
              + "; nothing is left to stage");
    } else if (j.promotePlan != null) {
      notes.add("promote was interrupted; run promote again with this journal to finish it");
    } else if (!dryRun || j.completedAt != null) {
      notes.add(
          "staged rules are detect-only; run promote after the soak to switch them to prevent");
    }
    if (!j.perPolicy() && !j.otherPoliciesAffected.isEmpty()) {
      notes.add(
          "the global detect-only flag also changed these rules on policies outside the scope"
              + " (rule -> policies): "
              + j.otherPoliciesAffected);
    }
    if (j.perPolicy() && !j.added.isEmpty() && !promoteDone(j)) {
      notes.add(
          "the update's "
              + j.added.size()
              + " new rule(s) are detect-only on every policy (the manager applies an update"
              + " globally); promote switches them to prevent only on the policies in scope");
    }
    return notes;
  }
}
