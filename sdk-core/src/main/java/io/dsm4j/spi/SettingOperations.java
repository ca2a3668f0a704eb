package io.dsm4j.spi;

import io.dsm4j.model.Setting;
import io.dsm4j.model.SettingScope;
import java.util.List;

/**
 * Settings of every scope. The capability is the scope's ({@code SYSTEM_SETTINGS}, {@code
 * DEFAULT_POLICY_SETTINGS}, {@code POLICY_SETTINGS}, {@code COMPUTER_SETTINGS}; {@code
 * SYSTEM_SETTINGS_RESET} for {@link #reset} of a system setting). Names arrive in this backend's
 * spelling (the core translates {@code CommonSetting}s). Rules every backend follows: a name the
 * manager rejects is an {@link io.dsm4j.exception.InvalidRequestException}; a missing policy or
 * computer a {@link io.dsm4j.exception.NotFoundException}; {@link Setting#inherited()} is true only
 * when the manager says the value comes from a wider scope.
 *
 * <p>SPI: for backend implementors.
 */
public interface SettingOperations {

  /**
   * @param scope the scope
   * @return every setting the manager reports for it, in any order
   */
  List<Setting> list(SettingScope scope);

  /**
   * @param scope the scope
   * @param name the backend's name
   * @return the value in effect in the scope
   */
  Setting get(SettingScope scope, String name);

  /**
   * Sends only this one setting (never a whole settings object read before).
   *
   * @param scope the scope
   * @param name the backend's name
   * @param value the value
   * @return the setting afterwards
   */
  Setting set(SettingScope scope, String name, String value);

  /**
   * Removes the scope's own value.
   *
   * @param scope the scope
   * @param name the backend's name
   */
  void reset(SettingScope scope, String name);
}
