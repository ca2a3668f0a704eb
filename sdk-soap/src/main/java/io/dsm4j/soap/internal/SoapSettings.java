package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.Setting;
import io.dsm4j.model.SettingScope;
import io.dsm4j.soap.internal.generated.EditableSettingStoredTransport;
import io.dsm4j.soap.internal.generated.EditableSettingTransport;
import io.dsm4j.spi.SettingOperations;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings over {@code systemSetting{Get,Set}}, {@code securityProfileSetting{Get,Set,Clear}} and
 * {@code hostSetting{Get,Set,Clear}}. Names are the {@code EnumEditableSettingKey} literals; a name
 * outside that enumeration is refused before sending. A value is inherited when its {@code
 * settingScope} is wider than the scope asked. A set sends the setting back with the unit the
 * manager reported (read first), only the value changed.
 */
final class SoapSettings implements SettingOperations {
  private final SoapClient client;

  SoapSettings(SoapClient client) {
    this.client = client;
  }

  @Override
  public List<Setting> list(SettingScope scope) {
    return read(scope, SettingKeys.all()).stream().map(t -> setting(scope, t)).toList();
  }

  @Override
  public Setting get(SettingScope scope, String name) {
    return setting(scope, one(scope, name));
  }

  @Override
  public Setting set(SettingScope scope, String name, String value) {
    EditableSettingStoredTransport current = one(scope, name);
    EditableSettingTransport t = new EditableSettingTransport();
    t.setSettingKey(name);
    t.setSettingUnit(current.getSettingUnit());
    t.setSettingValue(value);
    List<EditableSettingTransport> body = List.of(t);
    switch (scope.level()) {
      case SYSTEM ->
          client.call(
              "systemSettingSet",
              false,
              (p, s) -> {
                p.systemSettingSet(body, s);
                return null;
              });
      case POLICY ->
          client.call(
              "securityProfileSettingSet",
              false,
              (p, s) -> {
                p.securityProfileSettingSet(scope.id(), body, s);
                return null;
              });
      case COMPUTER ->
          client.call(
              "hostSettingSet",
              false,
              (p, s) -> {
                p.hostSettingSet(scope.id(), body, s);
                return null;
              });
      case DEFAULT_POLICY -> throw unsupported(scope);
    }
    return new Setting(name, value, false);
  }

  @Override
  public void reset(SettingScope scope, String name) {
    List<String> keys = List.of(checked(name, "reset"));
    switch (scope.level()) {
      case POLICY ->
          client.call(
              "securityProfileSettingClear",
              false,
              (p, s) -> {
                p.securityProfileSettingClear(scope.id(), keys, s);
                return null;
              });
      case COMPUTER ->
          client.call(
              "hostSettingClear",
              false,
              (p, s) -> {
                p.hostSettingClear(scope.id(), keys, s);
                return null;
              });
      case SYSTEM, DEFAULT_POLICY -> throw unsupported(scope);
    }
  }

  private EditableSettingStoredTransport one(SettingScope scope, String name) {
    List<EditableSettingStoredTransport> got = read(scope, List.of(checked(name, "get")));
    for (EditableSettingStoredTransport t : got) {
      if (name.equals(t.getSettingKey())) {
        return t;
      }
    }
    // The manager answered without the key asked for: nothing to show as its value.
    EditableSettingStoredTransport none = new EditableSettingStoredTransport();
    none.setSettingKey(name);
    return none;
  }

  private List<EditableSettingStoredTransport> read(SettingScope scope, List<String> keys) {
    List<EditableSettingStoredTransport> got =
        switch (scope.level()) {
          case SYSTEM ->
              client.call("systemSettingGet", true, (p, s) -> p.systemSettingGet(keys, s));
          case POLICY ->
              client.call(
                  "securityProfileSettingGet",
                  true,
                  (p, s) -> p.securityProfileSettingGet(scope.id(), keys, s));
          case COMPUTER ->
              client.call("hostSettingGet", true, (p, s) -> p.hostSettingGet(scope.id(), keys, s));
          case DEFAULT_POLICY -> throw unsupported(scope);
        };
    List<EditableSettingStoredTransport> out = new ArrayList<>();
    if (got != null) {
      for (EditableSettingStoredTransport t : got) {
        if (t != null && t.getSettingKey() != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static Setting setting(SettingScope scope, EditableSettingStoredTransport t) {
    String from = t.getSettingScope();
    boolean inherited =
        from != null
            && switch (scope.level()) {
              case POLICY -> !"PROFILE".equals(from.trim());
              case COMPUTER -> !"HOST".equals(from.trim());
              case SYSTEM, DEFAULT_POLICY -> false;
            };
    return new Setting(t.getSettingKey(), t.getSettingValue(), inherited);
  }

  private static String checked(String name, String what) {
    if (!SettingKeys.known(name)) {
      throw new InvalidRequestException(
          "'"
              + name
              + "' is not a SOAP setting name (EnumEditableSettingKey, e.g."
              + " CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES); REST names differ",
          "settings." + what,
          Backend.SOAP,
          0,
          null,
          null);
    }
    return name;
  }

  /** The core never routes these here: the capabilities do not declare them. */
  private static IllegalStateException unsupported(SettingScope scope) {
    return new IllegalStateException("SOAP has no " + scope.level() + " settings operation");
  }
}
