package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.ComputerResource.COMPUTER;
import static io.dsm4j.testkit.internal.PolicyResource.POLICY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.CommonSetting;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import io.dsm4j.testkit.internal.SimSettings.From;
import io.dsm4j.testkit.internal.SimSettings.Value;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of every scope ({@link SimSettings} holds the model): REST {@code /systemsettings},
 * {@code /policies/default}, {@code …/settings/{name}} of the system, the default policy, policies
 * and computers; SOAP {@code systemSetting{Get,Set}}, {@code securityProfileSetting{Get,Set,Clear}}
 * and {@code hostSetting{Get,Set,Clear}}.
 */
final class SettingsResource implements Resource {
  private static final RestRoutes.Param<String> NAME =
      RestRoutes.Param.lazy("name", (s, seg) -> seg);

  @Override
  public void routes(RestRoutes rest) {
    rest.on("systemsettings").get(this::systemSettings).otherwise(RestRoutes.NOT_FOUND);
    rest.on("systemsettings", NAME)
        .get(c -> value(SimSettings.system(c.s, systemName(c))))
        .post(
            c -> {
              String n = systemName(c);
              SimSettings.setSystem(
                  c.s, n, SimSettings.check(n, bodyValue(c), m -> new Fail(400, m)));
              return value(SimSettings.system(c.s, n));
            })
        .delete(
            c -> {
              String n = systemName(c);
              SimSettings.resetSystem(c.s, n);
              return value(SimSettings.system(c.s, n));
            });
    rest.on("policies", "default").get(this::defaultSettings);
    rest.on("policies", "default", "settings", NAME)
        .get(c -> value(SimSettings.defaultPolicy(c.s, policyName(c))))
        .post(
            c -> {
              String n = policyName(c);
              c.s.defaultPolicySettings.put(
                  n, SimSettings.check(n, bodyValue(c), m -> new Fail(400, m)));
              return value(SimSettings.defaultPolicy(c.s, n));
            })
        .delete(
            c -> {
              String n = policyName(c);
              c.s.defaultPolicySettings.remove(n);
              return value(SimSettings.defaultPolicy(c.s, n));
            });
    rest.on("policies", POLICY, "settings", NAME)
        .get(c -> policyValue(c, c.get(POLICY), policyName(c)))
        .post(
            c -> {
              String n = policyName(c);
              SimSettings.setPolicy(
                  c.get(POLICY), n, SimSettings.check(n, bodyValue(c), m -> new Fail(400, m)));
              return policyValue(c, c.get(POLICY), n);
            })
        .delete(
            c -> {
              String n = policyName(c);
              SimSettings.resetPolicy(c.get(POLICY), n);
              return policyValue(c, c.get(POLICY), n);
            });
    rest.on("computers", COMPUTER, "settings", NAME)
        .get(c -> computerValue(c, c.get(COMPUTER), policyName(c)))
        .post(
            c -> {
              String n = policyName(c);
              c.get(COMPUTER)
                  .settings
                  .put(n, SimSettings.check(n, bodyValue(c), m -> new Fail(400, m)));
              return computerValue(c, c.get(COMPUTER), n);
            })
        .delete(
            c -> {
              String n = policyName(c);
              c.get(COMPUTER).settings.remove(n);
              return computerValue(c, c.get(COMPUTER), n);
            });
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op("systemSettingGet", this::systemSettingGet);
    soap.op("systemSettingSet", this::systemSettingSet);
    soap.op("securityProfileSettingGet", this::securityProfileSettingGet);
    soap.op("securityProfileSettingSet", this::securityProfileSettingSet);
    soap.op("securityProfileSettingClear", this::securityProfileSettingClear);
    soap.op("hostSettingGet", this::hostSettingGet);
    soap.op("hostSettingSet", this::hostSettingSet);
    soap.op("hostSettingClear", this::hostSettingClear);
  }

  // ------------------------------------------------------------------ REST

