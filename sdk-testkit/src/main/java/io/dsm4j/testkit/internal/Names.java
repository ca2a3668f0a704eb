package io.dsm4j.testkit.internal;

import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import java.util.List;
import java.util.Locale;

/** Wire spellings shared by the REST and SOAP front ends. */
final class Names {
  private Names() {}

  /** The rule kinds with a security module of their own, in REST body order. */
  static final List<RuleKind> MODULE_KINDS =
      List.of(
          RuleKind.INTRUSION_PREVENTION,
          RuleKind.FIREWALL,
          RuleKind.INTEGRITY_MONITORING,
          RuleKind.LOG_INSPECTION);

  /** The REST path segment of a module's assignments, e.g. {@code intrusionprevention}. */
  static String moduleSegment(RuleKind k) {
    return restModuleKey(module(k)).toLowerCase(Locale.ROOT);
  }

  /** The rule kind a module assigns; null for anti-malware. */
  static RuleKind ruleKind(SecurityModule m) {
    return switch (m) {
      case FIREWALL -> RuleKind.FIREWALL;
      case INTRUSION_PREVENTION -> RuleKind.INTRUSION_PREVENTION;
      case INTEGRITY_MONITORING -> RuleKind.INTEGRITY_MONITORING;
      case LOG_INSPECTION -> RuleKind.LOG_INSPECTION;
      case ANTI_MALWARE, WEB_REPUTATION, APPLICATION_CONTROL, ACTIVITY_MONITORING -> null;
    };
  }

  static String missing(RuleKind k) {
    return switch (k) {
      case INTRUSION_PREVENTION -> "The intrusion prevention rule does not exist.";
      case FIREWALL -> "The firewall rule does not exist.";
      case INTEGRITY_MONITORING -> "The integrity monitoring rule does not exist.";
      case LOG_INSPECTION -> "The log inspection rule does not exist.";
      case APPLICATION_TYPE -> "The application type does not exist.";
    };
  }

  static SecurityModule module(RuleKind k) {
    return switch (k) {
      case INTRUSION_PREVENTION, APPLICATION_TYPE -> SecurityModule.INTRUSION_PREVENTION;
      case FIREWALL -> SecurityModule.FIREWALL;
      case INTEGRITY_MONITORING -> SecurityModule.INTEGRITY_MONITORING;
      case LOG_INSPECTION -> SecurityModule.LOG_INSPECTION;
    };
  }

  static String restModuleKey(SecurityModule m) {
    return switch (m) {
      case ANTI_MALWARE -> "antiMalware";
      case FIREWALL -> "firewall";
      case INTRUSION_PREVENTION -> "intrusionPrevention";
      case INTEGRITY_MONITORING -> "integrityMonitoring";
      case LOG_INSPECTION -> "logInspection";
      case WEB_REPUTATION -> "webReputation";
      case APPLICATION_CONTROL -> "applicationControl";
      case ACTIVITY_MONITORING -> "activityMonitoring";
    };
  }

  static String restState(SecurityModule m, ModuleState s) {
    return switch (s) {
      case ON -> m == SecurityModule.INTRUSION_PREVENTION ? "prevent" : "on";
      case DETECT -> "detect";
      case REAL_TIME -> "real-time";
      case INHERITED -> "inherited";
      default -> "off";
    };
  }

  /** Parses a REST module state; null when the value is not valid for the module. */
  static ModuleState parseRestState(SecurityModule m, String v) {
    return switch (v) {
      case "inherited" -> ModuleState.INHERITED;
      case "off" -> ModuleState.OFF;
      case "on" -> m == SecurityModule.INTRUSION_PREVENTION ? null : ModuleState.ON;
      case "prevent" -> m == SecurityModule.INTRUSION_PREVENTION ? ModuleState.ON : null;
      case "detect" -> m == SecurityModule.INTRUSION_PREVENTION ? ModuleState.DETECT : null;
      case "real-time" -> m == SecurityModule.INTEGRITY_MONITORING ? ModuleState.REAL_TIME : null;
      default -> null;
    };
  }

  static String soapState(SecurityModule m, ModuleState s) {
    return switch (s) {
      case ON -> "ON";
      case DETECT -> "PASSIVE";
      case REAL_TIME -> "REALTIME";
      case INHERITED -> "INHERITED";
      default -> "OFF";
    };
  }

  static ModuleState parseSoapState(SecurityModule m, String v) {
    if (v == null) {
      return null;
    }
    return switch (v.toUpperCase(Locale.ROOT)) {
      case "ON" -> ModuleState.ON;
      case "OFF" -> ModuleState.OFF;
      case "INHERITED" -> ModuleState.INHERITED;
      case "PASSIVE" -> m == SecurityModule.INTRUSION_PREVENTION ? ModuleState.DETECT : null;
      case "REALTIME" -> m == SecurityModule.INTEGRITY_MONITORING ? ModuleState.REAL_TIME : null;
      default -> null;
    };
  }
}
