package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Settings;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.CommonSetting;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Setting;
import io.dsm4j.model.SettingScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings of every scope: system, default policy, policy, computer. Part of the suite. */
public interface SettingsContract extends ContractFixture {
  CommonSetting INTEGRITY_AUTO = CommonSetting.INTEGRITY_AUTO_APPLY_RECOMMENDATIONS;

  private Backend settingsBackend(Capability c) {
    return manager().backendFor(c, null).orElseThrow();
  }

  @Test
  default void policySettings_setGetReset_changeOnlyThatPolicy() {
    Policy parent = state().addPolicy(ContractFixture.unique("tck-set"), null);
    Policy child = state().addPolicy(ContractFixture.unique("tck-set-child"), parent.id());
    Settings settings = manager().policies().settings(parent.id());

    Setting set = settings.set(INTEGRITY_AUTO, "true");

    assertThat(set.value()).isEqualTo("true");
    assertThat(state().ownSetting(SettingScope.policy(parent.id()), INTEGRITY_AUTO.restName()))
        .contains("true");
    assertThat(state().ownSetting(SettingScope.policy(child.id()), INTEGRITY_AUTO.restName()))
        .isEmpty();
    Setting read = settings.get(INTEGRITY_AUTO);
    assertThat(read.value()).isEqualTo("true");
    assertThat(read.inherited()).isFalse();
    assertThat(read.name())
        .isEqualTo(INTEGRITY_AUTO.nameFor(settingsBackend(Capability.POLICY_SETTINGS)));
    Setting inChild = manager().policies().settings(child.id()).get(INTEGRITY_AUTO);
    assertThat(inChild.value()).isEqualTo("true");
    if (settingsBackend(Capability.POLICY_SETTINGS) == Backend.REST) {
      // SOAP reports only "from a policy", not which one.
      assertThat(inChild.inherited()).isTrue();
    }

    settings.reset(INTEGRITY_AUTO);

    assertThat(state().ownSetting(SettingScope.policy(parent.id()), INTEGRITY_AUTO.restName()))
        .isEmpty();
    Setting after = settings.get(INTEGRITY_AUTO);
    assertThat(after.value()).isEqualTo("false");
    assertThat(after.inherited()).isTrue();
  }

  @Test
  default void policySettings_byTheBackendsOwnName() {
    Policy p = state().addPolicy(ContractFixture.unique("tck-byname"), null);
    Backend b = settingsBackend(Capability.POLICY_SETTINGS);
    String own = CommonSetting.HEARTBEAT_INTERVAL.nameFor(b);
    String other =
        CommonSetting.HEARTBEAT_INTERVAL.nameFor(b == Backend.REST ? Backend.SOAP : Backend.REST);

    manager().policies().settings(p.id()).set(own, "20");

    assertThat(state().ownSetting(SettingScope.policy(p.id()), own)).contains("20");
    int before = state().requestCount();
    assertThatThrownBy(() -> manager().policies().settings(p.id()).get(other))
        .isInstanceOf(InvalidRequestException.class);
    if (b == Backend.SOAP) {
      // A name outside SOAP's enumeration is refused before sending.
      assertThat(state().requestCount()).isEqualTo(before);
    }
  }

  @Test
  default void policySettings_list_showsOwnAndInheritedValues() {
    Policy p = state().addPolicy(ContractFixture.unique("tck-list"), null);
    Settings settings = manager().policies().settings(p.id());
    settings.set(INTEGRITY_AUTO, "true");

    List<Setting> all = settings.list();

    Backend b = settingsBackend(Capability.POLICY_SETTINGS);
    assertThat(all).extracting(Setting::name).isSorted().doesNotHaveDuplicates();
    assertThat(all).contains(new Setting(INTEGRITY_AUTO.nameFor(b), "true", false));
    assertThat(all)
        .filteredOn(
            s ->
                s.name().equals(CommonSetting.LOG_INSPECTION_AUTO_APPLY_RECOMMENDATIONS.nameFor(b)))
        .singleElement()
        .satisfies(s -> assertThat(s.inherited()).isTrue());
  }

