package io.dsm4j.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The parts of a {@code computer} that the listing expands ({@code computerStatus}, {@code
 * interfaces}, the module extensions, the virtual machine summaries), and the agent deployment
 * script. Only the fields dsm4j maps; the others are skipped when read.
 */
public final class ComputerParts {
  private ComputerParts() {}

  /** {@code computerStatus}. */
  public record StatusDto(String agentStatus, List<String> agentStatusMessages) {}

  /** {@code computerModuleStatus}. */
  public record ModuleStatusDto(String agentStatus, String agentStatusMessage) {}

  /** A module extension of a computer ({@code intrusionPrevention}, …): its state and status. */
  public record ModuleDto(String state, ModuleStatusDto moduleStatus) {}

  /** {@code interfaces}: {@code {"interfaces": [...]}}. */
  public record InterfacesDto(List<InterfaceDto> interfaces) {}

  /** One {@code interface}. */
  public record InterfaceDto(String name, @JsonProperty("IPs") List<String> ips) {}

  /**
   * The fields of the virtual machine summaries that name the instance; each summary has some of
   * them ({@code ec2}: accountID and availabilityZone; Azure: subscriptionID and location; GCP:
   * zone; agent-reported: accountID and region).
   */
  public record VmSummaryDto(
      @JsonProperty("instanceID") String instanceId,
      @JsonProperty("accountID") String accountId,
      @JsonProperty("subscriptionID") String subscriptionId,
      String availabilityZone,
      String location,
      String zone,
      String region) {}

  /** {@code AgentDeploymentScript}: the request and, in the answer, {@code scriptBody}. */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record DeploymentScriptDto(
      String platform,
      Boolean validateCertificateRequired,
      Boolean validateDigitalSignatureRequired,
      Boolean activationRequired,
      @JsonProperty("policyID") Integer policyId,
      @JsonProperty("computerGroupID") Integer computerGroupId,
      String scriptBody) {}
}
