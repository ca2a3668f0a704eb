package io.dsm4j;

import io.dsm4j.model.CommonSetting;
import io.dsm4j.model.Setting;
import io.dsm4j.model.SettingScope;
import java.util.List;

/**
 * The settings of one scope: the manager ({@link Manager#systemSettings()}), the default policy
 * ({@link Policies#defaultSettings()}), a policy ({@link Policies#settings(int)}) or a computer
 * ({@link Computers#settings(int)}).
 *
 * <p>A setting is reached either as a {@link CommonSetting}, spelled for whichever backend answers,
 * or by the backend's own name: REST names are free strings ({@code
 * firewallSettingReconnaissanceEnabled}), SOAP names the enumeration {@code EnumEditableSettingKey}
 * ({@code CONFIGURATION_…}). A name the manager does not know fails with {@link
 * io.dsm4j.exception.InvalidRequestException}. Capabilities: {@link Capability#SYSTEM_SETTINGS},
 * {@link Capability#DEFAULT_POLICY_SETTINGS}, {@link Capability#POLICY_SETTINGS}, {@link
 * Capability#COMPUTER_SETTINGS}; resetting a system setting needs {@link
 * Capability#SYSTEM_SETTINGS_RESET} (SOAP has none). Through REST they need DSM 12.5 or later (the
 * single-setting paths do not exist in 11.3).
 *
 * <pre>{@code
 * Settings web = manager.policies().settings(policyId);
 * web.set(CommonSetting.IPS_AUTO_APPLY_RECOMMENDATIONS, "false");
 * web.reset("firewallSettingReconnaissanceEnabled"); // inherit again
 * }</pre>
 */
public interface Settings {
  /**
   * @return the scope these settings belong to
   */
  SettingScope scope();

  /**
   * Every setting the manager reports for the scope, with its value in effect there. SOAP has no
   * listing: it asks for every key of its enumeration.
   *
   * @return the settings, ordered by name
   */
  List<Setting> list();

  /**
   * @param name the backend's name of the setting
   * @return its value in effect in this scope
   * @throws IllegalArgumentException when the name is blank
   */
  Setting get(String name);

  /**
   * @param setting a common setting
   * @return its value in effect in this scope
   * @throws IllegalArgumentException when the setting does not exist in this scope
   */
  Setting get(CommonSetting setting);

  /**
   * Sets a value in this scope (a policy's or computer's own value overrides what it inherits).
   *
   * @param name the backend's name of the setting
   * @param value the new value (the manager's text form)
   * @return the setting afterwards
   */
  Setting set(String name, String value);

  /**
   * @param setting a common setting
   * @param value the new value (the manager's text form)
   * @return the setting afterwards
   */
  Setting set(CommonSetting setting, String value);

  /**
   * Removes this scope's own value, so that the setting is inherited again (the default value for
   * the system and the default policy).
   *
   * @param name the backend's name of the setting
   */
  void reset(String name);

  /**
   * @param setting a common setting
   */
  void reset(CommonSetting setting);
}
