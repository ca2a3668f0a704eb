package io.dsm4j.soap.internal;

/**
 * The literals of the WSDL's enumerated simple types that dsm4j sends or reads.
 *
 * <p>The stubs bind every enumerated simple type to {@code String} ({@code
 * src/main/wsdl/bindings.xml}): a JAXB enum would turn a literal a newer manager added into null,
 * and a read-modify-write save would then send that field back as {@code xsi:nil}, resetting it on
 * the manager. As strings, whatever the manager sent goes back unchanged.
 *
 * <p>Each enum here is named after its WSDL type without the {@code Enum} prefix, and each
 * constant's {@link Enum#name() name} is the WSDL literal exactly: what dsm4j sends is always one
 * of the WSDL's values ({@code WsdlEnumsTest} checks them against {@code Manager.wsdl}). What it
 * receives is read with {@link #parse}, which is tolerant: a literal not listed here is null, as
 * JAXB made it before.
 */
final class WsdlEnums {
  private WsdlEnums() {}

  /**
   * A received literal as a constant of {@code type}.
   *
   * @return the constant whose name is the trimmed literal, or null when the literal is nil or one
   *     the WSDL does not list
   */
  static <E extends Enum<E>> E parse(Class<E> type, String wire) {
    if (wire == null) {
      return null;
    }
    String s = wire.trim();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    return null;
  }

  /**
   * A received literal, checked.
   *
   * @return the trimmed literal when {@code type} lists it, else null
   */
  /**
   * A received literal as text, trimmed, whether or not this WSDL lists it: for event details,
   * which pass values through rather than interpret them (a newer manager's value is kept).
   */
  static String text(String wire) {
    if (wire == null || wire.isBlank()) {
      return null;
    }
    return wire.trim();
  }

  static <E extends Enum<E>> String known(Class<E> type, String wire) {
    E e = parse(type, wire);
    return e == null ? null : e.name();
  }

  // ---------------------------------------------------------------- policies

  /** {@code EnumSecurityProfileDPIState}. */
  enum SecurityProfileDPIState {
    ON,
    OFF,
    PASSIVE,
    INHERITED
  }

  /** {@code EnumSecurityProfileIntegrityState}. */
  enum SecurityProfileIntegrityState {
    REALTIME,
    ON,
    OFF,
    INHERITED
  }

  /** {@code EnumSecurityProfileAntiMalwareState}. */
  enum SecurityProfileAntiMalwareState {
    ON,
    OFF,
    INHERITED
  }

  /** {@code EnumSecurityProfileFirewallState}. */
  enum SecurityProfileFirewallState {
    ON,
    OFF,
    INHERITED
  }

  /** {@code EnumSecurityProfileLogInspectionState}. */
  enum SecurityProfileLogInspectionState {
    ON,
    OFF,
    INHERITED
  }

  /** {@code EnumSecurityProfileRecommendationState}. */
  enum SecurityProfileRecommendationState {
    OFF,
    ONGOING
  }

  // ---------------------------------------------------------------- rules, updates

  /** {@code EnumDPIRuleSeverity}. */
  enum DPIRuleSeverity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
  }

  /** {@code EnumIntegrityRuleSeverity}. */
  enum IntegrityRuleSeverity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
  }

  /** {@code EnumSecurityUpdateAppliedState}. */
  enum SecurityUpdateAppliedState {
    APPLIED,
    APPLIED_CURRENT,
    NOT_APPLIED
  }

  // ---------------------------------------------------------------- computers

  /** {@code EnumHostDetailLevel}. */
  enum HostDetailLevel {
    LOW,
    MEDIUM,
    HIGH
  }

  /** {@code EnumHostFilterType}. */
  enum HostFilterType {
    ALL_HOSTS,
    HOSTS_IN_GROUP,
    HOSTS_USING_SECURITY_PROFILE,
    HOSTS_IN_GROUP_AND_ALL_SUBGROUPS,
    SPECIFIC_HOST,
    MY_HOSTS
  }

  /** {@code EnumHostLight}: the computer's status light. */
  enum HostLight {
    GREEN,
    YELLOW,
    RED,
    GREY
  }

  /** {@code EnumCloudObjectType}. */
  enum CloudObjectType {
    AMAZON_VM,
    VCLOUD_VM
  }

  /** {@code EnumExternalFilterType}. */
  enum ExternalFilterType {
    ALL_EXT_HOSTS,
    HOSTS_IN_EXT_GROUP,
    HOSTS_IN_EXT_GROUP_AND_ALL_SUBGROUPS,
    SPECIFIC_EXT_HOST
  }

  // ---------------------------------------------------------------- events

  /** {@code EnumTimeFilterType}. */
  enum TimeFilterType {
    LAST_HOUR,
    LAST_24_HOURS,
    LAST_7_DAYS,
    CUSTOM_RANGE,
    SPECIFIC_TIME,
    PREVIOUS_MONTH
  }

  /** {@code EnumOperator}. */
  enum Operator {
    GREATER_THAN,
    LESS_THAN,
    EQUAL
  }

  /** {@code EnumEventOrigin}. */
  enum EventOrigin {
    UNKNOWN,
    AGENT,
    GUESTAGENT,
    APPLIANCEAGENT,
    MANAGER
  }

  /** {@code EnumMalwareType}. */
  enum MalwareType {
    GENERAL,
    SPYWARE
  }

  /** {@code EnumAntiMalwareScanType}. */
  enum AntiMalwareScanType {
    REALTIME,
    MANUAL,
    SCHEDULED,
    QUICK
  }

  /** {@code EnumWebReputationEventRisk}. */
  enum WebReputationEventRisk {
    SUSPICIOUS,
    HIGHLYSUSPICIOUS,
    DANGEROUS,
    UNTESTED,
    BLOCKEDBYADMINISTRATOR
  }

  // ---------------------------------------------------------------- anti-malware configurations

  /** {@code EnumAntiMalwareConfigType}. */
  enum AntiMalwareConfigType {
    CONFIGURATIONTYPE_RTS,
    CONFIGURATIONTYPE_ODS
  }

  /** {@code EnumAntiMalwareFoldersToScan}. */
  enum AntiMalwareFoldersToScan {
    ALLFOLDERS,
    SPECIFIEDFOLDERS
  }

  /** {@code EnumAntiMalwareFilesToScan}. */
  enum AntiMalwareFilesToScan {
    ALLFILES,
    INTELLISCAN,
    EXTLISTSCAN
  }
}
