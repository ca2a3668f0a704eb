package io.dsm4j.spi;

import io.dsm4j.model.RuleKind;
import java.util.List;
import java.util.Set;

/**
 * Rules assigned to one computer directly (REST {@code /computers/{id}/{module}/assignments}),
 * capability {@code COMPUTER_RULE_ASSIGNMENT} per kind. The same rules as {@link PolicyOperations}'
 * assignments: rule-ID lists in any order; rules already assigned (or not assigned) are no change.
 * SOAP cannot assign rules to a computer.
 *
 * <p>SPI: for backend implementors.
 */
public interface ComputerRuleOperations {
  /**
   * @param computerId the computer
   * @param kind the rule kind
   * @return the rule IDs assigned on the computer itself
   */
  List<Integer> directRuleIds(int computerId, RuleKind kind);

  /**
   * @param computerId the computer
   * @param kind the rule kind
   * @return the rule IDs in effect, its policy's included
   */
  List<Integer> effectiveRuleIds(int computerId, RuleKind kind);

  /**
   * @param computerId the computer
   * @param kind the rule kind
   * @param ruleIds at least one rule ID
   * @return the direct assignments afterwards
   */
  List<Integer> assign(int computerId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * @param computerId the computer
   * @param kind the rule kind
   * @param ruleIds at least one rule ID
   * @return the direct assignments afterwards
   */
  List<Integer> unassign(int computerId, RuleKind kind, Set<Integer> ruleIds);

  /**
   * @param computerId the computer
   * @param kind the rule kind
   * @param ruleIds the rule IDs, possibly none
   * @return the direct assignments afterwards
   */
  List<Integer> replace(int computerId, RuleKind kind, Set<Integer> ruleIds);
}
