package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.Capabilities;
import io.dsm4j.Capability;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.SystemInformationTransport;
import io.dsm4j.spi.AdministratorOperations;
import io.dsm4j.spi.AlertOperations;
import io.dsm4j.spi.AntiMalwareOperations;
import io.dsm4j.spi.BackendConfig;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ComputerGroupOperations;
import io.dsm4j.spi.ComputerOperations;
import io.dsm4j.spi.EventOperations;
import io.dsm4j.spi.ItemListOperations;
import io.dsm4j.spi.PolicyOperations;
import io.dsm4j.spi.RuleOperations;
import io.dsm4j.spi.ScheduleOperations;
import io.dsm4j.spi.SecurityUpdateOperations;
import io.dsm4j.spi.ServerInfo;
import io.dsm4j.spi.SettingOperations;
import io.dsm4j.spi.SoapAccessOperations;
import io.dsm4j.spi.TenantSignInOperations;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP backend's connection: one {@link SoapClient} (port, session, fault translation) shared
 * by one class per resource group. The {@code …RetrieveAll} calls (whole catalogs, many MB) get the
 * bulk size limit; list results are one complete page sorted by ID. SOAP has no per-policy rule
 * overrides and no scheduled or event-based tasks, so those groups are absent.
 */
public final class SoapConnection implements BackendConnection {
  private static final Logger LOG = LoggerFactory.getLogger(SoapConnection.class);

  private static final Capabilities CAPABILITIES = capabilitiesOf();

  private final SoapClient client;
  private final Optional<PolicyOperations> policies;
  private final Optional<RuleOperations> rules;
  private final Optional<ComputerOperations> computers;
  private final Map<ListKind, ItemListOperations> lists;
  private final Optional<ComputerGroupOperations> computerGroups;
  private final Optional<ScheduleOperations> schedules;
  private final Optional<AntiMalwareOperations> antiMalware;
  private final Optional<SecurityUpdateOperations> securityUpdates;
  private final Optional<EventOperations> events;
  private final Optional<SettingOperations> settings;
  private final Optional<AlertOperations> alerts;
  private final Optional<AdministratorOperations> administrators;
  private final Optional<TenantSignInOperations> tenantSignIn;
  private final Optional<SoapAccessOperations> soapAccess;

  /**
   * Makes the ports; does not touch the network.
   *
   * @param config the configuration
   */
  public SoapConnection(BackendConfig config) {
    this(new SoapClient(config));
  }

  /** A connection over a client (a tenant's, made from its primary tenant's client). */
  private SoapConnection(SoapClient client) {
    this.client = client;
    this.policies = Optional.of(new SoapPolicies(client));
    this.rules = Optional.of(new SoapRules(client));
    this.computers = Optional.of(new SoapComputers(client));
    this.lists = SoapLists.all(client);
    this.computerGroups = Optional.of(new SoapComputerGroups(client));
    this.schedules = Optional.of(new SoapSchedules(client));
    this.antiMalware = Optional.of(new SoapAntiMalware(client));
    this.securityUpdates = Optional.of(new SoapSecurityUpdates(client));
    this.events = Optional.of(new SoapEvents(client));
    this.settings = Optional.of(new SoapSettings(client));
    this.alerts = Optional.of(new SoapAlerts(client));
    this.administrators = Optional.of(new SoapAdministrators(client));
    this.tenantSignIn = Optional.of(this::signInAsTenant);
    this.soapAccess = Optional.of(new SoapRawAccess(client));
  }

  /**
   * A connection to a tenant whose session comes from {@code signInAsTenant} on this connection's
   * session, on its first call; ending it on close ends the tenant's session only.
   */
  private BackendConnection signInAsTenant(TenantSignInOperations.Target target) {
    if (target.name() == null) {
      throw new io.dsm4j.exception.UnsupportedCapabilityException(
          "signing in to a tenant by ID is not supported by the SOAP backend: signInAsTenant takes"
              + " the tenant's name",
          "asTenant",
          Backend.SOAP);
    }
    return new SoapConnection(client.forTenant(target.name()));
  }

