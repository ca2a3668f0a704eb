package io.dsm4j.model;

/**
 * The rule catalogs of a Deep Security Manager.
 *
 * <p>The SOAP API calls intrusion prevention "DPI" and integrity monitoring "integrity"; dsm4j uses
 * the names of the current manager console and REST API throughout.
 */
public enum RuleKind {
  /**
   * Intrusion prevention (IPS) rules; SOAP {@code DPIRule*}, REST {@code
   * /intrusionpreventionrules}.
   */
  INTRUSION_PREVENTION,
  /** Firewall rules; SOAP {@code firewallRule*}, REST {@code /firewallrules}. */
  FIREWALL,
  /**
   * Integrity monitoring rules; SOAP {@code integrityRule*}, REST {@code
   * /integritymonitoringrules}.
   */
  INTEGRITY_MONITORING,
  /** Log inspection rules; SOAP {@code logInspectionRule*}, REST {@code /loginspectionrules}. */
  LOG_INSPECTION,
  /** Application types (the protocol definitions IPS rules hang on). */
  APPLICATION_TYPE
}
