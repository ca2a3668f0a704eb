package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A computer (the SOAP API's "host").
 *
 * @param id the manager's ID
 * @param hostName the host name or IP the manager knows it by
 * @param displayName the display name, empty when none
 * @param description the description, empty when none
 * @param policyId the assigned policy's ID, or null
 * @param groupId the computer group's ID, or null at the top level
 * @param platform the platform text, empty when unknown
 * @param agentVersion the agent version, empty when unknown
 */
public record Computer(
    int id,
    String hostName,
    String displayName,
    String description,
    @Nullable Integer policyId,
    @Nullable Integer groupId,
    String platform,
    String agentVersion) {

  /**
   * Validates and normalizes the components.
   *
   * @param id the manager's ID
   * @param hostName the host name or IP the manager knows it by
   * @param displayName the display name, empty when none
   * @param description the description, empty when none
   * @param policyId the assigned policy's ID, or null
   * @param groupId the computer group's ID, or null at the top level
   * @param platform the platform text, empty when unknown
   * @param agentVersion the agent version, empty when unknown
   */
  public Computer {
    Objects.requireNonNull(hostName, "hostName");
    displayName = displayName == null ? "" : displayName;
    description = description == null ? "" : description;
    platform = platform == null ? "" : platform;
    agentVersion = agentVersion == null ? "" : agentVersion;
  }
}
