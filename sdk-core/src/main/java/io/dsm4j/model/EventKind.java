package io.dsm4j.model;

/** The kinds of security events the manager records. */
public enum EventKind {
  INTRUSION_PREVENTION,
  FIREWALL,
  ANTI_MALWARE,
  WEB_REPUTATION,
  INTEGRITY_MONITORING,
  LOG_INSPECTION,
  SYSTEM
}
