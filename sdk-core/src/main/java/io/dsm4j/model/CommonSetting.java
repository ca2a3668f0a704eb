package io.dsm4j.model;

import io.dsm4j.Backend;
import java.util.EnumSet;
import java.util.Set;

/**
 * The settings people script most, with their spelling on each backend in one table. Any other
 * setting is reached by its backend's own name ({@code Settings.get(String)}): REST names are free
 * strings such as {@code firewallSettingReconnaissanceEnabled}, SOAP names the closed enumeration
 * {@code EnumEditableSettingKey} ({@code CONFIGURATION_…}, {@code SECURITY_…}).
 *
 * <p>Values are the manager's text on both backends: {@code true}/{@code false} for switches, a
 * number for the counts and durations (in the unit the backend uses).
 */
public enum CommonSetting {
  /** Assign recommended intrusion prevention rules automatically. */
  IPS_AUTO_APPLY_RECOMMENDATIONS(
      "intrusionPreventionSettingAutoApplyRecommendationsEnabled",
      "CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES",
      false),
  /** Assign recommended integrity monitoring rules automatically. */
  INTEGRITY_AUTO_APPLY_RECOMMENDATIONS(
      "integrityMonitoringSettingAutoApplyRecommendationsEnabled",
      "CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYINTEGRITYRULES",
      false),
  /** Assign recommended log inspection rules automatically. */
  LOG_INSPECTION_AUTO_APPLY_RECOMMENDATIONS(
      "logInspectionSettingAutoApplyRecommendationsEnabled",
      "CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYLOGINSPECTIONRULES",
      false),
  /** The agents' heartbeat interval. */
  HEARTBEAT_INTERVAL(
      "platformSettingHeartbeatInterval", "CONFIGURATION_DEFAULTHEARTBEATPERIOD", false),
  /** Apply new rule updates (security updates) to policies automatically. */
  RULE_UPDATES_AUTO_APPLY(
      "platformSettingUpdateRulesPolicyAutoApplyEnabled",
      "CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS",
      true),
  /** Minutes of inactivity after which a user session ends. */
  SESSION_IDLE_TIMEOUT("platformSettingUserSessionIdleTimeout", "SECURITY_MINUTESTOTIMEOUT", true),
  /** How many sessions one user may have at once. */
  MAX_ACTIVE_SESSIONS("platformSettingActiveSessionsMax", "SECURITY_ACTIVESESSIONSALLOWED", true);

  private final String restName;
  private final String soapName;
  private final boolean system;

  CommonSetting(String restName, String soapName, boolean system) {
    this.restName = restName;
    this.soapName = soapName;
    this.system = system;
  }

  /**
   * @return the REST name ({@code /api} settings objects and {@code …/settings/{name}})
   */
  public String restName() {
    return restName;
  }

  /**
   * @return the SOAP name ({@code EnumEditableSettingKey})
   */
  public String soapName() {
    return soapName;
  }

  /**
   * @param backend {@link Backend#REST} or {@link Backend#SOAP}
   * @return the name that backend uses
   * @throws IllegalArgumentException for {@link Backend#AUTO}
   */
  public String nameFor(Backend backend) {
    return switch (backend) {
      case REST -> restName;
      case SOAP -> soapName;
      case AUTO -> throw new IllegalArgumentException("a setting name is per backend, not AUTO");
    };
  }

  /**
   * @return the scopes the setting exists in: the system, or the policies (default policy, policy,
   *     computer)
   */
  public Set<SettingScope.Level> levels() {
    return system
        ? EnumSet.of(SettingScope.Level.SYSTEM)
        : EnumSet.of(
            SettingScope.Level.DEFAULT_POLICY,
            SettingScope.Level.POLICY,
            SettingScope.Level.COMPUTER);
  }

  /**
   * @param name a setting name in either spelling
   * @return the common setting with that REST or SOAP name, or null
   */
  public static @org.jspecify.annotations.Nullable CommonSetting byName(String name) {
    for (CommonSetting s : values()) {
      if (s.restName.equals(name) || s.soapName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
