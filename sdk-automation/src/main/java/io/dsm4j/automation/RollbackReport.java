package io.dsm4j.automation;

import java.util.List;

/**
 * What {@link RuleUpdateRollout#rollback} restored (or, in a dry run, would restore).
 *
 * <pre>{@code
 * RollbackReport r = rollout.rollback(journal, false);
 * r.policies().forEach(p -> System.out.println(p.policyId() + " -> " + p.restoredTo()));
 * }</pre>
 *
 * @param dryRun whether nothing was changed
 * @param updateId the staged update (it stays applied)
 * @param policies the policies whose direct IPS assignments differed from the journal
 * @param rules the rules whose detect-only flag differed from the journal
 * @param notes remarks for the operator (e.g. that the update itself stays applied)
 */
public record RollbackReport(
    boolean dryRun,
    int updateId,
    List<PolicyRestore> policies,
    List<RuleRestore> rules,
    List<String> notes) {

  /** Copies the lists. */
  public RollbackReport {
    policies = List.copyOf(policies);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  /**
   * One policy's direct IPS assignments put back.
   *
   * @param policyId the policy
   * @param before what was assigned before the rollback
   * @param restoredTo what the journal recorded (and the policy has now, unless a dry run)
   */
  public record PolicyRestore(int policyId, List<Integer> before, List<Integer> restoredTo) {
    /** Copies the lists. */
    public PolicyRestore {
      before = List.copyOf(before);
      restoredTo = List.copyOf(restoredTo);
    }
  }

  /**
   * One rule's detect-only flag put back.
   *
   * @param ruleId the rule
   * @param identifier its Trend identifier
   * @param detectOnlyBefore the flag before the rollback
   * @param restoredTo the flag the journal recorded
   */
  public record RuleRestore(
      int ruleId, String identifier, boolean detectOnlyBefore, boolean restoredTo) {}
}
