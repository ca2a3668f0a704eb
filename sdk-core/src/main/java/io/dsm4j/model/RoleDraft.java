package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields to set on an administrator role: all of a new one's ({@code name} is required to
 * create one) or the ones to change on an existing one (only the fields set are sent). Rights
 * beyond these are the manager's defaults for a new role; change them through {@code
 * manager.unwrap(RestAccess.class)}.
 */
public final class RoleDraft {
  private final @Nullable String name;
  private final @Nullable String description;
  private final @Nullable Boolean allComputers;
  private final @Nullable Boolean allPolicies;
  private final @Nullable Boolean allowUserInterface;
  private final @Nullable Boolean allowWebService;

  private RoleDraft(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.allComputers = b.allComputers;
    this.allPolicies = b.allPolicies;
    this.allowUserInterface = b.allowUserInterface;
    this.allowWebService = b.allowWebService;
  }

  /**
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the name, or null when not set
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * @return the description, or null when not set
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return whether the role may access every computer, or null when not set
   */
  public @Nullable Boolean allComputers() {
    return allComputers;
  }

  /**
   * @return whether the role may access every policy, or null when not set
   */
  public @Nullable Boolean allPolicies() {
    return allPolicies;
  }

  /**
   * @return whether the role may use the console, or null when not set
   */
  public @Nullable Boolean allowUserInterface() {
    return allowUserInterface;
  }

  /**
   * @return whether the role may use the APIs, or null when not set
   */
  public @Nullable Boolean allowWebService() {
    return allowWebService;
  }

  /**
   * @return whether no field is set
   */
  public boolean isEmpty() {
    return name == null
        && description == null
        && allComputers == null
        && allPolicies == null
        && allowUserInterface == null
        && allowWebService == null;
  }

  @Override
  public String toString() {
    return "RoleDraft[name=" + name + "]";
  }

  /** Builds a {@link RoleDraft}. */
  public static final class Builder {
    private String name;
    private String description;
    private Boolean allComputers;
    private Boolean allPolicies;
    private Boolean allowUserInterface;
    private Boolean allowWebService;

    private Builder() {}

    /**
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Drafts.text(name, "role name");
      return this;
    }

    /**
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * @param on whether the role may access every computer
     * @return this builder
     */
    public Builder allComputers(boolean on) {
      this.allComputers = on;
      return this;
    }

    /**
     * @param on whether the role may access every policy
     * @return this builder
     */
    public Builder allPolicies(boolean on) {
      this.allPolicies = on;
      return this;
    }

    /**
     * @param on whether the role may use the console
     * @return this builder
     */
    public Builder allowUserInterface(boolean on) {
      this.allowUserInterface = on;
      return this;
    }

    /**
     * @param on whether the role may use the APIs
     * @return this builder
     */
    public Builder allowWebService(boolean on) {
      this.allowWebService = on;
      return this;
    }

    /**
     * @return the draft
     */
    public RoleDraft build() {
      return new RoleDraft(this);
    }
  }
}
