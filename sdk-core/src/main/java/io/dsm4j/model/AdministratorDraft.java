package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields to set on an administrator: all of a new one's ({@code username}, {@code password} and
 * {@code roleId} are required to create one) or the ones to change on an existing one (only the
 * fields set are sent). The password is never shown by {@link #toString()}.
 *
 * <pre>{@code
 * Administrator a = manager.administrators().create(
 *     AdministratorDraft.builder().username("auditor").password(pw).roleId(2).build());
 * manager.administrators().update(a.id(), AdministratorDraft.builder().active(false).build());
 * }</pre>
 */
public final class AdministratorDraft {
  private final @Nullable String username;
  private final char @Nullable [] password;
  private final @Nullable Integer roleId;
  private final @Nullable String fullName;
  private final @Nullable String description;
  private final @Nullable String emailAddress;
  private final @Nullable Boolean active;

  private AdministratorDraft(Builder b) {
    this.username = b.username;
    this.password = b.password == null ? null : b.password.clone();
    this.roleId = b.roleId;
    this.fullName = b.fullName;
    this.description = b.description;
    this.emailAddress = b.emailAddress;
    this.active = b.active;
  }

  /**
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the sign-in name, or null when not set
   */
  public @Nullable String username() {
    return username;
  }

  /**
   * @return a copy of the password, or null when not set
   */
  public char @Nullable [] password() {
    return password == null ? null : password.clone();
  }

  /**
   * @return the role's ID, or null when not set
   */
  public @Nullable Integer roleId() {
    return roleId;
  }

  /**
   * @return the full name, or null when not set
   */
  public @Nullable String fullName() {
    return fullName;
  }

  /**
   * @return the description, or null when not set
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the e-mail address, or null when not set
   */
  public @Nullable String emailAddress() {
    return emailAddress;
  }

  /**
   * @return whether the administrator may sign in, or null when not set
   */
  public @Nullable Boolean active() {
    return active;
  }

  /**
   * @return whether no field is set
   */
  public boolean isEmpty() {
    return username == null
        && password == null
        && roleId == null
        && fullName == null
        && description == null
        && emailAddress == null
        && active == null;
  }

  @Override
  public String toString() {
    return "AdministratorDraft[username="
        + username
        + ", password="
        + (password == null ? "unset" : "****")
        + ", roleId="
        + roleId
        + ", active="
        + active
        + "]";
  }

  /** Builds an {@link AdministratorDraft}. */
  public static final class Builder {
    private String username;
    private char[] password;
    private Integer roleId;
    private String fullName;
    private String description;
    private String emailAddress;
    private Boolean active;

    private Builder() {}

    /**
     * @param username the sign-in name
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Drafts.text(username, "username");
      return this;
    }

    /**
     * @param password the password (copied; not empty)
     * @return this builder
     */
    public Builder password(char[] password) {
      Objects.requireNonNull(password, "password");
      if (password.length == 0) {
        throw new IllegalArgumentException("password must not be empty");
      }
      this.password = password.clone();
      return this;
    }

    /**
     * @param roleId the role's ID (positive)
     * @return this builder
     */
    public Builder roleId(int roleId) {
      this.roleId = Drafts.id(roleId, "roleId");
      return this;
    }

    /**
     * @param fullName the full name
     * @return this builder
     */
    public Builder fullName(String fullName) {
      this.fullName = Objects.requireNonNull(fullName, "fullName");
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
     * @param emailAddress the e-mail address
     * @return this builder
     */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = Objects.requireNonNull(emailAddress, "emailAddress");
      return this;
    }

    /**
     * @param active whether the administrator may sign in
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * @return the draft
     */
    public AdministratorDraft build() {
      return new AdministratorDraft(this);
    }
  }
}
