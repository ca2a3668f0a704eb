package io.dsm4j.model;

/** The protection modules whose state a policy sets. */
public enum SecurityModule {
  /** Anti-malware. */
  ANTI_MALWARE,
  /** Firewall. */
  FIREWALL,
  /** Intrusion prevention (SOAP: DPI). */
  INTRUSION_PREVENTION,
  /** Integrity monitoring. */
  INTEGRITY_MONITORING,
  /** Log inspection. */
  LOG_INSPECTION
}
