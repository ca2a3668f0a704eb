package io.dsm4j;

import io.dsm4j.model.Recommendations;
import java.util.Collection;
import java.util.List;

/**
 * The rules of one kind assigned to policies.
 *
 * <p><b>Direct</b> assignments are the ones made on the policy itself; the <b>effective</b> set
 * adds what it inherits from its parent policies. REST answers both; SOAP stores only direct
 * assignments, so the effective set is the union along the parent chain. Changes always apply to
 * the direct assignments. With SOAP a change is a read-modify-write of the whole policy; a
 * concurrent change by someone else is reported as a {@link io.dsm4j.exception.ConflictException}
 * instead of being lost.
 *
 * <pre>{@code
 * RuleAssignments ips = manager.policies().assignments(RuleKind.INTRUSION_PREVENTION);
 * ips.assign(policyId, List.of(1001, 1002));
 * List<Integer> effective = ips.effective(policyId);
 * }</pre>
 */
public interface RuleAssignments {
  /**
   * @param policyId the policy
   * @return the rule IDs assigned directly to it, ascending
   */
  List<Integer> direct(int policyId);

  /**
   * @param policyId the policy
   * @return the rule IDs in effect on it, inherited ones included, ascending
   */
  List<Integer> effective(int policyId);

  /**
   * Adds rules to the direct assignments (already assigned ones are kept once). An intrusion
   * prevention rule brings the rules it depends on ({@code dependsOnRuleIDs}), transitively: REST's
   * manager assigns them itself, the SOAP backend asks {@code DPIRuleDependenciesRetrieve} once for
   * each rule it adds (the answer is taken as all the rule needs) and assigns them in the same
   * save. The same holds for {@code replace}.
   *
   * @param policyId the policy
   * @param ruleIds the rules (not empty)
   * @return the direct assignments afterwards
   */
  List<Integer> assign(int policyId, Collection<Integer> ruleIds);

  /**
   * Removes rules from the direct assignments (rules not assigned are ignored).
   *
   * @param policyId the policy
   * @param ruleIds the rules (not empty)
   * @return the direct assignments afterwards
   */
  List<Integer> unassign(int policyId, Collection<Integer> ruleIds);

  /**
   * Replaces the direct assignments.
   *
   * @param policyId the policy
   * @param ruleIds the rules (may be empty to clear)
   * @return the direct assignments afterwards
   */
  List<Integer> replace(int policyId, Collection<Integer> ruleIds);

  /**
   * @param policyId the policy
   * @return the policy's recommendation scan results for this kind
   */
  Recommendations recommendations(int policyId);
}