  private ObjectNode systemSettings(RestCall c) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    for (String name : new java.util.TreeSet<>(SimSettings.SYSTEM_NAMES)) {
      o.putObject(name).put("value", SimSettings.system(c.s, name));
    }
    return o;
  }

  private ObjectNode defaultSettings(RestCall c) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    for (String name : new java.util.TreeSet<>(SimSettings.POLICY_DEFAULTS.keySet())) {
      o.putObject(name).put("value", SimSettings.defaultPolicy(c.s, name));
    }
    return o;
  }

  private static String systemName(RestCall c) {
    String n = c.get(NAME);
    if (!SimSettings.SYSTEM_NAMES.contains(n)) {
      throw new Fail(400, "Invalid system setting name '" + n + "'.");
    }
    return n;
  }

  private static String policyName(RestCall c) {
    String n = c.get(NAME);
    if (!SimSettings.POLICY_DEFAULTS.containsKey(n)) {
      throw new Fail(400, "Invalid setting name '" + n + "'.");
    }
    return n;
  }

  private static String bodyValue(RestCall c) {
    return RestCall.optString(c.objectBody(), "value");
  }

  private static ObjectNode value(String v) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("value", v);
    return o;
  }

  /** With overrides=true only a value the object holds itself; else the effective value. */
  private static JsonNode policyValue(RestCall c, PolicyRec p, String n) {
    if (c.flag("overrides")) {
      String own = SimSettings.own(p, n);
      return own == null ? RestCall.JSON.createObjectNode() : value(own);
    }
    return value(SimSettings.policy(c.s, p, n).value());
  }

  private static JsonNode computerValue(RestCall c, ComputerRec comp, String n) {
    if (c.flag("overrides")) {
      String own = comp.settings.get(n);
      return own == null ? RestCall.JSON.createObjectNode() : value(own);
    }
    return value(SimSettings.computer(c.s, comp, n).value());
  }

  // ------------------------------------------------------------------ SOAP

  private static List<String> keys(XNode r) {
    List<String> out = new ArrayList<>();
    for (XNode k : r.all("keys")) {
      out.add(key(k.text()));
    }
    return out;
  }

  private static String key(String key) {
    if (key == null || !key.matches("[A-Z_][A-Z0-9_]*")) {
      throw new SoapFault(Kind.VALIDATION, "Invalid setting key '" + key + "'.");
    }
    return key;
  }

  /** The {@code editableSettings} of a set: SOAP key to value. */
  private static Map<String, String> edits(XNode r) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (XNode e : r.all("editableSettings")) {
      XNode k = e.child("settingKey");
      XNode v = e.child("settingValue");
      String canon = SimSettings.canonical(key(k == null ? null : k.text()));
      out.put(
          canon,
          SimSettings.check(
              canon, v == null ? null : v.text(), m -> new SoapFault(Kind.VALIDATION, m)));
    }
    return out;
  }

  private static Map<String, Object> transport(String key, Value v) {
    Map<String, Object> m = new HashMap<>();
    m.put("settingKey", key);
    m.put(
        "settingUnit",
        key.equals(CommonSetting.SESSION_IDLE_TIMEOUT.soapName()) ? "MINUTES" : "NONE");
    m.put("settingValue", v.value());
    m.put("settingScope", v.from() == From.DEFAULT_POLICY ? "SYSTEM" : v.from().name());
    return m;
  }

  private String systemSettingGet(Store s, XNode r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String key : keys(r)) {
      out.add(
          transport(
              key, new Value(SimSettings.system(s, SimSettings.canonical(key)), From.SYSTEM)));
    }
    return SoapOut.many("systemSettingGet", "EditableSettingStoredTransport", out);
  }

  private String systemSettingSet(Store s, XNode r) {
    edits(r).forEach((k, v) -> SimSettings.setSystem(s, k, v));
    return SoapOut.empty("systemSettingSet");
  }

  private static PolicyRec policy(Store s, XNode r) {
    int policyId = SoapArgs.req(r, "securityProfileID");
    PolicyRec p = s.policies.get(policyId);
    if (p == null) {
      throw new SoapFault(Kind.MANAGER, "Security Profile " + policyId + " does not exist.");
    }
    return p;
  }

  private static ComputerRec host(Store s, XNode r) {
    int hostId = SoapArgs.req(r, "hostID");
    ComputerRec c = s.computers.get(hostId);
    if (c == null) {
      throw new SoapFault(Kind.MANAGER, "Host " + hostId + " does not exist.");
    }
    return c;
  }

  private String securityProfileSettingGet(Store s, XNode r) {
    PolicyRec p = policy(s, r);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String key : keys(r)) {
      out.add(transport(key, SimSettings.policy(s, p, SimSettings.canonical(key))));
    }
    return SoapOut.many("securityProfileSettingGet", "EditableSettingStoredTransport", out);
  }

  private String securityProfileSettingSet(Store s, XNode r) {
    PolicyRec p = policy(s, r);
    edits(r).forEach((k, v) -> SimSettings.setPolicy(p, k, v));
    return SoapOut.empty("securityProfileSettingSet");
  }

  private String securityProfileSettingClear(Store s, XNode r) {
    PolicyRec p = policy(s, r);
    keys(r).forEach(k -> SimSettings.resetPolicy(p, SimSettings.canonical(k)));
    return SoapOut.empty("securityProfileSettingClear");
  }

  private String hostSettingGet(Store s, XNode r) {
    ComputerRec c = host(s, r);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String key : keys(r)) {
      out.add(transport(key, SimSettings.computer(s, c, SimSettings.canonical(key))));
    }
    return SoapOut.many("hostSettingGet", "EditableSettingStoredTransport", out);
  }

  private String hostSettingSet(Store s, XNode r) {
    ComputerRec c = host(s, r);
    edits(r).forEach(c.settings::put);
    return SoapOut.empty("hostSettingSet");
  }

  private String hostSettingClear(Store s, XNode r) {
    ComputerRec c = host(s, r);
    keys(r).forEach(k -> c.settings.remove(SimSettings.canonical(k)));
    return SoapOut.empty("hostSettingClear");
  }
}
