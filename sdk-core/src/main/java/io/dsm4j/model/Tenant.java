package io.dsm4j.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tenant of a multi-tenant manager (on premises), as the primary tenant sees it.
 *
 * @param id the manager's ID
 * @param name the tenant's name (what {@code authenticateTenant} and {@code signInAsTenant} take)
 * @param description the description, empty when none
 * @param state the manager's state, e.g. {@code active}, {@code created} (being created), {@code
 *     suspended}, {@code pending-deletion}; empty when the manager did not say
 * @param locale the locale, e.g. {@code en-US}, or null
 * @param timeZone the time zone, e.g. {@code Europe/Zurich}, or null
 * @param modulesVisible the protection modules shown to the tenant (empty: the manager's default)
 * @param guid the tenant's GUID, or null
 * @param extra every other field the manager sent
 */
public record Tenant(
    int id,
    String name,
    String description,
    String state,
    @Nullable String locale,
    @Nullable String timeZone,
    List<String> modulesVisible,
    @Nullable String guid,
    Fields extra) {

  /** The state of a tenant that can be signed in to. */
  public static final String ACTIVE = "active";

  /**
   * Copies the components.
   *
   * @param id the manager's ID
   * @param name the tenant's name
   * @param description the description, empty when none
   * @param state the manager's state, empty when unknown
   * @param locale the locale, or null
   * @param timeZone the time zone, or null
   * @param modulesVisible the protection modules shown to the tenant
   * @param guid the tenant's GUID, or null
   * @param extra every other field the manager sent
   */
  public Tenant {
    name = name == null ? "" : name;
    description = description == null ? "" : description;
    state = state == null ? "" : state;
    modulesVisible = List.copyOf(modulesVisible == null ? List.of() : modulesVisible);
    extra = extra == null ? Fields.empty() : extra;
  }

  /**
   * @return whether the tenant is active (it can be signed in to and used)
   */
  public boolean isActive() {
    return ACTIVE.equals(state);
  }
}
