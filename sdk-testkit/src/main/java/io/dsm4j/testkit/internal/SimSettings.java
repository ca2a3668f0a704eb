package io.dsm4j.testkit.internal;

import io.dsm4j.model.CommonSetting;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The simulator's settings model, shared by REST and SOAP: values are stored under one canonical
 * name (the REST name where {@link CommonSetting} maps a SOAP key to one, else the name as sent),
 * so a value set through one API is read through the other. A policy's value is its own, else its
 * parent's, …, else the default policy's, else the built-in default; a computer's is its own, else
 * its policy's. Where a value comes from is what SOAP reports as {@code settingScope}.
 */
final class SimSettings {
  private SimSettings() {}

  /** Where an effective value comes from. */
  enum From {
    SYSTEM,
    DEFAULT_POLICY,
    PROFILE,
    HOST
  }

  /** An effective value and its origin. */
  record Value(String value, From from) {}

  static final String IPS_AUTO = CommonSetting.IPS_AUTO_APPLY_RECOMMENDATIONS.restName();
  static final String RULE_UPDATES_AUTO = CommonSetting.RULE_UPDATES_AUTO_APPLY.restName();

  /** The REST policy-level settings the simulator knows, with their built-in defaults. */
  static final Map<String, String> POLICY_DEFAULTS = new LinkedHashMap<>();

  /** The REST system settings the simulator knows (values from the store and its config). */
  static final Set<String> SYSTEM_NAMES =
      Set.of(
          RULE_UPDATES_AUTO,
          CommonSetting.SESSION_IDLE_TIMEOUT.restName(),
          CommonSetting.MAX_ACTIVE_SESSIONS.restName(),
          "platformSettingUserSessionDurationMax");

  static {
    POLICY_DEFAULTS.put(IPS_AUTO, "false");
    POLICY_DEFAULTS.put(CommonSetting.INTEGRITY_AUTO_APPLY_RECOMMENDATIONS.restName(), "false");
    POLICY_DEFAULTS.put(
        CommonSetting.LOG_INSPECTION_AUTO_APPLY_RECOMMENDATIONS.restName(), "false");
    POLICY_DEFAULTS.put(CommonSetting.HEARTBEAT_INTERVAL.restName(), "10");
    POLICY_DEFAULTS.put("firewallSettingReconnaissanceEnabled", "true");
    POLICY_DEFAULTS.put("platformSettingRecommendationOngoingScansInterval", "7");
  }

  /** The name values are stored under. */
  static String canonical(String name) {
    CommonSetting c = CommonSetting.byName(name);
    return c == null ? name : c.restName();
  }

  /** A value must fit the setting: true/false for switches, digits for numbers. */
  static String check(
      String canon, String value, java.util.function.Function<String, RuntimeException> fail) {
    String def = POLICY_DEFAULTS.get(canon);
    boolean bool = "false".equals(def) || "true".equals(def) || RULE_UPDATES_AUTO.equals(canon);
    if (value == null) {
      throw fail.apply("A value is required for setting '" + canon + "'.");
    }
    if (bool && !value.equals("true") && !value.equals("false")) {
      throw fail.apply("Invalid value '" + value + "' for setting '" + canon + "': true or false.");
    }
    if (def != null && !bool && !value.matches("\\d{1,9}")) {
      throw fail.apply("Invalid value '" + value + "' for setting '" + canon + "': a number.");
    }
    return value;
  }

  // ------------------------------------------------------------------ system

  static String system(Store s, String canon) {
    String v = s.systemSettings.get(canon);
    if (v != null) {
      return v;
    }
    if (canon.equals(RULE_UPDATES_AUTO)) {
      return Boolean.toString(s.ruleUpdatesAutoApplied);
    }
    if (canon.equals(CommonSetting.SESSION_IDLE_TIMEOUT.restName())) {
      return Long.toString(Math.max(1, s.cfg.sessionIdleTimeout().toMinutes()));
    }
    if (canon.equals(CommonSetting.MAX_ACTIVE_SESSIONS.restName())) {
      return Integer.toString(s.cfg.maxSessions());
    }
    if (canon.equals("CONFIGURATION_WEBSERVICEAPIENABLED")) {
      return "true";
    }
    if (canon.equals("platformSettingUserSessionDurationMax")) {
      return "0";
    }
    return POLICY_DEFAULTS.getOrDefault(canon, "false");
  }

