package io.dsm4j;

import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import java.util.Collection;

/**
 * Computers (the SOAP API's hosts). {@link #findByName(String)} matches the host name.
 *
 * <pre>{@code
 * Computer web1 = manager.computers().findByName("web1.example.com").orElseThrow();
 * manager.computers().assignPolicy(policyId, List.of(web1.id()));
 * BulkResult r = manager.computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, List.of(web1.id()));
 * }</pre>
 */
public interface Computers extends ResourceGroup<Computer> {
  /**
   * @param policyId the policy
   * @param computerIds the computers (not empty)
   */
  void assignPolicy(int policyId, Collection<Integer> computerIds);

  /**
   * @param computerId the computer
   * @return its status
   */
  ComputerStatus status(int computerId);

  /**
   * Requests an action on computers; it runs asynchronously on the manager. REST runs it through a
   * scheduled task run now (deleted afterwards), SOAP through the matching {@code host…} call.
   *
   * @param action the action
   * @param computerIds the computers (not empty)
   * @return per computer, whether the request was accepted
   */
  BulkResult run(ComputerAction action, Collection<Integer> computerIds);

  /**
   * @param computerId the computer
   * @param kind the rule kind
   * @return its recommendation scan results
   */
  Recommendations recommendations(int computerId, RuleKind kind);

  /**
   * A computer's settings (capability {@link Capability#COMPUTER_SETTINGS}); no call is made until
   * one of its methods is called.
   *
   * @param computerId the computer
   * @return its settings
   * @throws IllegalArgumentException when the ID is not positive
   */
  Settings settings(int computerId);

  /**
   * The rules assigned to computers directly, besides what their policy assigns (capability {@link
   * Capability#COMPUTER_RULE_ASSIGNMENT}; REST). The IDs the methods take are computer IDs; {@code
   * effective} includes the policy's rules; {@code recommendations} are the computer's.
   *
   * @param kind a rule kind
   * @return that kind's assignments on computers
   */
  RuleAssignments assignments(RuleKind kind);

  /**
   * @param kind a rule kind
   * @return that kind's rule overrides on computers (REST)
   */
  RuleOverrides ruleOverrides(RuleKind kind);
}
