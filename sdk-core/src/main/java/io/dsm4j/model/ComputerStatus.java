package io.dsm4j.model;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A computer's status, as the computer listing returns it (no call per computer).
 *
 * @param agent the agent status (see {@link AgentStatus} for how each backend's values map)
 * @param messages the manager's status texts: REST {@code agentStatusMessages} (e.g. {@code Managed
 *     (Online)} followed by the pending warnings and errors), SOAP {@code overallStatus}; possibly
 *     empty
 * @param lastCommunication the last successful communication with the agent, or null when never
 * @param lastPolicySent when the policy was last sent successfully, or null when never
 * @param modules each protection module's state and status, where the manager reports it
 */
public record ComputerStatus(
    AgentStatus agent,
    List<String> messages,
    @Nullable Instant lastCommunication,
    @Nullable Instant lastPolicySent,
    Map<SecurityModule, ModuleStatus> modules) {

  private static final ComputerStatus UNKNOWN =
      new ComputerStatus(AgentStatus.UNKNOWN, List.of(), null, null, Map.of());

  /**
   * Normalizes the components.
   *
   * @param agent the agent status
   * @param messages the manager's status texts, possibly empty
   * @param lastCommunication the last successful communication, or null
   * @param lastPolicySent when the policy was last sent successfully, or null
   * @param modules each protection module's state and status
   */
  public ComputerStatus {
    agent = Objects.requireNonNullElse(agent, AgentStatus.UNKNOWN);
    messages = List.copyOf(messages == null ? List.of() : messages);
    modules =
        modules == null || modules.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(modules));
  }

  /**
   * @return a status that says nothing (for a computer read without its status)
   */
  public static ComputerStatus unknown() {
    return UNKNOWN;
  }
}
