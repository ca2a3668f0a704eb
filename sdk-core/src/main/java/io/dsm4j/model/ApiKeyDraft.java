package io.dsm4j.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input to create an API key: a name and a role, optionally a description, an expiry, a locale
 * and a time zone.
 *
 * <pre>{@code
 * NewApiKey k = manager.apiKeys().create(
 *     ApiKeyDraft.builder("ci-pipeline", auditorRole.id())
 *         .expires(Instant.now().plus(Duration.ofDays(90)))
 *         .build());
 * store(k.secret()); // shown once
 * }</pre>
 */
public final class ApiKeyDraft {
  private final String name;
  private final int roleId;
  private final @Nullable String description;
  private final @Nullable Instant expires;
  private final @Nullable String locale;
  private final @Nullable String timeZone;

  private ApiKeyDraft(Builder b) {
    this.name = b.name;
    this.roleId = b.roleId;
    this.description = b.description;
    this.expires = b.expires;
    this.locale = b.locale;
    this.timeZone = b.timeZone;
  }

  /**
   * Starts a draft.
   *
   * @param name the key's name (not blank)
   * @param roleId the role the key acts with (positive)
   * @return a builder
   */
  public static Builder builder(String name, int roleId) {
    return new Builder(name, roleId);
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the role's ID
   */
  public int roleId() {
    return roleId;
  }

  /**
   * @return the description, or null
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return when the key expires, or null for never
   */
  public @Nullable Instant expires() {
    return expires;
  }

  /**
   * @return the locale, or null for the manager's default
   */
  public @Nullable String locale() {
    return locale;
  }

  /**
   * @return the time zone, or null for the manager's default
   */
  public @Nullable String timeZone() {
    return timeZone;
  }

  @Override
  public String toString() {
    return "ApiKeyDraft[name=" + name + ", roleId=" + roleId + ", expires=" + expires + "]";
  }

  /** Builds an {@link ApiKeyDraft}. */
  public static final class Builder {
    private final String name;
    private final int roleId;
    private String description;
    private Instant expires;
    private String locale;
    private String timeZone;

    private Builder(String name, int roleId) {
      this.name = Drafts.text(name, "key name");
      this.roleId = Drafts.id(roleId, "roleId");
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
     * @param expires when the key stops working
     * @return this builder
     */
    public Builder expires(Instant expires) {
      this.expires = Objects.requireNonNull(expires, "expires");
      return this;
    }

    /**
     * @param locale {@code en-US} or {@code ja-JP}
     * @return this builder
     */
    public Builder locale(String locale) {
      this.locale = Drafts.locale(locale);
      return this;
    }

    /**
     * @param timeZone a time zone ID
     * @return this builder
     */
    public Builder timeZone(String timeZone) {
      this.timeZone = Drafts.timeZone(timeZone);
      return this;
    }

    /**
     * @return the draft
     */
    public ApiKeyDraft build() {
      return new ApiKeyDraft(this);
    }
  }
}
