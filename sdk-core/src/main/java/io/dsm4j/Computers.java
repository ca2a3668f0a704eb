package io.dsm4j;

import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.ComputerQuery;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import java.util.Collection;

/**
 * Computers (the SOAP API's hosts), each with its status: agent status, last communication, module
 * states, pending messages, addresses and cloud instance, read in the listing itself (REST: one
 * search page with just the {@code expand} values needed; SOAP: one {@code hostDetailRetrieve} at
 * the {@code HIGH} detail level), never one call per computer. {@link #findByName(String)} matches
 * the host name, ignoring case.
 *
 * <pre>{@code
 * List<Computer> offline = manager.computers()
 *     .list(ComputerQuery.builder().status(AgentStatus.OFFLINE).build()).stream().toList();
 * Computer web7 = manager.computers().create(ComputerDraft.builder("web7.example.com").build());
 * manager.computers().moveToGroup(List.of(web7.id()), webTier.id());
 * BulkResult r = manager.computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, List.of(web7.id()));
 * }</pre>
 */
public interface Computers extends ResourceGroup<Computer> {
  /**
   * Lists the computers that match the query, lazily. Criteria the backend's API can search run on
   * the manager; the others are applied to what it returns (see {@link ComputerQuery}). A group
   * with its subgroups is resolved through {@link Manager#computerGroups()} first.
   *
   * @param query the criteria
   * @return the listing
   */
  PagedIterable<Computer> list(ComputerQuery query);

  /**
   * @param policyId the policy
   * @param computerIds the computers (not empty)
   */
  void assignPolicy(int policyId, Collection<Integer> computerIds);

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

  /**
   * Creates a computer (capability {@link Capability#COMPUTER_WRITE}); its agent still has to be
   * activated.
   *
   * @param draft the host name, and optionally display name, description, group and policy
   * @return the computer as the manager created it (SOAP's answer carries no status: {@link
   *     io.dsm4j.model.ComputerStatus#unknown()})
   */
  Computer create(ComputerDraft draft);

  /**
   * Deletes computers (capability {@link Capability#COMPUTER_WRITE}): REST one {@code DELETE
   * /computers/{id}} each, SOAP one {@code hostDelete} for all.
   *
   * @param computerIds the computers (not empty)
   * @return per computer, whether it was deleted
   */
  BulkResult delete(Collection<Integer> computerIds);

  /**
   * Moves computers into a group (capability {@link Capability#COMPUTER_WRITE}): REST one modify
   * per computer, SOAP one {@code hostMoveToHostGroup} for all.
   *
   * @param computerIds the computers (not empty)
   * @param groupId the computer group
   * @return per computer, whether it was moved
   */
  BulkResult moveToGroup(Collection<Integer> computerIds, int groupId);

  /**
   * Generates an agent deployment script (capability {@link Capability#AGENT_DEPLOYMENT_SCRIPTS},
   * REST).
   *
   * @param options the platform and what the script activates
   * @return the script's text
   */
  String deploymentScript(DeploymentScriptOptions options);
}
