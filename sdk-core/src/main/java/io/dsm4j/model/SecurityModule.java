package io.dsm4j.model;

/**
 * The protection modules whose state a policy sets.
 *
 * <p>The first five exist in both APIs. {@link #WEB_REPUTATION}, {@link #APPLICATION_CONTROL} and
 * {@link #ACTIVITY_MONITORING} have a state only in the REST API ({@link #extended()}): a backend
 * without {@link io.dsm4j.Capability#EXTENDED_MODULE_STATES} leaves them out of what it reads and
 * cannot set them. They accept only ON, OFF and INHERITED.
 */
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
  LOG_INSPECTION,
  /** Web reputation (REST only). */
  WEB_REPUTATION,
  /** Application control (REST only). */
  APPLICATION_CONTROL,
  /** Activity monitoring (REST only). */
  ACTIVITY_MONITORING;

  /**
   * Whether this module's state needs {@link io.dsm4j.Capability#EXTENDED_MODULE_STATES}.
   *
   * @return true for web reputation, application control and activity monitoring
   */
  public boolean extended() {
    return switch (this) {
      case ANTI_MALWARE, FIREWALL, INTRUSION_PREVENTION, INTEGRITY_MONITORING, LOG_INSPECTION ->
          false;
      case WEB_REPUTATION, APPLICATION_CONTROL, ACTIVITY_MONITORING -> true;
    };
  }
}
