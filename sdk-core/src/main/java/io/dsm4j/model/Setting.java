package io.dsm4j.model;

import java.util.Objects;

/**
 * One setting's value in a scope.
 *
 * <pre>{@code
 * Setting s = manager.policies().settings(12).get(CommonSetting.IPS_AUTO_APPLY_RECOMMENDATIONS);
 * System.out.println(s.name() + " = " + s.value() + (s.inherited() ? " (inherited)" : ""));
 * }</pre>
 *
 * @param name the name as the backend spells it (REST {@code
 *     intrusionPreventionSettingAutoApplyRecommendationsEnabled}, SOAP {@code
 *     CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES})
 * @param value the value as the manager holds it (always text; empty when unset)
 * @param inherited true when the value is not set in this scope but comes from a wider one (a
 *     parent policy, the default policy, the system); always false for system settings
 */
public record Setting(String name, String value, boolean inherited) {

  /**
   * Validates the components.
   *
   * @param name the name as the backend spells it
   * @param value the value as the manager holds it (null is read as empty)
   * @param inherited true when the value comes from a wider scope
   */
  public Setting {
    Objects.requireNonNull(name, "name");
    value = value == null ? "" : value;
  }
}
