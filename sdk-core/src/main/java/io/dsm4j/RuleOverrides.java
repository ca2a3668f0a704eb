package io.dsm4j;

import io.dsm4j.model.Fields;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleUpdate;

/**
 * A rule kind's settings overridden on one policy ({@link Policies#ruleOverrides}) or one computer
 * ({@link Computers#ruleOverrides}), leaving the rule itself and every other policy or computer as
 * they are. REST only ({@code /policies/{id}/{module}/rules/{ruleID}}, {@code
 * /computers/{id}/{module}/rules/{ruleID}}; capabilities {@link Capability#RULE_OVERRIDES} and
 * {@link Capability#COMPUTER_RULE_OVERRIDES}, per kind); SOAP has no overrides.
 *
 * <pre>{@code
 * RuleOverrides ips = manager.computers().ruleOverrides(RuleKind.INTRUSION_PREVENTION);
 * ips.override(computerId, ruleId, RuleUpdate.builder().detectOnly(true).build());
 * Rule effective = ips.get(computerId, ruleId); // detectOnly() == true on that computer only
 * ips.reset(computerId, ruleId);
 * }</pre>
 */
public interface RuleOverrides {
  /**
   * @param targetId the policy or computer
   * @param ruleId the rule
   * @return the rule as it is in effect there, overrides applied
   */
  Rule get(int targetId, int ruleId);

  /**
   * @param targetId the policy or computer
   * @param ruleId the rule
   * @return only the fields overridden there, by REST name (empty when none)
   */
  Fields overrides(int targetId, int ruleId);

  /**
   * Overrides fields of the rule there; fields not in the changes keep their values (and earlier
   * overrides stay).
   *
   * @param targetId the policy or computer
   * @param ruleId the rule
   * @param changes the fields to override (not empty)
   * @return the rule in effect there afterwards
   */
  Rule override(int targetId, int ruleId, RuleUpdate changes);

  /**
   * Removes every override of the rule there.
   *
   * @param targetId the policy or computer
   * @param ruleId the rule
   * @return the rule in effect there afterwards
   */
  Rule reset(int targetId, int ruleId);
}
