package io.dsm4j.model;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The changes to make to a policy; fields left unset are not changed (and not sent).
 *
 * <pre>{@code
 * manager.policies().update(id, PolicyUpdate.builder().description("PCI scope").build());
 * }</pre>
 */
public final class PolicyUpdate {
  private final String name;
  private final String description;
  private final Map<SecurityModule, ModuleState> moduleStates;

  private PolicyUpdate(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.moduleStates = Map.copyOf(b.moduleStates);
  }

  /**
   * @return a builder with nothing changed
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the new name, or null to keep it
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * @return the new description, or null to keep it
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the module states to change
   */
  public Map<SecurityModule, ModuleState> moduleStates() {
    return moduleStates;
  }

  /**
   * @return true when nothing would change
   */
  public boolean isEmpty() {
    return name == null && description == null && moduleStates.isEmpty();
  }

  @Override
  public String toString() {
    return "PolicyUpdate[name=" + name + ", moduleStates=" + moduleStates + "]";
  }

  /** Builds a {@link PolicyUpdate}. */
  public static final class Builder {
    private String name;
    private String description;
    private final Map<SecurityModule, ModuleState> moduleStates =
        new EnumMap<>(SecurityModule.class);

    private Builder() {}

    /**
     * @param name the new name (not blank)
     * @return this builder
     */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("policy name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * @param description the new description (empty clears it)
     * @return this builder
     */
    public Builder description(String description) {
      this.description = java.util.Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @param module the module
     * @param state the new state
     * @return this builder
     */
    public Builder moduleState(SecurityModule module, ModuleState state) {
      ModuleStates.check(module, state);
      moduleStates.put(module, state);
      return this;
    }

    /**
     * @return the update
     */
    public PolicyUpdate build() {
      return new PolicyUpdate(this);
    }
  }
}