  static void setSystem(Store s, String canon, String value) {
    if (canon.equals(RULE_UPDATES_AUTO)) {
      s.ruleUpdatesAutoApplied = Boolean.parseBoolean(value);
      return;
    }
    s.systemSettings.put(canon, value);
  }

  static void resetSystem(Store s, String canon) {
    if (canon.equals(RULE_UPDATES_AUTO)) {
      s.ruleUpdatesAutoApplied = false;
    }
    s.systemSettings.remove(canon);
  }

  // ------------------------------------------------------------------ policies

  /** The policy's own value, or null. IPS auto-apply is always the policy's own (a field). */
  static String own(PolicyRec p, String canon) {
    if (canon.equals(IPS_AUTO)) {
      return Boolean.toString(p.autoApplyRecommendations);
    }
    return p.settings.get(canon);
  }

  static Value policy(Store s, PolicyRec p, String canon) {
    for (PolicyRec cur = p;
        cur != null;
        cur = cur.parentId == null ? null : s.policies.get(cur.parentId)) {
      String v = own(cur, canon);
      if (v != null) {
        return new Value(v, From.PROFILE);
      }
    }
    String d = s.defaultPolicySettings.get(canon);
    if (d != null) {
      return new Value(d, From.DEFAULT_POLICY);
    }
    return new Value(system(s, canon), From.SYSTEM);
  }

  /** Whether the policy itself (not a parent) holds the value. */
  static boolean isOwn(PolicyRec p, String canon) {
    return own(p, canon) != null;
  }

  static void setPolicy(PolicyRec p, String canon, String value) {
    if (canon.equals(IPS_AUTO)) {
      p.autoApplyRecommendations = Boolean.parseBoolean(value);
      return;
    }
    p.settings.put(canon, value);
  }

  static void resetPolicy(PolicyRec p, String canon) {
    if (canon.equals(IPS_AUTO)) {
      p.autoApplyRecommendations = false;
    }
    p.settings.remove(canon);
  }

  /** Every known policy-level setting: effective values, or with {@code own} only the own ones. */
  static Map<String, String> policyAll(Store s, PolicyRec p, boolean ownOnly) {
    Map<String, String> out = new TreeMap<>();
    for (String name : POLICY_DEFAULTS.keySet()) {
      if (ownOnly) {
        String v = own(p, name);
        if (v != null) {
          out.put(name, v);
        }
      } else {
        out.put(name, policy(s, p, name).value());
      }
    }
    if (ownOnly) {
      out.putAll(p.settings);
    }
    return out;
  }

  // ------------------------------------------------------------------ computers

  static Value computer(Store s, ComputerRec c, String canon) {
    String v = c.settings.get(canon);
    if (v != null) {
      return new Value(v, From.HOST);
    }
    PolicyRec p = c.policyId == null ? null : s.policies.get(c.policyId);
    if (p != null) {
      return policy(s, p, canon);
    }
    String d = s.defaultPolicySettings.get(canon);
    return d != null ? new Value(d, From.DEFAULT_POLICY) : new Value(system(s, canon), From.SYSTEM);
  }

  static Map<String, String> computerAll(Store s, ComputerRec c, boolean ownOnly) {
    Map<String, String> out = new TreeMap<>();
    if (ownOnly) {
      out.putAll(c.settings);
      return out;
    }
    for (String name : POLICY_DEFAULTS.keySet()) {
      out.put(name, computer(s, c, name).value());
    }
    return out;
  }

  // ------------------------------------------------------------------ default policy

  static String defaultPolicy(Store s, String canon) {
    String d = s.defaultPolicySettings.get(canon);
    return d != null ? d : POLICY_DEFAULTS.getOrDefault(canon, system(s, canon));
  }
}
