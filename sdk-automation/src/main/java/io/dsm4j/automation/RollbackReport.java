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
 * @param detectOnlyScope how the rollout had set detect-only (and so what is undone)
 * @param policies the policies whose direct IPS assignments differed from the journal
 * @param overrides per-policy mode: the detect-only overrides the rollout set, set back
 * @param rules global mode: the rules whose flag the rollout changed and that differ from before
 * @param notes remarks for the operator (e.g. that the update itself stays applied)
 */
public record RollbackReport(
    boolean dryRun,
    int updateId,
    DetectOnlyScope detectOnlyScope,
    List<PolicyRestore> policies,
    List<OverrideRestore> overrides,
    List<RuleRestore> rules,
    List<String> notes) {

  /**
   * Copies the lists.
   *
   * @param dryRun whether nothing was changed
   * @param updateId the staged update (it stays applied)
   * @param detectOnlyScope how the rollout had set detect-only (and so what is undone)
   * @param policies the policies whose direct IPS assignments differed from the journal
   * @param overrides per-policy mode: the detect-only overrides the rollout set, set back
   * @param rules global mode: the rules whose flag the rollout changed and that differ from before
   * @param notes remarks for the operator (e.g. that the update itself stays applied)
   */
  public RollbackReport {
    policies = List.copyOf(policies);
    overrides = List.copyOf(overrides);
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
    /**
     * Copies the lists.
     *
     * @param policyId the policy
     * @param before what was assigned before the rollback
     * @param restoredTo what the journal recorded (and the policy has now, unless a dry run)
     */
    public PolicyRestore {
      before = List.copyOf(before);
      restoredTo = List.copyOf(restoredTo);
    }
  }

  /**
   * One per-policy detect-only override set back to the rule's global flag (which the policy
   * followed before the rollout).
   *
   * @param policyId the policy
   * @param ruleId the rule
   * @param restoredTo the detect-only value set (the rule's global flag)
   */
  public record OverrideRestore(int policyId, int ruleId, boolean restoredTo) {}

  /**
   * One rule's global detect-only flag put back.
   *
   * @param ruleId the rule
   * @param identifier its Trend identifier (null for a rule the update added)
   * @param detectOnlyBefore the flag before the rollback
   * @param restoredTo the flag before the rollout (detect-only for a rule the update added)
   */
  public record RuleRestore(
      int ruleId, String identifier, boolean detectOnlyBefore, boolean restoredTo) {}
}
