package io.dsm4j.automation.internal.rollout;

import io.dsm4j.automation.internal.CatalogDiff;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;

/** Records which IPS rules the update added or changed (catalog before/after by identifier). */
final class RecordChangeStep implements ApplyStep {
  private final RolloutContext ctx;
  private final JournalFile file;

  RecordChangeStep(RolloutContext ctx, JournalFile file) {
    this.ctx = ctx;
    this.file = file;
  }

  @Override
  public String name() {
    return "rule change";
  }

  @Override
  public boolean done(Journal j) {
    return j.changeRecorded;
  }

  @Override
  public String alreadyDone() {
    return "already recorded";
  }

  @Override
  public String dryRun(Journal j) {
    return "would diff the IPS catalog by identifier (known once the update is applied)";
  }

  @Override
  public String run(Journal j) {
    CatalogDiff.Diff d = CatalogDiff.diff(j.catalogBefore, ctx.catalog());
    j.added = d.added();
    j.updated = d.updated();
    j.changeRecorded = true;
    file.write(j);
    Checkpoints.reached("change.recorded");
    long notDetect = j.added.stream().filter(r -> !Boolean.TRUE.equals(r.detectOnly)).count();
    ctx.say(
        "the update added "
            + j.added.size()
            + " and changed "
            + j.updated.size()
            + " IPS rule(s); "
            + (j.added.size() - notDetect)
            + " new rule(s) read back detect-only");
    return j.added.size() + " added, " + j.updated.size() + " updated";
  }
}
