package io.dsm4j.spi;

/**
 * Rule settings overridden on one policy, leaving the rule itself and every other policy as they
 * are (REST {@code /policies/{id}/{module}/rules/{ruleID}}). SOAP has no such thing: there a rule's
 * settings are global.
 *
 * <p>SPI: for backend implementors.
 */
public interface RuleOverrideOperations {

  /**
   * Capability {@code IPS_DETECT_ONLY_PER_POLICY}: overrides an intrusion prevention rule's
   * detect-only flag on one policy.
   *
   * @param policyId the policy
   * @param ruleId the intrusion prevention rule
   * @param detectOnly the flag
   */
  void setDetectOnly(int policyId, int ruleId, boolean detectOnly);
}
