package io.dsm4j;

import io.dsm4j.model.Rule;

/**
 * The intrusion prevention catalog, with the detect-only switches.
 *
 * <pre>{@code
 * // Only on one policy (REST):
 * manager.rules().intrusionPrevention().setDetectOnly(policyId, ruleId, true);
 * // For every policy that uses the rule (both backends):
 * manager.rules().intrusionPrevention().setDetectOnly(ruleId, true);
 * }</pre>
 */
public interface IntrusionPreventionRules extends RuleCatalog {
  /**
   * Sets a rule's global detect-only flag. This is a property of the rule itself, so it affects
   * every policy and computer that uses the rule.
   *
   * @param ruleId the rule
   * @param detectOnly true to log only, false to prevent
   * @return the rule as saved
   */
  Rule setDetectOnly(int ruleId, boolean detectOnly);

  /**
   * Sets detect-only for a rule on one policy only (a policy-level override). REST only.
   *
   * @param policyId the policy
   * @param ruleId the rule
   * @param detectOnly true to log only, false to prevent
   */
  void setDetectOnly(int policyId, int ruleId, boolean detectOnly);
}
