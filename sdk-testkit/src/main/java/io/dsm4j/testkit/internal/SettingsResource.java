package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Manager-wide and policy settings the SDK reads (session limits, rule-update auto-apply). */
final class SettingsResource implements Resource {
  @Override
  public void routes(RestRoutes rest) {
    rest.on("systemsettings").get(this::systemSettings).otherwise(RestRoutes.NOT_FOUND);
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op("systemSettingGet", this::systemSettingGet);
    soap.op("securityProfileSettingGet", this::securityProfileSettingGet);
  }

  private ObjectNode systemSettings(RestCall c) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.putObject("platformSettingUpdateRulesPolicyAutoApplyEnabled")
        .put("value", Boolean.toString(c.s.ruleUpdatesAutoApplied));
    return o;
  }

  private String systemSettingGet(Store s, XNode r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (XNode k : r.all("keys")) {
      String key = k.text();
      if (key == null || !key.matches("[A-Z][A-Z0-9_]*")) {
        throw new SoapFault(Kind.VALIDATION, "Invalid setting key '" + key + "'.");
      }
      out.add(setting(s, key));
    }
    return SoapOut.many("systemSettingGet", "EditableSettingStoredTransport", out);
  }

  private String securityProfileSettingGet(Store s, XNode r) {
    int policyId = SoapArgs.req(r, "securityProfileID");
    List<Map<String, Object>> out = new ArrayList<>();
    PolicyRec p = s.policies.get(policyId);
    if (p == null) {
      throw new SoapFault(Kind.MANAGER, "Security Profile " + policyId + " does not exist.");
    }
    for (XNode k : r.all("keys")) {
      Map<String, Object> m = setting(s, k.text());
      if ("CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES".equals(k.text())) {
        m.put("settingValue", Boolean.toString(p.autoApplyRecommendations));
        m.put("settingScope", "PROFILE");
      }
      out.add(m);
    }
    return SoapOut.many("securityProfileSettingGet", "EditableSettingStoredTransport", out);
  }

  private static Map<String, Object> setting(Store s, String key) {
    Map<String, Object> m = new HashMap<>();
    m.put("settingKey", key);
    String value;
    String unit = "NONE";
    switch (key) {
      case "SECURITY_MINUTESTOTIMEOUT" -> {
        value = Long.toString(Math.max(1, s.cfg.sessionIdleTimeout().toMinutes()));
        unit = "MINUTES";
      }
      case "SECURITY_ACTIVESESSIONSALLOWED" -> value = Integer.toString(s.cfg.maxSessions());
      case "CONFIGURATION_WEBSERVICEAPIENABLED" -> value = "true";
      case "CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS" ->
          value = Boolean.toString(s.ruleUpdatesAutoApplied);
      default -> value = "false";
    }
    m.put("settingUnit", unit);
    m.put("settingValue", value);
    m.put("settingScope", "SYSTEM");
    return m;
  }
}
