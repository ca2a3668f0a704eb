package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an agent deployment script should do: install the agent for a platform and, optionally,
 * activate it into a policy and group.
 *
 * <pre>{@code
 * String script = manager.computers().deploymentScript(
 *     DeploymentScriptOptions.builder(AgentPlatform.LINUX)
 *         .activate(true).policyId(linux.id()).groupId(web.id())
 *         .build());
 * }</pre>
 */
public final class DeploymentScriptOptions {
  private final AgentPlatform platform;
  private final boolean activate;
  private final Integer policyId;
  private final Integer groupId;
  private final boolean validateCertificate;
  private final boolean validateSignature;

  private DeploymentScriptOptions(Builder b) {
    this.platform = b.platform;
    this.activate = b.activate;
    this.policyId = b.policyId;
    this.groupId = b.groupId;
    this.validateCertificate = b.validateCertificate;
    this.validateSignature = b.validateSignature;
  }

  /**
   * @param platform the platform
   * @return a builder
   */
  public static Builder builder(AgentPlatform platform) {
    return new Builder(platform);
  }

  /**
   * @return the platform
   */
  public AgentPlatform platform() {
    return platform;
  }

  /**
   * @return whether the script activates the agent after installing it
   */
  public boolean activate() {
    return activate;
  }

  /**
   * @return the policy the activated computer gets, or null
   */
  public @Nullable Integer policyId() {
    return policyId;
  }

  /**
   * @return the computer group the activated computer goes into, or null
   */
  public @Nullable Integer groupId() {
    return groupId;
  }

  /**
   * @return whether the script checks the manager's TLS certificate when downloading the agent
   */
  public boolean validateCertificate() {
    return validateCertificate;
  }

  /**
   * @return whether the script checks the installer's digital signature
   */
  public boolean validateSignature() {
    return validateSignature;
  }

  @Override
  public String toString() {
    return "DeploymentScriptOptions[platform="
        + platform
        + ", activate="
        + activate
        + ", policyId="
        + policyId
        + ", groupId="
        + groupId
        + "]";
  }

  /**
   * Builds {@link DeploymentScriptOptions}; by default the certificate and signature are checked.
   */
  public static final class Builder {
    private final AgentPlatform platform;
    private boolean activate;
    private Integer policyId;
    private Integer groupId;
    private boolean validateCertificate = true;
    private boolean validateSignature = true;

    private Builder(AgentPlatform platform) {
      this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * @param activate whether the script activates the agent
     * @return this builder
     */
    public Builder activate(boolean activate) {
      this.activate = activate;
      return this;
    }

    /**
     * @param policyId the policy (positive); needs {@link #activate(boolean)}
     * @return this builder
     */
    public Builder policyId(int policyId) {
      if (policyId <= 0) {
        throw new IllegalArgumentException("policyId must be positive, got " + policyId);
      }
      this.policyId = policyId;
      return this;
    }

    /**
     * @param groupId the computer group (positive); needs {@link #activate(boolean)}
     * @return this builder
     */
    public Builder groupId(int groupId) {
      if (groupId <= 0) {
        throw new IllegalArgumentException("groupId must be positive, got " + groupId);
      }
      this.groupId = groupId;
      return this;
    }

    /**
     * @param validate whether the script checks the manager's TLS certificate (default true)
     * @return this builder
     */
    public Builder validateCertificate(boolean validate) {
      this.validateCertificate = validate;
      return this;
    }

    /**
     * @param validate whether the script checks the installer's signature (default true)
     * @return this builder
     */
    public Builder validateSignature(boolean validate) {
      this.validateSignature = validate;
      return this;
    }

    /**
     * @return the options
     * @throws IllegalArgumentException when a policy or group is given without activation
     */
    public DeploymentScriptOptions build() {
      if (!activate && (policyId != null || groupId != null)) {
        throw new IllegalArgumentException(
            "a policy or group takes effect only when the script activates the agent");
      }
      return new DeploymentScriptOptions(this);
    }
  }
}
