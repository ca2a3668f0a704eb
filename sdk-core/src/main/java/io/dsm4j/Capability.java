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
  /** List, get and find computers; status. */
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
  /** List, check for and apply security updates. */
  SECURITY_UPDATES(false),
  /** Read the settings that defeat staged rule rollouts. */
  STAGING_SETTINGS(false),
  /** Read events. */
  EVENTS(false),
  /** IP lists. */
  IP_LISTS(false),
  /** Computer groups. */
  COMPUTER_GROUPS(false),
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
