package io.dsm4j.rest.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.spi.AdministratorOperations;
import io.dsm4j.spi.AntiMalwareOperations;
import io.dsm4j.spi.ApiKeyOperations;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.CloudConnectorOperations;
import io.dsm4j.spi.ComputerGroupOperations;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.ComputerRuleOperations;
import io.dsm4j.spi.EventBasedTaskOperations;
import io.dsm4j.spi.ItemListOperations;
import io.dsm4j.spi.PolicyOperations;
import io.dsm4j.spi.RestAccessOperations;
import io.dsm4j.spi.RoleOperations;
import io.dsm4j.spi.RuleOperations;
import io.dsm4j.spi.RuleOverrideOperations;
import io.dsm4j.spi.ScheduleOperations;
import io.dsm4j.spi.ScheduledTaskOperations;
import io.dsm4j.spi.ServerInfo;
import io.dsm4j.spi.SettingOperations;
import io.dsm4j.spi.TenantOperations;
import io.dsm4j.spi.TenantSignInOperations;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST backend: {@code /api} through Retrofit, OkHttp and Jackson. The root of the connection:
 * one {@link RestClient} shared by one object per resource group. {@code /api} has no security
 * updates and no event retrieval, so those groups are absent.
 */
public final class RestConnection implements BackendConnection {
  private static final Logger LOG = LoggerFactory.getLogger(RestConnection.class);

