package io.dsm4j.automation.internal.rollout;

import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends policy to the computers whose policy (or an ancestor of it) got new assignments. The
 * manager cannot say whether an interrupted request arrived; sending policy twice is harmless, so a
 * resumed run sends it again and says so.
 */
final class SendPolicyStep implements ApplyStep {
  static final String OP = "sendPolicy";

  private final RolloutContext ctx;
  private final JournalFile file;

  SendPolicyStep(RolloutContext ctx, JournalFile file) {
    this.ctx = ctx;
    this.file = file;
  }

  @Override
  public String name() {
    return "send policy";
  }

  @Override
  public boolean done(Journal j) {
    return j.sendPolicyResult != null;
  }

  @Override
  public String dryRun(Journal j) {
    return ctx.sendPolicy()
        ? "would send policy to the affected computers"
        : "skipped (--no-send-policy)";
  }

  @Override
  public String run(Journal j) {
    if (!ctx.sendPolicy()) {
      return "skipped (--no-send-policy)";
    }
    if (j.intent != null && j.intent.op.equals(OP)) {
      ctx.say("sending policy again: the interrupted run may not have sent it");
    }
    Set<Integer> changed = new HashSet<>();
    j.assigned.forEach(
        (policy, rules) -> {
          if (!rules.isEmpty()) {
            changed.add(policy);
          }
        });
    Journal.SendRef result = new Journal.SendRef();
    if (!changed.isEmpty()) {
      // Descendant policies inherit the new assignments, so their computers are affected too.
      Map<Integer, Integer> parents = new HashMap<>();
      ctx.manager().policies().list().forEach(p -> parents.put(p.id(), p.parentId()));
      List<Integer> affected = new ArrayList<>();
      for (Computer c : ctx.manager().computers().list()) {
        if (c.policyId() != null && inherits(c.policyId(), changed, parents)) {
          affected.add(c.id());
        }
      }
      if (!affected.isEmpty()) {
        j.intent = new Journal.Intent(OP, null, affected, null, ctx.clock().instant());
        file.write(j);
        Checkpoints.reached("send.intent");
        ctx.say("sending policy to " + affected.size() + " computer(s)");
        BulkResult r = ctx.manager().computers().run(ComputerAction.SEND_POLICY, affected);
        Checkpoints.reached("send.changed");
        result.succeeded.addAll(r.succeeded());
        r.failed().forEach((id, e) -> result.failed.put(id, e.getMessage()));
      }
    }
    j.sendPolicyResult = result;
    j.intent = null;
    file.write(j);
    return result.succeeded.size() + " succeeded, " + result.failed.size() + " failed";
  }

  private static boolean inherits(int policy, Set<Integer> changed, Map<Integer, Integer> parents) {
    Integer p = policy;
    Set<Integer> seen = new HashSet<>();
    while (p != null && seen.add(p)) {
      if (changed.contains(p)) {
        return true;
      }
      p = parents.get(p);
    }
    return false;
  }
}
