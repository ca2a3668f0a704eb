package io.dsm4j.model;

/** The kinds of security events the manager records. */
public enum EventKind {
  /** Intrusion prevention (SOAP: DPI) events. */
  INTRUSION_PREVENTION,
  /** Firewall events. */
  FIREWALL,
  /** Anti-malware events. */
  ANTI_MALWARE,
  /** Web reputation events. */
  WEB_REPUTATION,
  /** Integrity monitoring events. */
  INTEGRITY_MONITORING,
  /** Log inspection events. */
  LOG_INSPECTION,
  /** System events of the manager and its agents. */
  SYSTEM
}