  @Test
  default void policySettings_ofAMissingPolicy_throwNotFound() {
    assertThatThrownBy(() -> manager().policies().settings(987_661).get(INTEGRITY_AUTO))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void computerSettings_overrideThePolicy_andResetInheritsAgain() {
    Computer c = state().computers().get(2);
    Policy p = state().addPolicy(ContractFixture.unique("tck-comp-set"), null);
    manager().computers().assignPolicy(p.id(), List.of(c.id()));
    manager().policies().settings(p.id()).set(INTEGRITY_AUTO, "true");
    Settings settings = manager().computers().settings(c.id());

    Setting fromPolicy = settings.get(INTEGRITY_AUTO);
    assertThat(fromPolicy.value()).isEqualTo("true");
    assertThat(fromPolicy.inherited()).isTrue();

    settings.set(INTEGRITY_AUTO, "false");

    assertThat(state().ownSetting(SettingScope.computer(c.id()), INTEGRITY_AUTO.restName()))
        .contains("false");
    assertThat(settings.get(INTEGRITY_AUTO))
        .isEqualTo(
            new Setting(
                INTEGRITY_AUTO.nameFor(settingsBackend(Capability.COMPUTER_SETTINGS)),
                "false",
                false));
    assertThat(settings.list())
        .contains(
            new Setting(
                INTEGRITY_AUTO.nameFor(settingsBackend(Capability.COMPUTER_SETTINGS)),
                "false",
                false));

    settings.reset(INTEGRITY_AUTO);

    assertThat(state().ownSetting(SettingScope.computer(c.id()), INTEGRITY_AUTO.restName()))
        .isEmpty();
    assertThat(settings.get(INTEGRITY_AUTO).value()).isEqualTo("true");
  }

  @Test
  default void systemSettings_setAndGet_andResetWhereTheBackendCan() {
    CommonSetting timeout = CommonSetting.SESSION_IDLE_TIMEOUT;
    Settings system = manager().systemSettings();
    String before = system.get(timeout).value();
    try {
      system.set(timeout, "45");

      assertThat(state().ownSetting(SettingScope.system(), timeout.restName())).contains("45");
      assertThat(system.get(timeout).value()).isEqualTo("45");
      assertThat(system.get(timeout).inherited()).isFalse();
      assertThat(system.list())
          .extracting(Setting::name)
          .contains(timeout.nameFor(settingsBackend(Capability.SYSTEM_SETTINGS)));
    } finally {
      system.set(timeout, before);
    }
    if (supports(Capability.SYSTEM_SETTINGS_RESET)) {
      system.set(timeout, "46");
      system.reset(timeout);
      assertThat(state().ownSetting(SettingScope.system(), timeout.restName())).isEmpty();
    } else {
      assertUnsupported(() -> system.reset(timeout));
    }
  }

  @Test
  default void systemSettings_aPolicySettingIsNotOne() {
    assertThatThrownBy(() -> manager().systemSettings().get(INTEGRITY_AUTO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  default void defaultPolicySettings_areInheritedByTopLevelPolicies_whereSupported() {
    CommonSetting heartbeat = CommonSetting.HEARTBEAT_INTERVAL;
    Settings defaults = manager().policies().defaultSettings();
    if (!supports(Capability.DEFAULT_POLICY_SETTINGS)) {
      assertUnsupported(() -> defaults.get(heartbeat));
      assertUnsupported(() -> defaults.set(heartbeat, "5"));
      return;
    }
    Policy top = state().addPolicy(ContractFixture.unique("tck-default"), null);
    try {
      defaults.set(heartbeat, "5");

      assertThat(state().ownSetting(SettingScope.defaultPolicy(), heartbeat.restName()))
          .contains("5");
      assertThat(defaults.get(heartbeat).value()).isEqualTo("5");
      Setting inTop = manager().policies().settings(top.id()).get(heartbeat);
      assertThat(inTop.value()).isEqualTo("5");
      assertThat(inTop.inherited()).isTrue();
      assertThat(defaults.list()).extracting(Setting::name).contains(heartbeat.restName());
    } finally {
      defaults.reset(heartbeat);
    }
    assertThat(state().ownSetting(SettingScope.defaultPolicy(), heartbeat.restName())).isEmpty();
  }
}
