package io.dsm4j;

import io.dsm4j.model.Rule;

/**
 * The intrusion prevention catalog, with the detect-only switches. The two act at different scopes
 * and have different names so that they cannot be swapped by accident:
 *
 * <pre>{@code
 * // Only on one policy (REST):
 * manager.rules().intrusionPrevention().setDetectOnlyOnPolicy(policyId, ruleId, true);
 * // For every policy that uses the rule (both backends):
 * manager.rules().intrusionPrevention().setDetectOnly(ruleId, true);
 * }</pre>
 */
public interface IntrusionPreventionRules extends RuleCatalog {
  /**
   * Sets a rule's global detect-only flag (capability {@link Capability#IPS_DETECT_ONLY_GLOBAL}).
   * This is a property of the rule itself, so it affects every policy and computer that uses the
   * rule and does not override it.
   *
   * @param ruleId the rule
   * @param detectOnly true to log only, false to prevent
   * @return the rule as saved
   * @throws IllegalArgumentException when the ID is not positive
   */
  Rule setDetectOnly(int ruleId, boolean detectOnly);

  /**
   * Sets detect-only for a rule on one policy only, as a policy-level override (capability {@link
   * Capability#IPS_DETECT_ONLY_PER_POLICY}; REST).
   *
   * @param policyId the policy
   * @param ruleId the rule
   * @param detectOnly true to log only, false to prevent
   * @throws IllegalArgumentException when an ID is not positive
   */
  void setDetectOnlyOnPolicy(int policyId, int ruleId, boolean detectOnly);
}
