package io.dsm4j.testkit.internal;

import static io.dsm4j.testkit.internal.RestCall.ints;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A computer as REST JSON (with {@code expand}) and as SOAP host detail and status transports. */
final class ComputerWire {
  private ComputerWire() {}

  /** Marks an {@code expand} set asked with {@code overrides=true} (not an expand value). */
  static final String OWN_ONLY = " overrides";

  static ObjectNode json(Store s, ComputerRec c, Set<String> expand) {
    boolean all = expand.contains("all");
    boolean modules = all || expand.contains("allSecurityModules");
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("hostName", c.hostName);
    o.put("displayName", c.displayName);
    o.put("description", c.description);
    o.put("lastIPUsed", Fleet.ip(c));
    o.put("platform", c.platform);
    o.put("groupID", c.groupId == null ? 0 : c.groupId);
    if (c.policyId != null) {
      o.put("policyID", c.policyId);
    }
    o.put("relayListID", 0);
    if (c.activated) {
      o.put("agentFingerPrint", fingerprint(c));
    }
    if (c.lastAgentCommunication != null) {
      o.put("lastAgentCommunication", c.lastAgentCommunication.toEpochMilli());
    }
    if (c.lastSendPolicyRequest != null) {
      o.put("lastSendPolicyRequest", c.lastSendPolicyRequest.toEpochMilli());
    }
    if (c.lastSendPolicySuccess != null) {
      o.put("lastSendPolicySuccess", c.lastSendPolicySuccess.toEpochMilli());
    }
    o.put("agentVersion", c.agentVersion);
    if (all || expand.contains("computerStatus")) {
      ObjectNode st = o.putObject("computerStatus");
      st.put("agentStatus", Fleet.restAgentStatus(c));
      ArrayNode msgs = st.putArray("agentStatusMessages");
      Fleet.messages(c).forEach(msgs::add);
    }
    if (all || expand.contains("securityUpdates")) {
      ObjectNode su = o.putObject("securityUpdates");
      su.putObject("updateStatus").put("status", "active").put("statusMessage", "Up-to-date");
      su.put(
          "lastChanged",
          c.lastSendPolicySuccess == null
              ? s.now().toEpochMilli()
              : c.lastSendPolicySuccess.toEpochMilli());
    }
    if (expand.contains("computerSettings")) {
      ObjectNode settings = o.putObject("computerSettings");
      SimSettings.computerAll(s, c, expand.contains(OWN_ONLY))
          .forEach((name, value) -> settings.putObject(name).put("value", value));
    }
    if (all || expand.contains("tasks")) {
      o.putObject("tasks").putArray("agentTasks");
    }
    if ((all || expand.contains("interfaces")) && !Fleet.ip(c).isEmpty()) {
      ObjectNode ifs = o.putObject("interfaces");
      ObjectNode eth = ifs.putArray("interfaces").addObject();
      eth.put("ID", c.id * 10 + 1);
      eth.put("name", c.family == Recs.Platform.LINUX ? "eth0" : "Ethernet0");
      eth.put("detected", true);
      eth.put("MAC", String.format("02:00:00:00:%02x:%02x", c.id / 256, c.id % 256));
      eth.put("DHCP", false);
      eth.putArray("IPs").add(Fleet.ip(c));
    }
    if (c.instanceId != null
        && (all
            || expand.contains("allVirtualMachineSummaries")
            || expand.contains("ec2VirtualMachineSummary"))) {
      ObjectNode ec2 = o.putObject("ec2VirtualMachineSummary");
      ec2.put("cloudProvider", "AWS");
      ec2.put("accountID", c.accountId);
      ec2.put("operatingSystem", c.platform);
      ec2.put("privateIPAddress", Fleet.ip(c));
      ec2.put("availabilityZone", c.zone);
      ec2.put("instanceID", c.instanceId);
      ec2.put("type", "t3.medium");
      ec2.put("state", c.activated ? "POWER ON" : "POWER OFF");
    }
    o.put("hostGUID", c.hostGuid);
    o.put("ID", c.id);
    for (SecurityModule m : SecurityModule.values()) {
      String key = Names.restModuleKey(m);
      if (!(modules || expand.contains(key))) {
        continue;
      }
      ModuleState st = Fleet.moduleState(s, c, m);
      ObjectNode ext = o.putObject(key);
      ext.put("state", Names.restState(m, st));
      RuleKind k = Names.ruleKind(m);
      TreeSet<Integer> ids =
          k == null || !c.activated ? new TreeSet<>() : Recommendations.computerEffective(s, c, k);
      ObjectNode ms = ext.putObject("moduleStatus");
      ms.put("agentStatus", st == ModuleState.OFF ? "inactive" : "active");
      ms.put(
          "agentStatusMessage",
          !c.activated
              ? "Not Activated"
              : st == ModuleState.OFF
                  ? "Off, not installed"
                  : "On"
                      + (st == ModuleState.REAL_TIME ? ", Real Time" : "")
                      + (k == null ? "" : ", " + ids.size() + " rules"));
      if (k != null && !ids.isEmpty()) {
        ints(ext.putArray("ruleIDs"), ids);
      }
      if (k == RuleKind.INTRUSION_PREVENTION) {
        TreeSet<Integer> apps = PolicyTree.appTypesFor(s, ids, new TreeSet<>());
        if (!apps.isEmpty()) {
          ints(ext.putArray("applicationTypeIDs"), apps);
        }
      }
    }
    return o;
  }

