package io.dsm4j.spi;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.exception.NotFoundException;
import java.util.Optional;

/**
 * One backend's connection to a manager: a thin translator between dsm4j types and one wire
 * protocol, organised as one small interface per resource group. A group the backend cannot serve
 * at all is absent ({@link Optional#empty()}); within a group, what the backend can do is declared
 * per operation (and rule kind) by {@link #capabilities()}, and the core calls an operation only
 * when its capability is declared. Declaring a capability whose group is absent is a bug the
 * contract suite catches.
 *
 * <p>Arguments are already validated; retries, rate limiting, deadlines and paging are the core's.
 * A backend raises {@link io.dsm4j.exception.DsmException} subclasses with the wire operation as
 * the operation, bounds every exchange by {@link CallContext}, never resends a request itself, and
 * redacts whatever it logs with {@link BackendConfig#secrets()}.
 *
 * <p>SPI: for backend implementors; may gain groups in minor releases (with empty defaults).
 */
public interface BackendConnection extends AutoCloseable {

  /**
   * @return which backend this is
   */
  Backend backend();

  /**
   * @return what it can do (no network call)
   */
  Capabilities capabilities();

  /**
   * @return the manager's version and time as this API reports them
   */
  ServerInfo serverInfo();

  /**
   * Proves that this connection's credentials are accepted now, for {@code Manager.verify()}: makes
   * at least one request that the manager answers only for valid credentials (an API-key
   * authenticated request; a sign-in, or a call with a session from an earlier sign-in), then
   * reports what the manager says about itself. A refused credential fails as any call does, with
   * {@link io.dsm4j.exception.AuthenticationException}; an unreachable manager with a {@link
   * io.dsm4j.exception.ConnectionException}. The default calls {@link #serverInfo()}, which is
   * enough only for a backend whose {@code serverInfo()} is itself authenticated.
   *
   * @return the manager's version and time as this API reports them
   */
  default ServerInfo verifyCredentials() {
    return serverInfo();
  }

  /**
   * The manager's version as this connection has already learned it from an earlier answer (e.g. a
   * response header), without a call; empty when it does not know it yet. The core uses it to
   * refuse a capability the manager is too old for ({@link Capabilities#minimumVersion}).
   *
   * @return the version, if known
   */
  default Optional<String> knownManagerVersion() {
    return Optional.empty();
  }

  /**
   * @return policies and their rule assignments
   */
  default Optional<PolicyOperations> policies() {
    return Optional.empty();
  }

  /**
   * @return rule settings overridden per policy or computer
   */
  default Optional<RuleOverrideOperations> ruleOverrides() {
    return Optional.empty();
  }

  /**
   * @return the rule catalogs
   */
  default Optional<RuleOperations> rules() {
    return Optional.empty();
  }

  /**
   * @return computers
   */
  default Optional<ComputerOperations> computers() {
    return Optional.empty();
  }

  /**
   * @return rules assigned to computers directly
   */
  default Optional<ComputerRuleOperations> computerRules() {
    return Optional.empty();
  }

  /**
   * @param kind a kind of item list
   * @return the lists of that kind (IP, MAC, port, directory, file, file extension)
   */
  default Optional<ItemListOperations> lists(io.dsm4j.model.ListKind kind) {
    return Optional.empty();
  }

  /**
   * @return computer groups
   */
  default Optional<ComputerGroupOperations> computerGroups() {
    return Optional.empty();
  }

  /**
   * @return schedules
   */
  default Optional<ScheduleOperations> schedules() {
    return Optional.empty();
  }

  /**
   * @return scheduled tasks
   */
  default Optional<ScheduledTaskOperations> scheduledTasks() {
    return Optional.empty();
  }

  /**
   * @return event-based tasks
   */
  default Optional<EventBasedTaskOperations> eventBasedTasks() {
    return Optional.empty();
  }

  /**
   * @return anti-malware configurations
   */
  default Optional<AntiMalwareOperations> antiMalwareConfigurations() {
    return Optional.empty();
  }

  /**
   * @return security updates
   */
  default Optional<SecurityUpdateOperations> securityUpdates() {
    return Optional.empty();
  }

  /**
   * @return events
   */
  default Optional<EventOperations> events() {
    return Optional.empty();
  }

  /**
   * @return settings of every scope (system, default policy, policy, computer)
   */
  default Optional<SettingOperations> settings() {
    return Optional.empty();
  }

  /**
   * @return the manager's current alerts
   */
  default Optional<AlertOperations> alerts() {
    return Optional.empty();
  }

  /**
   * @return the tenants of a multi-tenant manager
   */
  default Optional<TenantOperations> tenants() {
    return Optional.empty();
  }

  /**
   * @return signing in to a tenant
   */
  default Optional<TenantSignInOperations> tenantSignIn() {
    return Optional.empty();
  }

  /**
   * @return API keys
   */
  default Optional<ApiKeyOperations> apiKeys() {
    return Optional.empty();
  }

  /**
   * @return administrators
   */
  default Optional<AdministratorOperations> administrators() {
    return Optional.empty();
  }

  /**
   * @return administrator roles
   */
  default Optional<RoleOperations> roles() {
    return Optional.empty();
  }

  /**
   * @return cloud connectors
   */
  default Optional<CloudConnectorOperations> cloudConnectors() {
    return Optional.empty();
  }

  /**
   * @return any {@code /api} request
   */
  default Optional<RestAccessOperations> restAccess() {
    return Optional.empty();
  }

  /**
   * @return any Web Service API operation
   */
  default Optional<SoapAccessOperations> soapAccess() {
    return Optional.empty();
  }

  /** Ends the session if there is one, within a few seconds. Called once; must not throw. */
  @Override
  void close();

  /**
   * A helper for backends: the not-found error of a by-ID read.
   *
   * @param what e.g. "policy"
   * @param id the ID
   * @param operation the wire operation
   * @param backend the backend
   * @return the exception
   */
  static NotFoundException notFound(String what, int id, String operation, Backend backend) {
    return new NotFoundException(
        "the " + what + " with ID " + id + " does not exist", operation, backend, 0, null, null);
  }
}
