package io.dsm4j.model;

import java.util.List;

/**
 * A computer's protection status as the manager summarizes it.
 *
 * @param computerId the computer
 * @param status the overall status text (e.g. "Managed (Online)"), empty when unknown
 * @param agentStatus the agent's state (REST {@code agentStatus}, e.g. "active"; SOAP the
 *     protection state, e.g. "ACTIVATED"), empty when unknown
 * @param messages status messages, possibly empty
 */
public record ComputerStatus(
    int computerId, String status, String agentStatus, List<String> messages) {

  /**
   * Normalizes the components.
   *
   * @param computerId the computer
   * @param status the overall status text (e.g. "Managed (Online)"), empty when unknown
   * @param agentStatus the agent's state (REST {@code agentStatus}, e.g. "active"; SOAP the
   *     protection state, e.g. "ACTIVATED"), empty when unknown
   * @param messages status messages, possibly empty
   */
  public ComputerStatus {
    status = status == null ? "" : status;
    agentStatus = agentStatus == null ? "" : agentStatus;
    messages = List.copyOf(messages == null ? List.of() : messages);
  }
}
