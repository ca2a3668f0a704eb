package io.dsm4j.spi;

import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import java.util.List;

/**
 * Computers (SOAP: hosts). Reads follow {@link ReadOperations}; {@link #findByName} matches the
 * host name ignoring case. Every read returns the computer with its status ({@link
 * Computer#status()}), read in the same request as the computer: never one more call per computer.
 *
 * <p>SPI: for backend implementors.
 */
public interface ComputerOperations extends ReadOperations<Computer> {

  /**
   * Capability {@code COMPUTERS} (and {@code COMPUTER_QUERY_EXTERNAL_ID} when the query has an
   * external ID). One page of the computers that pass the filter, under the paging rules of {@link
   * ReadOperations#list}. A backend filters on the manager what its API can and may return more
   * (the core drops every computer {@link ComputerFilter#matches} refuses), never fewer.
   *
   * @param filter the criteria, with the groups resolved
   * @param page the cursor and page size
   * @return one page
   */
  PageResult<Computer> list(ComputerFilter filter, PageRequest page);

  /**
   * Capability {@code COMPUTER_ASSIGN_POLICY}.
   *
   * @param policyId the policy
   * @param computerIds at least one computer
   */
  void assignPolicy(int policyId, List<Integer> computerIds);

  /**
   * The capability the action names ({@link ComputerAction#capability()}). Not retried by the core:
   * a backend reports per computer what it started and what failed; it never sends an action for a
   * computer twice.
   *
   * @param action the action
   * @param computerIds at least one computer
   * @return per computer: started or the error
   */
  BulkResult run(ComputerAction action, List<Integer> computerIds);

  /**
   * Capability {@code COMPUTER_RECOMMENDATIONS} for the kind.
   *
   * @param computerId the computer
   * @param kind the rule kind
   * @return the latest recommendation scan's results
   */
  Recommendations recommendations(int computerId, RuleKind kind);

  /**
   * Capability {@code COMPUTER_WRITE}. Sent once, never resent.
   *
   * @param draft the new computer
   * @return the computer as the manager created it (its status may be unknown when the create
   *     answer does not carry it)
   */
  Computer create(ComputerDraft draft);

  /**
   * Capability {@code COMPUTER_WRITE}: deletes computers one by one where the API deletes one at a
   * time (never the Cloud One-only bulk {@code DELETE /computers}), or in one call for all. Not
   * retried by the core; reports per computer, like {@link #run}.
   *
   * @param computerIds at least one computer
   * @return per computer: deleted or the error
   */
  BulkResult delete(List<Integer> computerIds);

  /**
   * Capability {@code COMPUTER_WRITE}: moves computers into a computer group. Not retried by the
   * core; reports per computer, like {@link #run}.
   *
   * @param computerIds at least one computer
   * @param groupId the group
   * @return per computer: moved or the error
   */
  BulkResult moveToGroup(List<Integer> computerIds, int groupId);

  /**
   * Capability {@code AGENT_DEPLOYMENT_SCRIPTS}.
   *
   * @param options the platform and activation
   * @return the script's text
   */
  String deploymentScript(DeploymentScriptOptions options);
}
