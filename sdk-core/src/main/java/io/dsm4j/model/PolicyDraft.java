package io.dsm4j.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input to create a policy.
 *
 * <pre>{@code
 * Policy web = manager.policies().create(
 *     PolicyDraft.builder("Web servers")
 *         .parentId(base.id())
 *         .description("Linux web tier")
 *         .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
 *         .build());
 * }</pre>
 */
public final class PolicyDraft {
  private final String name;
  private final String description;
  private final Integer parentId;
  private final Map<SecurityModule, ModuleState> moduleStates;

  private PolicyDraft(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.parentId = b.parentId;
    this.moduleStates = Map.copyOf(b.moduleStates);
  }

  /**
   * Starts a draft.
   *
   * @param name the policy's name (required, not blank)
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the description, or null when not set
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the parent policy ID, or null for a top-level policy
   */
  public @Nullable Integer parentId() {
    return parentId;
  }

  /**
   * @return the module states to set (may be empty)
   */
  public Map<SecurityModule, ModuleState> moduleStates() {
    return moduleStates;
  }

  @Override
  public String toString() {
    return "PolicyDraft[name="
        + name
        + ", parentId="
        + parentId
        + ", moduleStates="
        + moduleStates
        + "]";
  }

  /** Builds a {@link PolicyDraft}. */
  public static final class Builder {
    private final String name;
    private String description;
    private Integer parentId;
    private final Map<SecurityModule, ModuleState> moduleStates =
        new EnumMap<>(SecurityModule.class);

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
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
     * @param parentId the parent policy's ID (positive)
     * @return this builder
     */
    public Builder parentId(int parentId) {
      if (parentId <= 0) {
        throw new IllegalArgumentException("parentId must be positive, got " + parentId);
      }
      this.parentId = parentId;
      return this;
    }

    /**
     * @param module the module
     * @param state its state (not {@link ModuleState#UNKNOWN})
     * @return this builder
     */
    public Builder moduleState(SecurityModule module, ModuleState state) {
      ModuleStates.check(module, state);
      moduleStates.put(module, state);
      return this;
    }

    /**
     * @return the draft
     * @throws IllegalArgumentException when the name is blank
     */
    public PolicyDraft build() {
      if (name.isBlank()) {
        throw new IllegalArgumentException("policy name must not be blank");
      }
      return new PolicyDraft(this);
    }
  }
}
