package io.dsm4j.spi;

import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import java.util.List;

/**
 * Computers (SOAP: hosts). Reads follow {@link ReadOperations}; {@link #findByName} matches the
 * host name ignoring case.
 *
 * <p>SPI: for backend implementors.
 */
public interface ComputerOperations extends ReadOperations<Computer> {

  /**
   * Capability {@code COMPUTER_ASSIGN_POLICY}.
   *
   * @param policyId the policy
   * @param computerIds at least one computer
   */
  void assignPolicy(int policyId, List<Integer> computerIds);

  /**
   * Capability {@code COMPUTERS}.
   *
   * @param computerId the computer
   * @return its agent and protection status
   */
  ComputerStatus status(int computerId);

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
}
