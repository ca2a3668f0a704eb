package io.dsm4j;

/**
 * What a backend can do. Capabilities marked per kind are declared for each {@link
 * io.dsm4j.model.RuleKind} separately. The matrix of both backends is in {@code docs/backends.md}.
 */
public enum Capability {
  /** List, get and find policies. */
  POLICIES(false),
  /** Create, update and delete policies. */
  POLICY_WRITE(false),
  /**
   * Read and set the states of the modules only the REST API has (web reputation, application
   * control, activity monitoring; see {@link io.dsm4j.model.SecurityModule#extended()}). Setting
   * one also needs {@link #POLICY_WRITE}.
   */
  EXTENDED_MODULE_STATES(false),
  /** List, get and find rules of a kind. */
  RULES(true),
  /** Create, update and delete custom rules of a kind. */
  RULE_WRITE(true),
  /** Query rules by Trend identifier. */
  RULE_QUERY_IDENTIFIER(true),
  /** Query rules by CVE. */
  RULE_QUERY_CVE(true),
  /** Query rules by severity. */
  RULE_QUERY_SEVERITY(true),
  /** Query rules by last-updated time. */
  RULE_QUERY_UPDATED_SINCE(true),
  /** Query rules by a text in the name. */
  RULE_QUERY_NAME(true),
  /** Read and change a policy's directly assigned rules of a kind. */
  RULE_ASSIGNMENT(true),
  /** Read and change a computer's directly assigned rules of a kind. */
  COMPUTER_RULE_ASSIGNMENT(true),
  /** Read, override and reset a rule's fields on one policy. */
  RULE_OVERRIDES(true),
  /** Read, override and reset a rule's fields on one computer. */
  COMPUTER_RULE_OVERRIDES(true),
  /** A policy's recommendations for a kind. */
  POLICY_RECOMMENDATIONS(true),
  /** Set an intrusion prevention rule detect-only for every policy. */
  IPS_DETECT_ONLY_GLOBAL(false),
  /** Set an intrusion prevention rule detect-only on one policy only. */
  IPS_DETECT_ONLY_PER_POLICY(false),
  /** List, get, find and search computers, with their status. */
  COMPUTERS(false),
  /** Assign a policy to computers. */
  COMPUTER_ASSIGN_POLICY(false),
  /** A computer's recommendations for a kind. */
  COMPUTER_RECOMMENDATIONS(true),
  /** Run a recommendation scan. */
  ACTION_SCAN_FOR_RECOMMENDATIONS(false),
  /** Run a malware scan. */
  ACTION_SCAN_FOR_MALWARE(false),
  /** Run an integrity scan. */
  ACTION_SCAN_FOR_INTEGRITY_CHANGES(false),
  /** Send policy now. */
  ACTION_SEND_POLICY(false),
  /** Get events now. */
  ACTION_GET_EVENTS_NOW(false),
  /** Clear warnings and errors. */
  ACTION_CLEAR_WARNINGS_AND_ERRORS(false),
  /** Activate agents. */
  ACTION_ACTIVATE_AGENT(false),
  /** Deactivate agents. */
  ACTION_DEACTIVATE_AGENT(false),
  /** Create and delete computers, move them to a group. */
  COMPUTER_WRITE(false),
  /** Find computers by the SOAP external ID. */
  COMPUTER_QUERY_EXTERNAL_ID(false),
  /** Generate agent deployment scripts. */
  AGENT_DEPLOYMENT_SCRIPTS(false),
  /** List, check for and apply security updates. */
  SECURITY_UPDATES(false),
  /** Read the settings that defeat staged rule rollouts. */
  STAGING_SETTINGS(false),
  /** Read events. */
  EVENTS(false),
  /** IP lists: list, get, find, create, update, delete. */
  IP_LISTS(false),
  /** Computer groups: list, get, find. */
  COMPUTER_GROUPS(false),
  /** Create and delete computer groups. */
  COMPUTER_GROUP_WRITE(false),
  /** Update (rename, describe) computer groups. */
  COMPUTER_GROUP_UPDATE(false),
  /** MAC lists: list, get, find, create, update, delete. */
  MAC_LISTS(false),
  /** Port lists: list, get, find, create, update, delete. */
  PORT_LISTS(false),
  /** Anti-malware directory lists: list, get, find, create, update, delete. */
  DIRECTORY_LISTS(false),
  /** Anti-malware file lists: list, get, find, create, update, delete. */
  FILE_LISTS(false),
  /** Anti-malware file extension lists: list, get, find, create, update, delete. */
  FILE_EXTENSION_LISTS(false),
  /** Schedules: list, get, find, create, update, delete. */
  SCHEDULES(false),
  /** Scheduled tasks: list, get, find, create, run now, delete. */
  SCHEDULED_TASKS(false),
  /** Event-based tasks: list, get, find, create, delete. */
  EVENT_BASED_TASKS(false),
  /** Anti-malware configurations: list, get, find, create, update, delete. */
  ANTI_MALWARE_CONFIGURATIONS(false),
  /** The manager's current alerts. */
  ALERTS(false),
  /** List, get and find the tenants of a multi-tenant manager (on premises). */
  TENANTS(false),
  /** Create and delete tenants. */
  TENANT_WRITE(false),
  /** Sign in to a tenant with the primary tenant's credentials ({@code Manager.asTenant}). */
  TENANT_SIGN_IN(false),
  /** List, get and find API keys; the key in use. */
  API_KEYS(false),
  /** Create, rotate, disable and delete API keys. */
  API_KEY_WRITE(false),
  /** List, get and find administrators. */
  ADMINISTRATORS(false),
  /** Create, update and delete administrators. */
  ADMINISTRATOR_WRITE(false),
  /** List, get and find administrator roles. */
  ROLES(false),
  /** Create, update and delete administrator roles. */
  ROLE_WRITE(false),
  /** List, get and find cloud connectors (AWS, Azure, GCP, vCenter). */
  CLOUD_CONNECTORS(false),
  /** Create and delete cloud connectors. */
  CLOUD_CONNECTOR_WRITE(false),
  /** Synchronise a cloud connector now (GCP and vCenter: the API has no action for the others). */
  CLOUD_CONNECTOR_SYNC(false),
  /** Any {@code /api} request ({@code manager.unwrap(RestAccess.class)}). */
  REST_ACCESS(false),
  /** Any Web Service API operation ({@code manager.unwrap(SoapAccess.class)}). */
  SOAP_ACCESS(false),
  /** Read, set and reset manager-wide (system) settings. */
  SYSTEM_SETTINGS(false),
  /** Reset a system setting to its default. */
  SYSTEM_SETTINGS_RESET(false),
  /** Read, set and reset the default policy's settings. */
  DEFAULT_POLICY_SETTINGS(false),
  /** Read, set and reset a policy's settings. */
  POLICY_SETTINGS(false),
  /** Read, set and reset a computer's settings. */
  COMPUTER_SETTINGS(false);

  private final boolean perKind;

  Capability(boolean perKind) {
    this.perKind = perKind;
  }

  /**
   * @return whether this capability is declared per rule kind
   */
  public boolean perKind() {
    return perKind;
  }
}
