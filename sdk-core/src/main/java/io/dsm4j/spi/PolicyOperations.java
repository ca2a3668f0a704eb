package io.dsm4j.spi;

import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.StagingSettings;
import java.util.List;
import java.util.Set;

/**
 * Policies (SOAP: security profiles) and their rule assignments. Reads follow {@link
 * ReadOperations}; rule-ID lists are returned in any order (the core sorts them). Each method is
 * called only when the capability named on it is declared, for the rule kind where it is per kind.
 *
 * <p>SPI: for backend implementors.
 */
public interface PolicyOperations extends ReadOperations<Policy> {

  /**
   * Capability {@code POLICY_WRITE}.
   *
   * @param draft the new policy
   * @return the policy as the manager stored it
   */
  Policy create(PolicyDraft draft);

  /**
   * Capability {@code POLICY_WRITE}: changes only what the update sets; everything else the manager
   * holds stays as it is (a read-modify-write keeps every field it read).
   *
   * @param id the policy
   * @param update the changes, never empty
   * @return the policy afterwards
   */
  Policy update(int id, PolicyUpdate update);

  /**
   * Capability {@code POLICY_WRITE}.
   *
   * @param id the policy
   */
  void delete(int id);

  /**
   * Capability {@code RULE_ASSIGNMENT}.
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @return the rule IDs assigned on the policy itself
   */
  List<Integer> directRuleIds(int policyId, RuleKind kind);

  /**
   * Capability {@code RULE_ASSIGNMENT}: the rules in effect, inherited ones included. A backend
   * whose API cannot answer this directly uses {@link PolicyTree#effectiveRuleIds}.
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @return the rule IDs in effect
   */
  List<Integer> effectiveRuleIds(int policyId, RuleKind kind);

  /**
   * Capability {@code RULE_ASSIGNMENT}: adds rules to the direct assignments; rules already
   * assigned are no change. Intrusion prevention rules bring what they depend on, transitively
   * (REST's manager does; a backend whose API does not must add them itself). A read-modify-write
   * must detect a concurrent change (a {@link io.dsm4j.exception.ConflictException}) rather than
   * undo it.
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @param ruleIds at least one rule ID
   * @return the direct assignments afterwards
   */
  List<Integer> assign(int policyId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * Capability {@code RULE_ASSIGNMENT}: removes rules from the direct assignments; rules not
   * assigned are no change.
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @param ruleIds at least one rule ID
   * @return the direct assignments afterwards
   */
  List<Integer> unassign(int policyId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * Capability {@code RULE_ASSIGNMENT}: makes the direct assignments exactly these.
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @param ruleIds the rule IDs, possibly none
   * @return the direct assignments afterwards
   */
  List<Integer> replace(int policyId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * Capability {@code POLICY_RECOMMENDATIONS}.
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @return the latest recommendation scan's results for the policy
   */
  Recommendations recommendations(int policyId, RuleKind kind);

  /**
   * Capability {@code STAGING_SETTINGS}: the settings that decide whether new rules take effect by
   * themselves, for the manager and for these policies.
   *
   * @param policyIds the policies
   * @return the settings
   */
  StagingSettings stagingSettings(List<Integer> policyIds);
}
