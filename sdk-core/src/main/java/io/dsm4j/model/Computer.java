package io.dsm4j.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A computer (the SOAP API's "host"), with its status as the listing returns it.
 *
 * @param id the manager's ID
 * @param hostName the host name or IP the manager knows it by
 * @param displayName the display name, empty when none
 * @param description the description, empty when none
 * @param policyId the assigned policy's ID, or null
 * @param groupId the computer group's ID, or null at the top level
 * @param platform the platform text, empty when unknown
 * @param agentVersion the agent version, empty when unknown ({@code 0.0.0.0}: no agent)
 * @param status the agent status, last communication, policy sent, module states and pending
 *     messages ({@link ComputerStatus#unknown()} when the read did not include it)
 * @param ipAddresses the computer's IP addresses: REST the interfaces' addresses (or the last IP
 *     used when no interface is reported), SOAP the last IP used; possibly empty
 * @param cloud the cloud instance, or null when the manager knows none
 * @param extra every other field the manager sent, under its own name (see {@link Fields})
 */
public record Computer(
    int id,
    String hostName,
    String displayName,
    String description,
    @Nullable Integer policyId,
    @Nullable Integer groupId,
    String platform,
    String agentVersion,
    ComputerStatus status,
    List<String> ipAddresses,
    @Nullable CloudInstance cloud,
    Fields extra) {

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
   * @param status the status ({@link ComputerStatus#unknown()} when not read)
   * @param ipAddresses the IP addresses, possibly empty
   * @param cloud the cloud instance, or null
   * @param extra every other field the manager sent
   */
  public Computer {
    Objects.requireNonNull(hostName, "hostName");
    displayName = displayName == null ? "" : displayName;
    description = description == null ? "" : description;
    platform = platform == null ? "" : platform;
    agentVersion = agentVersion == null ? "" : agentVersion;
    status = status == null ? ComputerStatus.unknown() : status;
    ipAddresses = List.copyOf(ipAddresses == null ? List.of() : ipAddresses);
    extra = extra == null ? Fields.empty() : extra;
  }

  /**
   * A computer without status, addresses, cloud instance or other fields.
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
  public Computer(
      int id,
      String hostName,
      String displayName,
      String description,
      @Nullable Integer policyId,
      @Nullable Integer groupId,
      String platform,
      String agentVersion) {
    this(
        id,
        hostName,
        displayName,
        description,
        policyId,
        groupId,
        platform,
        agentVersion,
        ComputerStatus.unknown(),
        List.of(),
        null,
        Fields.empty());
  }

  /**
   * @return a copy carrying another ID (the rest unchanged)
   * @param newId the ID
   */
  public Computer withId(int newId) {
    return new Computer(
        newId,
        hostName,
        displayName,
        description,
        policyId,
        groupId,
        platform,
        agentVersion,
        status,
        ipAddresses,
        cloud,
        extra);
  }
}
