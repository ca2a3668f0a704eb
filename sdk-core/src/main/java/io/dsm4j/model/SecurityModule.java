package io.dsm4j.model;

/** The protection modules whose state a policy sets. */
public enum SecurityModule {
  ANTI_MALWARE,
  FIREWALL,
  INTRUSION_PREVENTION,
  INTEGRITY_MONITORING,
  LOG_INSPECTION
}