  /** What {@code /api} can do, the same on DSM 11.1–20 and Cloud One for the paths used here. */
  static final Capabilities CAPABILITIES =
      Capabilities.builder()
          .add(
              Capability.POLICIES,
              Capability.POLICY_WRITE,
              Capability.EXTENDED_MODULE_STATES,
              Capability.IPS_DETECT_ONLY_GLOBAL,
              Capability.IPS_DETECT_ONLY_PER_POLICY,
              Capability.COMPUTERS,
              Capability.COMPUTER_ASSIGN_POLICY,
              Capability.ACTION_SCAN_FOR_RECOMMENDATIONS,
              Capability.ACTION_SCAN_FOR_MALWARE,
              Capability.ACTION_SCAN_FOR_INTEGRITY_CHANGES,
              Capability.ACTION_SEND_POLICY,
              Capability.COMPUTER_WRITE,
              Capability.AGENT_DEPLOYMENT_SCRIPTS,
              Capability.IP_LISTS,
              Capability.COMPUTER_GROUPS,
              Capability.STAGING_SETTINGS,
              Capability.SYSTEM_SETTINGS,
              Capability.SYSTEM_SETTINGS_RESET,
              Capability.DEFAULT_POLICY_SETTINGS,
              Capability.POLICY_SETTINGS,
              Capability.COMPUTER_SETTINGS)
          // The single-setting paths (…/settings/{name}) are not in DSM 11.3's /api.
          .since(Capability.SYSTEM_SETTINGS, "12.5")
          .since(Capability.SYSTEM_SETTINGS_RESET, "12.5")
          .since(Capability.DEFAULT_POLICY_SETTINGS, "12.5")
          .since(Capability.POLICY_SETTINGS, "12.5")
          .since(Capability.COMPUTER_SETTINGS, "12.5")
          .add(
              Capability.COMPUTER_GROUP_WRITE,
              Capability.COMPUTER_GROUP_UPDATE,
              Capability.MAC_LISTS,
              Capability.PORT_LISTS,
              Capability.DIRECTORY_LISTS,
              Capability.FILE_LISTS,
              Capability.FILE_EXTENSION_LISTS,
              Capability.SCHEDULES,
              Capability.SCHEDULED_TASKS,
              Capability.EVENT_BASED_TASKS,
              Capability.ANTI_MALWARE_CONFIGURATIONS)
          .add(
              Capability.TENANTS,
              Capability.TENANT_WRITE,
              Capability.TENANT_SIGN_IN,
              Capability.API_KEYS,
              Capability.API_KEY_WRITE,
              Capability.ADMINISTRATORS,
              Capability.ADMINISTRATOR_WRITE,
              Capability.ROLES,
              Capability.ROLE_WRITE,
              Capability.CLOUD_CONNECTORS,
              Capability.CLOUD_CONNECTOR_WRITE,
              Capability.CLOUD_CONNECTOR_SYNC,
              Capability.REST_ACCESS)
          .add(Capability.RULES, RuleKind.values())
          .add(Capability.RULE_WRITE, RuleKind.values())
          .add(Capability.RULE_QUERY_NAME, RuleKind.values())
          .add(
              Capability.RULE_QUERY_IDENTIFIER,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(Capability.RULE_QUERY_CVE, RuleKind.INTRUSION_PREVENTION)
          .add(
              Capability.RULE_QUERY_SEVERITY,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING)
          .add(
              Capability.RULE_QUERY_UPDATED_SINCE,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.RULE_ASSIGNMENT,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.FIREWALL,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.COMPUTER_RULE_ASSIGNMENT,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.FIREWALL,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.RULE_OVERRIDES,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.FIREWALL,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.COMPUTER_RULE_OVERRIDES,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.FIREWALL,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.POLICY_RECOMMENDATIONS,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .add(
              Capability.COMPUTER_RECOMMENDATIONS,
              RuleKind.INTRUSION_PREVENTION,
              RuleKind.INTEGRITY_MONITORING,
              RuleKind.LOG_INSPECTION)
          .build();

  private final RestClient client;
  private final RestPolicies policies;
  private final RestRuleOverrides ruleOverrides;
  private final RestRules rules;
  private final RestComputers computers;
  private final Map<ListKind, ItemListOperations> lists;
  private final RestComputerGroups computerGroups;
  private final RestSettings settings;
  private final RestComputerRules computerRules;
  private final RestSchedules schedules;
  private final RestTasks scheduledTasks;
  private final RestEventTasks eventBasedTasks;
  private final RestAntiMalware antiMalware;
  private final RestTenants tenants;
  private final RestApiKeys apiKeys;
  private final RestAdministrators administrators;
  private final RestRoles roles;
  private final RestCloudConnectors cloudConnectors;
  private final RestRawAccess restAccess;
  private final Consumer<RestClient> beforeClose;

  /**
   * Creates the connection; no network call is made.
   *
   * @param config the configuration
   */
  public RestConnection(BackendConfig config) {
    this(config, c -> {});
  }

  /**
   * @param config the configuration
   * @param beforeClose what closing does first with the client (a tenant session deletes its key)
   */
  RestConnection(BackendConfig config, Consumer<RestClient> beforeClose) {
    this.beforeClose = beforeClose;
    this.client = new RestClient(config);
    this.policies = new RestPolicies(client);
    this.ruleOverrides = new RestRuleOverrides(client);
    this.rules = new RestRules(client);
    this.computers = new RestComputers(client);
    this.lists = RestLists.all(client);
    this.computerGroups = new RestComputerGroups(client);
    this.settings = new RestSettings(client);
    this.computerRules = new RestComputerRules(client);
    this.schedules = new RestSchedules(client);
    this.scheduledTasks = new RestTasks(client);
    this.eventBasedTasks = new RestEventTasks(client);
    this.antiMalware = new RestAntiMalware(client);
    this.tenants = new RestTenants(client);
    this.apiKeys = new RestApiKeys(client);
    this.administrators = new RestAdministrators(client);
    this.roles = new RestRoles(client);
    this.cloudConnectors = new RestCloudConnectors(client);
    this.restAccess = new RestRawAccess(client);
  }

  /** The shared client (a tenant session cleans up with it). */
  RestClient client() {
    return client;
  }

  @Override
  public Backend backend() {
    return Backend.REST;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /**
   * @return what every REST connection can do, without making one
   */
  public static Capabilities declaredCapabilities() {
    return CAPABILITIES;
  }

  /** {@code GET /api/apikeys/current} is answered only for a valid key: that is the proof. */
  @Override
  public ServerInfo verifyCredentials() {
    return serverInfo();
  }

  @Override
  public Optional<String> knownManagerVersion() {
    return Optional.ofNullable(version(client.lastResponse().version()));
  }

  /** The manager reports "<product>/<version>" in X-DSM-Version. */
  private static String version(String header) {
    if (header != null && header.contains("/")) {
      return header.substring(header.lastIndexOf('/') + 1).trim();
    }
    return header;
  }

  @Override
  public ServerInfo serverInfo() {
    client.require(client.api().currentApiKey());
    String version = version(client.lastResponse().version());
    Instant time = null;
    String date = client.lastResponse().date();
    if (date != null) {
      try {
        time = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (RuntimeException e) {
        LOG.debug("unparsable Date header: {}", date);
      }
    }
    return new ServerInfo(version == null ? "" : version, time, "v1");
  }

  @Override
  public Optional<PolicyOperations> policies() {
    return Optional.of(policies);
  }

  @Override
  public Optional<RuleOverrideOperations> ruleOverrides() {
    return Optional.of(ruleOverrides);
  }

  @Override
  public Optional<RuleOperations> rules() {
    return Optional.of(rules);
  }

  @Override
  public Optional<ComputerOperations> computers() {
    return Optional.of(computers);
  }

  @Override
  public Optional<ItemListOperations> lists(ListKind kind) {
    return Optional.ofNullable(lists.get(kind));
  }

  @Override
  public Optional<ComputerGroupOperations> computerGroups() {
    return Optional.of(computerGroups);
  }

  @Override
  public Optional<ComputerRuleOperations> computerRules() {
    return Optional.of(computerRules);
  }

  @Override
  public Optional<SettingOperations> settings() {
    return Optional.of(settings);
  }

  @Override
  public Optional<ScheduleOperations> schedules() {
    return Optional.of(schedules);
  }

  @Override
  public Optional<ScheduledTaskOperations> scheduledTasks() {
    return Optional.of(scheduledTasks);
  }

  @Override
  public Optional<EventBasedTaskOperations> eventBasedTasks() {
    return Optional.of(eventBasedTasks);
  }

  @Override
  public Optional<AntiMalwareOperations> antiMalwareConfigurations() {
    return Optional.of(antiMalware);
  }

  @Override
  public Optional<TenantOperations> tenants() {
    return Optional.of(tenants);
  }

  @Override
  public Optional<TenantSignInOperations> tenantSignIn() {
    return Optional.of(tenants);
  }

  @Override
  public Optional<ApiKeyOperations> apiKeys() {
    return Optional.of(apiKeys);
  }

  @Override
  public Optional<AdministratorOperations> administrators() {
    return Optional.of(administrators);
  }

  @Override
  public Optional<RoleOperations> roles() {
    return Optional.of(roles);
  }

  @Override
  public Optional<CloudConnectorOperations> cloudConnectors() {
    return Optional.of(cloudConnectors);
  }

  @Override
  public Optional<RestAccessOperations> restAccess() {
    return Optional.of(restAccess);
  }

  @Override
  public void close() {
    try {
      beforeClose.accept(client);
    } finally {
      client.close();
    }
  }

  @Override
  public String toString() {
    return "RestConnection[" + client.config().baseUrl() + "]";
  }
}
