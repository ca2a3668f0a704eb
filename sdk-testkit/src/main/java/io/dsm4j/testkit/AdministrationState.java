package io.dsm4j.testkit;

import io.dsm4j.testkit.internal.AdminViews;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tenants and administration of the simulated manager: tenants, API keys, administrators, roles,
 * cloud connectors.
 *
 * <p>A view of {@link SimulatorState}: it reads and changes the same simulated manager.
 */
public final class AdministrationState {
  private final AdminViews admin;

  AdministrationState(AdminViews admin) {
    this.admin = admin;
  }

  /**
   * The tenants' names, in ID order (empty on a tenant's own state).
   *
   * @return the names
   */
  public List<String> tenantNames() {
    return admin.tenantNames();
  }

  /**
   * The state of a tenant's own manager, or empty when there is no such tenant.
   *
   * @param name the tenant's exact name
   * @return the tenant's state, with the same views and fixtures
   */
  public Optional<SimulatorState> tenant(String name) {
    return admin.tenant(Objects.requireNonNull(name, "name")).map(SimulatorState::new);
  }

  /**
   * A tenant's state ({@code created}, {@code active}, …), or empty when there is none.
   *
   * @param name the tenant's exact name
   * @return the state as REST {@code tenantState} spells it
   */
  public Optional<String> tenantState(String name) {
    return admin.tenantState(Objects.requireNonNull(name, "name"));
  }

  /**
   * Adds an active tenant with its own state and first administrator.
   *
   * @param name the tenant's name, unique among tenants
   * @param adminUser the username of its first administrator
   * @param adminPassword that administrator's password
   * @return the new tenant's ID
   * @throws IllegalArgumentException when a tenant has this name already
   */
  public int addTenant(String name, String adminUser, String adminPassword) {
    return admin.addTenant(
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(adminUser, "adminUser"),
        Objects.requireNonNull(adminPassword, "adminPassword"));
  }

  /**
   * Sets a tenant's state, e.g. {@code suspended}.
   *
   * @param name the tenant's exact name
   * @param state the new state as REST {@code tenantState} spells it
   * @throws IllegalArgumentException for an unknown tenant
   */
  public void setTenantState(String name, String state) {
    admin.setTenantState(Objects.requireNonNull(name, "name"), Objects.requireNonNull(state));
  }

  /**
   * Sets how long a tenant created asynchronously stays {@code created} (default 300 ms).
   *
   * @param delay the time from creation to {@code active}
   */
  public void setTenantActivationDelay(java.time.Duration delay) {
    admin.setTenantActivationDelay(Objects.requireNonNull(delay, "delay"));
  }

  /**
   * API keys made through the API (ID to name); the configured key is not among them.
   *
   * @return the keys' names by ID, ascending
   */
  public Map<Integer, String> apiKeys() {
    return admin.apiKeys();
  }

  /**
   * Whether an API key can authenticate, or empty when there is no such key.
   *
   * @param id the key's ID
   * @return whether the key is active
   */
  public Optional<Boolean> apiKeyActive(int id) {
    return admin.apiKeyActive(id);
  }

  /**
   * An API key's expiry, or empty when it has none or does not exist.
   *
   * @param id the key's ID
   * @return when the key expires
   */
  public Optional<Instant> apiKeyExpiry(int id) {
    return admin.apiKeyExpiry(id);
  }

  /**
   * Adds an API key (no usable secret) with this name and expiry.
   *
   * @param name the key's name
   * @param expires when the key expires, or null for never
   * @return the new key's ID
   */
  public int addApiKey(String name, Instant expires) {
    return admin.addApiKey(Objects.requireNonNull(name, "name"), expires);
  }

  /**
   * Administrators (ID to username).
   *
   * @return the administrators' usernames by ID, ascending
   */
  public Map<Integer, String> administrators() {
    return admin.administrators();
  }

  /**
   * Whether an administrator may sign in, or empty when there is none.
   *
   * @param id the administrator's ID
   * @return whether the administrator is active
   */
  public Optional<Boolean> administratorActive(int id) {
    return admin.administratorActive(id);
  }

  /**
   * An administrator's role, or empty when there is none.
   *
   * @param id the administrator's ID
   * @return the ID of the administrator's role
   */
  public Optional<Integer> administratorRole(int id) {
    return admin.administratorRole(id);
  }

  /**
   * Whether an administrator's password is this one.
   *
   * @param id the administrator's ID
   * @param password the password to compare
   * @return true when the administrator exists and has exactly this password
   */
  public boolean administratorHasPassword(int id, String password) {
    return admin.administratorHasPassword(id, Objects.requireNonNull(password, "password"));
  }

  /**
   * Administrator roles (ID to name).
   *
   * @return the roles' names by ID, ascending
   */
  public Map<Integer, String> roles() {
    return admin.roles();
  }

  /**
   * Cloud connectors of a type (ID to name).
   *
   * @param type the type of connector
   * @return the connectors' names by ID, ascending
   */
  public Map<Integer, String> cloudConnectors(io.dsm4j.model.ConnectorType type) {
    return admin.cloudConnectors(Objects.requireNonNull(type, "type"));
  }

  /**
   * The secret a connector was created with (never answered by the API).
   *
   * @param type the type of connector
   * @param id the connector's ID
   * @return the secret, or empty when there is no such connector or it has none
   */
  public Optional<String> cloudConnectorSecret(io.dsm4j.model.ConnectorType type, int id) {
    return admin.cloudConnectorSecret(Objects.requireNonNull(type, "type"), id);
  }

  /**
   * How many synchronisations were asked for a connector.
   *
   * @param type the type of connector
   * @param id the connector's ID
   * @return the number of synchronisations asked; 0 for an unknown connector
   */
  public int cloudConnectorSyncs(io.dsm4j.model.ConnectorType type, int id) {
    return admin.cloudConnectorSyncs(Objects.requireNonNull(type, "type"), id);
  }
}
