package io.dsm4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The input to create a tenant: its name and first administrator, and optionally its description,
 * locale, time zone and visible modules. The password is never shown by {@link #toString()}.
 *
 * <pre>{@code
 * Tenant t = manager.tenants().create(
 *     TenantDraft.builder("Example Corp", "admin", password)
 *         .emailAddress("ops@example.com")
 *         .timeZone("Europe/Zurich")
 *         .build());
 * }</pre>
 */
public final class TenantDraft {
  /** The module names a tenant may be shown, as the API spells them. */
  public static final Set<String> MODULES =
      Set.of(
          "all",
          "anti-malware",
          "web-reputation",
          "firewall",
          "intrusion-prevention",
          "integrity-monitoring",
          "log-inspection",
          "application-control",
          "SAP",
          "activity-monitoring",
          "container-control");

  private final String name;
  private final String adminUsername;
  private final char[] adminPassword;
  private final @Nullable String emailAddress;
  private final @Nullable String description;
  private final @Nullable String locale;
  private final @Nullable String timeZone;
  private final List<String> modulesVisible;

  private TenantDraft(Builder b) {
    this.name = b.name;
    this.adminUsername = b.adminUsername;
    this.adminPassword = b.adminPassword.clone();
    this.emailAddress = b.emailAddress;
    this.description = b.description;
    this.locale = b.locale;
    this.timeZone = b.timeZone;
    this.modulesVisible = List.copyOf(b.modulesVisible);
  }

  /**
   * Starts a draft.
   *
   * @param name the tenant's name (not blank)
   * @param adminUsername the first administrator's sign-in name (not blank)
   * @param adminPassword the first administrator's password (copied; not empty)
   * @return a builder
   */
  public static Builder builder(String name, String adminUsername, char[] adminPassword) {
    return new Builder(name, adminUsername, adminPassword);
  }

  /**
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * @return the first administrator's sign-in name
   */
  public String adminUsername() {
    return adminUsername;
  }

  /**
   * @return a copy of the first administrator's password
   */
  public char[] adminPassword() {
    return adminPassword.clone();
  }

  /**
   * @return the first administrator's e-mail address, or null
   */
  public @Nullable String emailAddress() {
    return emailAddress;
  }

  /**
   * @return the description, or null
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * @return the locale ({@code en-US} or {@code ja-JP}), or null for the manager's default
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

  /**
   * @return the modules shown to the tenant; empty for the manager's default (all)
   */
  public List<String> modulesVisible() {
    return modulesVisible;
  }

  @Override
  public String toString() {
    return "TenantDraft[name=" + name + ", admin=" + adminUsername + ", password=****]";
  }

  /** Builds a {@link TenantDraft}. */
  public static final class Builder {
    private final String name;
    private final String adminUsername;
    private final char[] adminPassword;
    private String emailAddress;
    private String description;
    private String locale;
    private String timeZone;
    private final List<String> modulesVisible = new ArrayList<>();

    private Builder(String name, String adminUsername, char[] adminPassword) {
      this.name = Drafts.text(name, "tenant name");
      this.adminUsername = Drafts.text(adminUsername, "administrator username");
      Objects.requireNonNull(adminPassword, "adminPassword");
      if (adminPassword.length == 0) {
        throw new IllegalArgumentException("the administrator password must not be empty");
      }
      this.adminPassword = adminPassword.clone();
    }

    /**
     * @param emailAddress the first administrator's e-mail address
     * @return this builder
     */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = Drafts.text(emailAddress, "emailAddress");
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
     * @param locale {@code en-US} or {@code ja-JP}
     * @return this builder
     */
    public Builder locale(String locale) {
      this.locale = Drafts.locale(locale);
      return this;
    }

    /**
     * @param timeZone a time zone ID, e.g. {@code America/New_York}
     * @return this builder
     */
    public Builder timeZone(String timeZone) {
      this.timeZone = Drafts.timeZone(timeZone);
      return this;
    }

    /**
     * @param modules the modules shown to the tenant, from {@link #MODULES}
     * @return this builder
     */
    public Builder modulesVisible(List<String> modules) {
      Objects.requireNonNull(modules, "modules");
      for (String m : modules) {
        if (!MODULES.contains(m)) {
          throw new IllegalArgumentException(
              "unknown module '" + m + "'; one of " + new java.util.TreeSet<>(MODULES));
        }
      }
      modulesVisible.clear();
      modulesVisible.addAll(new java.util.LinkedHashSet<>(modules));
      return this;
    }

    /**
     * @return the draft
     */
    public TenantDraft build() {
      return new TenantDraft(this);
    }
  }
}
