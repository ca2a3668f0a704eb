package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.Settings;
import io.dsm4j.model.CommonSetting;
import io.dsm4j.model.Setting;
import io.dsm4j.model.SettingScope;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.SettingOperations;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** {@link Settings} of one scope over {@link SettingOperations}. */
final class SettingsImpl implements Settings {
  private final CallPipeline pipeline;
  private final SettingScope scope;
  private final Capability capability;
  private final String prefix;

  SettingsImpl(CallPipeline pipeline, SettingScope scope) {
    this.pipeline = pipeline;
    this.scope = scope;
    this.capability =
        switch (scope.level()) {
          case SYSTEM -> Capability.SYSTEM_SETTINGS;
          case DEFAULT_POLICY -> Capability.DEFAULT_POLICY_SETTINGS;
          case POLICY -> Capability.POLICY_SETTINGS;
          case COMPUTER -> Capability.COMPUTER_SETTINGS;
        };
    this.prefix =
        switch (scope.level()) {
          case SYSTEM -> "systemSettings";
          case DEFAULT_POLICY -> "policies.defaultSettings";
          case POLICY -> "policies.settings";
          case COMPUTER -> "computers.settings";
        };
  }

  @Override
  public SettingScope scope() {
    return scope;
  }

  private <T> T call(String op, Capability cap, boolean read, Function<SettingOperations, T> fn) {
    return pipeline.call(
        prefix + "." + op, cap, null, read, BackendConnection::settings, "settings", fn);
  }

  @Override
  public List<Setting> list() {
    // SOAP asks for every key of its enumeration at once: a bulk call.
    List<Setting> all =
        pipeline.bulkCall(
            prefix + ".list",
            capability,
            null,
            true,
            BackendConnection::settings,
            "settings",
            g -> g.list(scope));
    return all.stream().sorted(Comparator.comparing(Setting::name)).toList();
  }

  @Override
  public Setting get(String name) {
    Args.name(name, "setting name");
    return call("get", capability, true, g -> g.get(scope, name));
  }

  @Override
  public Setting get(CommonSetting setting) {
    return get(spelled("get", capability, setting));
  }

  @Override
  public Setting set(String name, String value) {
    Args.name(name, "setting name");
    Objects.requireNonNull(value, "value");
    return call("set", capability, false, g -> g.set(scope, name, value));
  }

  @Override
  public Setting set(CommonSetting setting, String value) {
    return set(spelled("set", capability, setting), value);
  }

  @Override
  public void reset(String name) {
    Args.name(name, "setting name");
    Capability cap =
        scope.level() == SettingScope.Level.SYSTEM ? Capability.SYSTEM_SETTINGS_RESET : capability;
    call(
        "reset",
        cap,
        false,
        g -> {
          g.reset(scope, name);
          return null;
        });
  }

  @Override
  public void reset(CommonSetting setting) {
    Capability cap =
        scope.level() == SettingScope.Level.SYSTEM ? Capability.SYSTEM_SETTINGS_RESET : capability;
    reset(spelled("reset", cap, setting));
  }

  /** The common setting's name on the backend the call will be routed to. */
  private String spelled(String op, Capability cap, CommonSetting setting) {
    Objects.requireNonNull(setting, "setting");
    if (!setting.levels().contains(scope.level())) {
      throw new IllegalArgumentException(
          setting
              + " is not a setting of the "
              + scope.level().name().toLowerCase(java.util.Locale.ROOT)
              + " scope");
    }
    return setting.nameFor(pipeline.route(prefix + "." + op, cap, null).backend());
  }
}