  private static String fingerprint(ComputerRec c) {
    long h = Store.mix(c.id * 977L + c.hostName.hashCode());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(String.format("%02X", (h >>> ((i % 8) * 8)) & 0xff ^ i * 17 & 0xff));
    }
    return sb.toString();
  }

  private static String policyName(Store s, Integer id) {
    PolicyRec p = id == null ? null : s.policies.get(id);
    return p == null ? null : p.name;
  }

  static Map<String, Object> hostDetail(Store s, ComputerRec c) {
    Recommendations.settle(s, c);
    Map<String, Object> m = new HashMap<>();
    m.put("ID", c.id);
    m.put("description", c.description);
    m.put("name", c.hostName);
    m.put("displayName", c.displayName);
    m.put("external", c.externalId != null);
    m.put("externalID", c.externalId);
    m.put("hostGroupID", c.groupId);
    m.put("hostType", "STANDARD");
    m.put("platform", c.platform);
    m.put("securityProfileID", c.policyId);
    m.put("antiMalwareClassicPatternVersion", "18.451.00");
    m.put("antiMalwareEngineVersion", "12.500.1008");
    m.put("antiMalwareSmartScanPatternVersion", "2.845.00");
    m.put("antiMalwareSpywarePatternVersion", "2.581.00");
    GroupRec g = c.groupId == null ? null : s.groups.get(c.groupId);
    if (c.instanceId != null) {
      m.put("cloudObjectInstanceId", c.instanceId);
      m.put("cloudObjectType", "AMAZON_VM");
    }
    m.put("hostGroupName", g == null ? "Computers" : g.name);
    m.put("hostLight", Fleet.light(c));
    m.put("lastAnitMalwareScheduledScan", null);
    m.put("lastAntiMalwareManualScan", c.lastAntiMalwareScan);
    m.put("lastIPUsed", Fleet.ip(c));
    m.put("light", Fleet.status(c).ordinal());
    m.put("locked", false);
    for (SecurityModule mod : SecurityModule.values()) {
      String key =
          switch (mod) {
            case ANTI_MALWARE -> "overallAntiMalwareStatus";
            case FIREWALL -> "overallFirewallStatus";
            case INTRUSION_PREVENTION -> "overallDpiStatus";
            case INTEGRITY_MONITORING -> "overallIntegrityMonitoringStatus";
            case LOG_INSPECTION -> "overallLogInspectionStatus";
            case WEB_REPUTATION -> "overallWebReputationStatus";
            case APPLICATION_CONTROL, ACTIVITY_MONITORING -> null; // not in the host details
          };
      if (key != null) {
        m.put(key, Fleet.soapModuleText(s, c, mod));
      }
    }
    m.put("overallLastRecommendationScan", c.lastRecommendationScan);
    m.put("overallLastSuccessfulCommunication", c.lastAgentCommunication);
    m.put("overallLastSuccessfulUpdate", c.lastSendPolicySuccess);
    m.put("overallStatus", Fleet.messages(c).get(0));
    m.put("overallVersion", c.agentVersion);
    m.put("securityProfileName", policyName(s, c.policyId));
    return m;
  }

  static Map<String, Object> hostStatus(Store s, ComputerRec c) {
    Map<String, Object> d = hostDetail(s, c);
    Map<String, Object> m = new HashMap<>();
    for (String k :
        List.of(
            "overallAntiMalwareStatus",
            "overallDpiStatus",
            "overallFirewallStatus",
            "overallIntegrityMonitoringStatus",
            "overallLastSuccessfulCommunication",
            "overallLastSuccessfulUpdate",
            "overallLogInspectionStatus",
            "overallStatus",
            "overallWebReputationStatus")) {
      m.put(k, d.get(k));
    }
    m.put("applianceID", 0);
    m.put("esxServerID", 0);
    m.put("locked", false);
    Map<String, Object> agent = new HashMap<>();
    agent.put("dpiStatus", d.get("overallDpiStatus"));
    agent.put("firewallStatus", d.get("overallFirewallStatus"));
    agent.put("integrityMonitoringStatus", d.get("overallIntegrityMonitoringStatus"));
    agent.put("logInspectionStatus", d.get("overallLogInspectionStatus"));
    agent.put("antiMalwareStatus", d.get("overallAntiMalwareStatus"));
    agent.put("webReputationStatus", d.get("overallWebReputationStatus"));
    agent.put("lastSuccessfulCommunication", c.lastAgentCommunication);
    agent.put("lastSuccessfulUpdate", c.lastSendPolicySuccess);
    agent.put("protectionType", "AGENT");
    agent.put("state", !c.activated ? "INSTALLED" : c.offline ? "OFFLINE" : "ACTIVATED");
    agent.put("stateDescription", d.get("overallStatus"));
    agent.put("status", Fleet.messages(c).get(0));
    agent.put("version", c.agentVersion);
    m.put("protectionStatusTransports", List.of(agent));
    return m;
  }
}
