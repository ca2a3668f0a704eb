package io.dsm4j.automation.internal.rollout;

import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.RuleChanges;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Applies the update detect-only ({@code applyRequestedAt} is its write-ahead record). */
final class ApplyUpdateStep implements ApplyStep {
  private final RolloutContext ctx;
  private final JournalFile file;

  ApplyUpdateStep(RolloutContext ctx, JournalFile file) {
    this.ctx = ctx;
    this.file = file;
  }

  @Override
  public String name() {
    return "apply update";
  }

  @Override
  public boolean done(Journal j) {
    return j.appliedAt != null;
  }

  @Override
  public String dryRun(Journal j) {
    return "would apply " + j.update.id + " (" + j.update.name + ") detect-only";
  }

  @Override
  public String run(Journal j) {
    SecurityUpdate now = Updates.find(ctx.manager(), j.update.id);
    boolean applied =
        now.appliedState() == AppliedState.APPLIED_CURRENT
            || now.appliedState() == AppliedState.APPLIED;
    if (applied && j.applyRequestedAt == null) {
      throw new RefusedException(
          "update "
              + j.update.id
              + " was applied by someone else after the journal was written; its change cannot"
              + " be staged by this journal");
    }
    SecurityUpdateResult result;
    if (applied) {
      // The interrupted run's request reached the manager; it stopped before recording it.
      ctx.say("update " + j.update.id + " is already applied (by the interrupted run)");
      result = ctx.manager().securityUpdates().result(j.update.id);
    } else {
      j.applyRequestedAt = ctx.clock().instant();
      file.write(j);
      Checkpoints.reached("update.intent");
      ctx.say("applying update " + j.update.id + " (" + j.update.name + ") detect-only");
      result = ctx.manager().securityUpdates().apply(j.update.id, true);
      Checkpoints.reached("update.applied");
    }
    j.appliedAt = ctx.clock().instant();
    j.updateResult = counts(result);
    file.write(j);
    return "applied " + j.update.id + " detect-only";
  }

  private static Map<String, Integer> counts(SecurityUpdateResult r) {
    Map<String, Integer> m = new TreeMap<>();
    for (Map.Entry<RuleKind, RuleChanges> e : r.changes().entrySet()) {
      String k = e.getKey().name().toLowerCase(Locale.ROOT);
      m.put(k + ".added", e.getValue().added());
      m.put(k + ".updated", e.getValue().updated());
      m.put(k + ".deleted", e.getValue().deleted());
    }
    m.put("ips.addedAndAssigned", r.ipsRulesAddedAndAssigned());
    return m;
  }
}
