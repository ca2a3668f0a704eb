package io.dsm4j.model;

import java.util.Objects;

/**
 * The cloud instance a computer is, where the manager knows it.
 *
 * <p>REST reads the first of the virtual machine summaries that names an instance ({@code
 * ec2VirtualMachineSummary}, {@code azureARMVirtualMachineSummary}, {@code
 * gcpVirtualMachineSummary}, {@code noConnectorVirtualMachineSummary} — the last is what the agent
 * itself reported); SOAP reads {@code cloudObjectInstanceId} and {@code cloudObjectType}, with no
 * account or location.
 *
 * @param provider {@code aws}, {@code azure}, {@code gcp}, {@code vcloud}, or {@code agent} (the
 *     agent reported it, no cloud connector); empty when unknown
 * @param instanceId the instance ID, e.g. {@code i-0e80f75f9532ad1ba}
 * @param accountId the account (AWS account, Azure subscription); empty when unknown
 * @param location the region, availability zone or location as the manager reports it (EC2: the
 *     availability zone, e.g. {@code us-east-1a}; Azure: the location; GCP: the zone; agent: the
 *     region); empty when unknown
 */
public record CloudInstance(String provider, String instanceId, String accountId, String location) {

  /**
   * Normalizes the components.
   *
   * @param provider the provider, empty when unknown
   * @param instanceId the instance ID (not null)
   * @param accountId the account, empty when unknown
   * @param location the region, zone or location, empty when unknown
   */
  public CloudInstance {
    provider = provider == null ? "" : provider;
    Objects.requireNonNull(instanceId, "instanceId");
    accountId = accountId == null ? "" : accountId;
    location = location == null ? "" : location;
  }
}
