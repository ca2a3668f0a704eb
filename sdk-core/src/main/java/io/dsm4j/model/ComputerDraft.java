package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input to create a computer (the manager then waits for its agent to be activated).
 *
 * <pre>{@code
 * Computer c = manager.computers().create(
 *     ComputerDraft.builder("web07.example.com")
 *         .displayName("Web 07")
 *         .groupId(webTier.id())
 *         .policyId(linuxWeb.id())
 *         .build());
 * }</pre>
 */
public final class ComputerDraft {
  private final String hostName;
  private final String displayName;
  private final String description;
  private final Integer groupId;
  private final Integer policyId;

  private ComputerDraft(Builder b) {
    this.hostName = b.hostName;
    this.displayName = b.displayName;
    this.description = b.description;
    this.groupId = b.groupId;
    this.policyId = b.policyId;
  }

  /**
   * Starts a draft.
   *
   * @param hostName the host name or IP address (required, not blank)
   * @return a builder
   */
  public static Builder builder(String hostName) {
    return new Builder(hostName);
  }

  /**
   * @return the host name
   */
  public String hostName() {
    return hostName;
  }

  /**
   * @return the display name, or null when not set
   */
  public @Nullable String displayName() {
    return displayName;
  }

  /**
   * @return the description, or null when not set
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the computer group, or null for the top level
   */
  public @Nullable Integer groupId() {
    return groupId;
  }

  /**
   * @return the policy to assign, or null for none
   */
  public @Nullable Integer policyId() {
    return policyId;
  }

  @Override
  public String toString() {
    return "ComputerDraft[hostName="
        + hostName
        + ", displayName="
        + displayName
        + ", groupId="
        + groupId
        + ", policyId="
        + policyId
        + "]";
  }

  /** Builds a {@link ComputerDraft}. */
  public static final class Builder {
    private final String hostName;
    private String displayName;
    private String description;
    private Integer groupId;
    private Integer policyId;

    private Builder(String hostName) {
      this.hostName = Objects.requireNonNull(hostName, "hostName");
    }

    /**
     * @param displayName the display name
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * @param groupId the computer group (positive)
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
     * @param policyId the policy (positive)
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
     * @return the draft
     * @throws IllegalArgumentException when the host name is blank or has white space
     */
    public ComputerDraft build() {
      if (hostName.isBlank()) {
        throw new IllegalArgumentException("host name must not be blank");
      }
      if (!hostName.strip().equals(hostName)
          || hostName.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "host name must not contain white space: '" + hostName + "'");
      }
      return new ComputerDraft(this);
    }
  }
}