  private static Capabilities capabilitiesOf() {
    RuleKind[] all = RuleKind.values();
    return Capabilities.builder()
        .add(
            Capability.POLICIES,
            Capability.POLICY_WRITE,
            Capability.IPS_DETECT_ONLY_GLOBAL,
            Capability.COMPUTERS,
            Capability.COMPUTER_ASSIGN_POLICY,
            Capability.ACTION_SCAN_FOR_RECOMMENDATIONS,
            Capability.ACTION_SCAN_FOR_MALWARE,
            Capability.ACTION_SCAN_FOR_INTEGRITY_CHANGES,
            Capability.ACTION_SEND_POLICY,
            Capability.ACTION_GET_EVENTS_NOW,
            Capability.ACTION_CLEAR_WARNINGS_AND_ERRORS,
            Capability.ACTION_ACTIVATE_AGENT,
            Capability.ACTION_DEACTIVATE_AGENT,
            Capability.COMPUTER_WRITE,
            Capability.COMPUTER_QUERY_EXTERNAL_ID,
            Capability.ALERTS,
            Capability.SECURITY_UPDATES,
            Capability.EVENTS,
            Capability.IP_LISTS,
            Capability.COMPUTER_GROUPS,
            Capability.STAGING_SETTINGS,
            Capability.SYSTEM_SETTINGS,
            Capability.POLICY_SETTINGS,
            Capability.COMPUTER_SETTINGS)
        // No hostGroupSave: a group cannot be changed; no scheduled or event-based tasks.
        .add(
            Capability.COMPUTER_GROUP_WRITE,
            Capability.MAC_LISTS,
            Capability.PORT_LISTS,
            Capability.DIRECTORY_LISTS,
            Capability.FILE_LISTS,
            Capability.FILE_EXTENSION_LISTS,
            Capability.SCHEDULES,
            Capability.ANTI_MALWARE_CONFIGURATIONS)
        .add(
            Capability.ADMINISTRATORS,
            Capability.ADMINISTRATOR_WRITE,
            Capability.TENANT_SIGN_IN,
            Capability.SOAP_ACCESS)
        .add(Capability.RULES, all)
        .add(Capability.RULE_WRITE, all)
        .add(Capability.RULE_ASSIGNMENT, all)
        .add(Capability.POLICY_RECOMMENDATIONS, all)
        .add(Capability.COMPUTER_RECOMMENDATIONS, all)
        .add(Capability.RULE_QUERY_NAME, all)
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
        .build();
  }

  /**
   * @return what every SOAP connection can do, without making one
   */
  public static Capabilities declaredCapabilities() {
    return CAPABILITIES;
  }

  @Override
  public Backend backend() {
    return Backend.SOAP;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ServerInfo serverInfo() {
    Instant time = Mappers.instant(client.plain("getManagerTime", Manager::getManagerTime));
    int api = client.plain("getApiVersion", Manager::getApiVersion);
    return new ServerInfo(managerVersion(), time, Integer.toString(api));
  }

  /**
   * Signs in (unless a session from an earlier sign-in is open) before reading the server's
   * information: {@link #serverInfo()} alone uses calls that need no session and tolerates a
   * refused one, so it cannot tell a wrong password.
   */
  @Override
  public ServerInfo verifyCredentials() {
    client.call("authenticate", false, (port, sid) -> sid);
    return serverInfo();
  }

  private volatile String knownVersion;

  @Override
  public Optional<String> knownManagerVersion() {
    String v = knownVersion;
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The product version from systemInformationRetrieve, or "" when it does not say. */
  private String managerVersion() {
    String v = readManagerVersion();
    knownVersion = v;
    return v;
  }

  private String readManagerVersion() {
    List<SystemInformationTransport> info;
    try {
      info = client.call("systemInformationRetrieve", false, Manager::systemInformationRetrieve);
    } catch (DsmException e) {
      if (e.fault() == null) {
        throw e; // the manager is unreachable: that is an error, not a missing version
      }
      // A role may lack the right to read system information; the version is optional.
      LOG.debug("systemInformationRetrieve refused ({}); no manager version", e.fault());
      return "";
    }
    return managerVersion(info);
  }

  static String managerVersion(List<SystemInformationTransport> info) {
    if (info == null) {
      return "";
    }
    String fallback = "";
    for (SystemInformationTransport i : info) {
      if (i == null || i.getValue() == null || i.getValue().isBlank()) {
        continue;
      }
      String label = (nz(i.getKey()) + " " + nz(i.getName())).toLowerCase(Locale.ROOT);
      if (!label.contains("version")) {
        continue;
      }
      if (label.contains("manager")) {
        return i.getValue().trim();
      }
      if (fallback.isEmpty()
          && !label.contains("database")
          && !label.contains("java")
          && !label.contains("os ")
          && !label.contains("agent")) {
        fallback = i.getValue().trim();
      }
    }
    return fallback;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public Optional<PolicyOperations> policies() {
    return policies;
  }

  @Override
  public Optional<RuleOperations> rules() {
    return rules;
  }

  @Override
  public Optional<ComputerOperations> computers() {
    return computers;
  }

  @Override
  public Optional<ItemListOperations> lists(ListKind kind) {
    return Optional.ofNullable(lists.get(kind));
  }

  @Override
  public Optional<ComputerGroupOperations> computerGroups() {
    return computerGroups;
  }

  @Override
  public Optional<ScheduleOperations> schedules() {
    return schedules;
  }

  @Override
  public Optional<AntiMalwareOperations> antiMalwareConfigurations() {
    return antiMalware;
  }

  @Override
  public Optional<SecurityUpdateOperations> securityUpdates() {
    return securityUpdates;
  }

  @Override
  public Optional<EventOperations> events() {
    return events;
  }

  @Override
  public Optional<SettingOperations> settings() {
    return settings;
  }

  @Override
  public Optional<AlertOperations> alerts() {
    return alerts;
  }

  @Override
  public Optional<AdministratorOperations> administrators() {
    return administrators;
  }

  @Override
  public Optional<TenantSignInOperations> tenantSignIn() {
    return tenantSignIn;
  }

  @Override
  public Optional<SoapAccessOperations> soapAccess() {
    return soapAccess;
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "SoapConnection[" + client.endpoint() + "]";
  }
}
