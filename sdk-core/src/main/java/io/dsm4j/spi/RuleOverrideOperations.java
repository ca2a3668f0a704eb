package io.dsm4j.spi;

import io.dsm4j.model.Fields;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;

/**
 * Rule settings overridden on one policy or one computer, leaving the rule itself and every other
 * policy or computer as they are (REST {@code /{policies|computers}/{id}/{module}/rules/{ruleID}}).
 * SOAP has no such thing: there a rule's settings are global. Capabilities: {@code RULE_OVERRIDES}
 * (policies) and {@code COMPUTER_RULE_OVERRIDES} (computers), per kind; {@code
 * IPS_DETECT_ONLY_PER_POLICY} for {@link #setDetectOnly}. An override sends only the changed
 * fields; a missing policy, computer or rule is a {@link io.dsm4j.exception.NotFoundException}.
 *
 * <p>SPI: for backend implementors.
 */
public interface RuleOverrideOperations {

  /** What carries the override. */
  enum Holder {
    /** A policy. */
    POLICY,
    /** A computer. */
    COMPUTER
  }

  /**
   * Capability {@code IPS_DETECT_ONLY_PER_POLICY}: overrides an intrusion prevention rule's
   * detect-only flag on one policy.
   *
   * @param policyId the policy
   * @param ruleId the intrusion prevention rule
   * @param detectOnly the flag
   */
  void setDetectOnly(int policyId, int ruleId, boolean detectOnly);

  /**
   * @param holder policy or computer
   * @param holderId its ID
   * @param kind the rule kind
   * @param ruleId the rule
   * @return the rule in effect there, overrides applied
   */
  Rule rule(Holder holder, int holderId, RuleKind kind, int ruleId);

  /**
   * @param holder policy or computer
   * @param holderId its ID
   * @param kind the rule kind
   * @param ruleId the rule
   * @return only the overridden fields, by the backend's field names
   */
  Fields overrides(Holder holder, int holderId, RuleKind kind, int ruleId);

  /**
   * @param holder policy or computer
   * @param holderId its ID
   * @param kind the rule kind
   * @param ruleId the rule
   * @param changes the fields to override, never empty
   * @return the rule in effect there afterwards
   */
  Rule override(Holder holder, int holderId, RuleKind kind, int ruleId, RuleUpdate changes);

  /**
   * @param holder policy or computer
   * @param holderId its ID
   * @param kind the rule kind
   * @param ruleId the rule
   * @return the rule in effect there afterwards, without overrides
   */
  Rule reset(Holder holder, int holderId, RuleKind kind, int ruleId);
}
