package io.dsm4j.rest.internal;

import io.dsm4j.model.Setting;
import io.dsm4j.model.SettingScope;
import io.dsm4j.rest.internal.SettingsApi.SettingsHolder;
import io.dsm4j.rest.internal.dto.Dtos.SettingValue;
import io.dsm4j.spi.SettingOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import retrofit2.Call;

/**
 * Settings of every scope over {@code /api}: a scope's list from its whole object ({@code
 * /systemsettings}, {@code /policies/default}, {@code /policies/{id}}, {@code
 * /computers/{id}?expand=computerSettings}), one setting through {@code …/settings/{name}}. Whether
 * a policy's or computer's value is its own is what the manager answers with {@code overrides=true}
 * (only the values set on the object itself).
 */
final class RestSettings implements SettingOperations {
  private static final List<String> EXPAND_SETTINGS = List.of("computerSettings");

  private final RestClient client;
  private final SettingsApi api;

  RestSettings(RestClient client) {
    this.client = client;
    this.api = client.service(SettingsApi.class);
  }

  @Override
  public List<Setting> list(SettingScope scope) {
    Map<String, SettingValue> values = map(client.require(listCall(scope, false)), scope);
    Map<String, SettingValue> own =
        hasParent(scope) ? map(client.require(listCall(scope, true)), scope) : values;
    List<Setting> out = new ArrayList<>(values.size());
    values.forEach(
        (name, v) -> out.add(new Setting(name, v == null ? "" : v.value(), !isSet(own.get(name)))));
    return out;
  }

  @Override
  public Setting get(SettingScope scope, String name) {
    SettingValue v = client.require(getCall(scope, name, false));
    boolean inherited = hasParent(scope) && !isSet(client.exec(getCall(scope, name, true)));
    return new Setting(name, v.value(), inherited);
  }

  @Override
  public Setting set(SettingScope scope, String name, String value) {
    SettingValue body = new SettingValue(value);
    SettingValue v =
        client.require(
            switch (scope.level()) {
              case SYSTEM -> api.setSystem(name, body);
              case DEFAULT_POLICY -> api.setDefault(name, body);
              case POLICY -> api.setPolicy(scope.id(), name, false, body);
              case COMPUTER -> api.setComputer(scope.id(), name, false, body);
            });
    return new Setting(name, v.value(), false);
  }

  @Override
  public void reset(SettingScope scope, String name) {
    client.exec(
        switch (scope.level()) {
          case SYSTEM -> api.resetSystem(name);
          case DEFAULT_POLICY -> api.resetDefault(name);
          case POLICY -> api.resetPolicy(scope.id(), name, false);
          case COMPUTER -> api.resetComputer(scope.id(), name, false);
        });
  }

  /** Policies and computers inherit; the system and the default policy hold their own values. */
  private static boolean hasParent(SettingScope scope) {
    return scope.level() == SettingScope.Level.POLICY
        || scope.level() == SettingScope.Level.COMPUTER;
  }

  /** With overrides=true the manager answers an inherited setting without a value. */
  private static boolean isSet(SettingValue v) {
    return v != null && v.value() != null;
  }

  private Call<SettingValue> getCall(SettingScope scope, String name, boolean overrides) {
    return switch (scope.level()) {
      case SYSTEM -> api.getSystem(name);
      case DEFAULT_POLICY -> api.getDefault(name);
      case POLICY -> api.getPolicy(scope.id(), name, overrides);
      case COMPUTER -> api.getComputer(scope.id(), name, overrides);
    };
  }

  private Call<?> listCall(SettingScope scope, boolean overrides) {
    return switch (scope.level()) {
      case SYSTEM -> api.listSystem();
      case DEFAULT_POLICY -> api.listDefault();
      case POLICY -> api.listPolicy(scope.id(), overrides);
      case COMPUTER -> api.listComputer(scope.id(), EXPAND_SETTINGS, overrides);
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, SettingValue> map(Object answer, SettingScope scope) {
    Map<String, SettingValue> m;
    if (answer instanceof SettingsHolder h) {
      m = scope.level() == SettingScope.Level.POLICY ? h.policySettings() : h.computerSettings();
    } else {
      m = (Map<String, SettingValue>) answer;
    }
    return m == null ? Map.of() : m;
  }
}
