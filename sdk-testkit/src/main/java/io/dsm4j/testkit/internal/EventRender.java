package io.dsm4j.testkit.internal;

import io.dsm4j.model.EventKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.EventRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Turns compact event records into SOAP event transports; strings derive from the variant. */
final class EventRender {
  private EventRender() {}

  private static final String[] IPS_ACTIONS = {"Reset", "Log", "Drop"};
  private static final String[] FW_REASONS = {
    "Out Of Connection", "Invalid Flags", "Policy", "Dropped Retransmit", "Unsolicited UDP"
  };
  private static final String[] MALWARE = {
    "Eicar_test_file",
    "TROJ_GEN.R002C0DKL23",
    "Ransom.Win32.WANNACRY.SMALL",
    "HEUR_OLEXP.B",
    "PUA.Win32.Miner.A"
  };
  private static final String[] URLS = {
    "http://malicious.example.net/payload.exe", "http://phish.example.org/login",
    "http://cnc.example.com/beacon", "http://ads.example.info/track"
  };
  private static final String[] RISKS = {
    "SUSPICIOUS", "HIGHLYSUSPICIOUS", "DANGEROUS", "UNTESTED", "BLOCKEDBYADMINISTRATOR"
  };
  private static final String[][] SYSTEM = {
    {"300", "Recommendation Scan Completed", "Info"},
    {"700", "Agent Software Upgraded", "Info"},
    {"730", "Events Retrieved", "Info"},
    {"600", "User Signed In", "Info"},
    {"2300", "Alert Raised", "Warning"},
    {"250", "Computer Updated", "Info"},
    {"900", "Manager Started", "Info"}
  };

  private static String sourceIp(int v) {
    return "203.0." + (v >>> 8 & 0x7f) + "." + (1 + (v & 0xfd));
  }

  static Map<String, Object> render(Store s, EventKind kind, EventRec e) {
    Map<String, Object> m = new HashMap<>();
    ComputerRec host = e.hostId() == null ? null : s.computers.get(e.hostId());
    Instant t = Instant.ofEpochMilli(e.timeMillis());
    int v = e.variant();
    String hostName = host == null ? null : host.hostName;
    switch (kind) {
      case INTRUSION_PREVENTION, FIREWALL -> {
        boolean ips = kind == EventKind.INTRUSION_PREVENTION;
        if (ips) {
          m.put("DPIEventID", e.id());
          m.put("DPIRuleID", e.ruleId() == 0 ? null : e.ruleId());
          RuleRec r = s.catalog(RuleKind.INTRUSION_PREVENTION).get(e.ruleId());
          m.put("reason", r == null ? "Rule " + e.ruleId() : r.name);
          m.put("action", IPS_ACTIONS[v % IPS_ACTIONS.length]);
        } else {
          m.put("firewallEventID", e.id());
          m.put("reason", FW_REASONS[v % FW_REASONS.length]);
          m.put("action", v % 3 == 0 ? "Log Only" : "Deny");
          m.put("frameType", "IP");
        }
        m.put("destinationIP", host == null ? null : host.lastIp);
        m.put("destinationMAC", "02:00:00:00:00:01");
        m.put("destinationPort", Integer.toString(new int[] {80, 443, 22, 445, 3389}[v % 5]));
        m.put("direction", v % 7 == 0 ? "Outgoing" : "Incoming");
        m.put("driverTime", e.timeMillis());
        m.put("eventOrigin", "AGENT");
        m.put("flags", "ACK PSH");
        m.put("flow", "0");
        m.put("hostID", e.hostId());
        m.put("hostName", hostName);
        m.put("iface", "eth0");
        m.put("packetSize", 60 + v % 1400);
        m.put("protocol", v % 5 == 3 ? "UDP" : "TCP");
        m.put("rank", 25 + v % 100);
        m.put("repeatCount", 1 + v % 3);
        m.put("sourceIP", sourceIp(v));
        m.put("sourceMAC", "02:00:00:00:00:02");
        m.put("sourcePort", Integer.toString(1024 + v % 60000));
        m.put("startTime", t);
      }
      case ANTI_MALWARE -> {
        m.put("antiMalwareConfigID", 1);
        m.put("antiMalwareEventID", e.id());
        m.put("endTime", t);
        m.put("hostID", e.hostId());
        m.put(
            "infectedFilePath",
            (v % 2 == 0 ? "/tmp/" : "C:\\Users\\Public\\") + "sample" + (v % 97) + ".bin");
        m.put("infectionSource", "Local");
        m.put("logDate", t);
        m.put("malwareName", MALWARE[v % MALWARE.length]);
        m.put("malwareType", v % 4 == 0 ? "SPYWARE" : "GENERAL");
        m.put("scanResultAction1", 3);
        m.put("scanType", v % 3 == 0 ? "MANUAL" : "REALTIME");
        m.put("startTime", t);
        m.put("scanAction1", 3);
        m.put("summaryScanResult", v % 5 == 0 ? "Deleted" : "Quarantined");
      }
      case WEB_REPUTATION -> {
        m.put("hostID", e.hostId());
        m.put("hostName", hostName);
        m.put("logTime", t);
        m.put("rank", 25 + v % 100);
        m.put("risk", RISKS[v % RISKS.length]);
        m.put("url", URLS[v % URLS.length]);
        m.put("webReputationEventID", e.id());
      }
      case INTEGRITY_MONITORING -> {
        RuleRec r = s.catalog(RuleKind.INTEGRITY_MONITORING).get(e.ruleId());
        m.put("change", new String[] {"Created", "Updated", "Deleted", "Renamed"}[v % 4]);
        m.put("description", r == null ? "Integrity change" : r.name);
        m.put("hostID", e.hostId());
        m.put("hostName", hostName);
        m.put("integrityEventID", e.id());
        m.put("integrityRuleID", e.ruleId() == 0 ? null : e.ruleId());
        m.put("key", "/etc/file" + (v % 50) + ".conf");
        m.put("logTime", t);
        m.put("process", "/usr/bin/vi");
        m.put("rank", 25 + v % 100);
        m.put("reason", r == null ? "Integrity change" : r.name);
        m.put("severity", r == null || r.severity == null ? "MEDIUM" : r.severity.name());
        m.put("type", "File");
        m.put("user", "root");
      }
      case LOG_INSPECTION -> {
        RuleRec r = s.catalog(RuleKind.LOG_INSPECTION).get(e.ruleId());
        m.put("action", "Alert");
        m.put("description", r == null ? "Log inspection event" : r.name);
        m.put("groups", "syslog,authentication_failed");
        m.put("hostID", e.hostId());
        m.put("hostName", hostName);
        m.put(
            "location",
            host != null && host.family == Recs.Platform.WINDOWS ? "WinEvtLog" : "/var/log/secure");
        m.put("logInspectionEventID", e.id());
        m.put("logInspectionRuleID", e.ruleId() == 0 ? null : e.ruleId());
        m.put("logTime", t);
        m.put("message", "authentication failure; user=user" + (v % 20));
        m.put("programName", "sshd");
        m.put("rank", 25 + v % 100);
        m.put("reason", r == null ? "Log inspection event" : r.name);
        m.put("ruleID", 100000 + v % 9999);
        m.put("severity", Integer.toString(v % 16));
        m.put("sourceIP", sourceIp(v));
      }
      case SYSTEM -> {
        String[] kindOf = SYSTEM[v % SYSTEM.length];
        m.put("actionPerformedBy", host == null ? "System" : "Agent");
        m.put("description", kindOf[1] + (hostName == null ? "" : " on " + hostName));
        m.put("event", kindOf[1]);
        m.put("eventID", Integer.parseInt(kindOf[0]));
        m.put("eventOrigin", host == null ? "MANAGER" : "AGENT");
        m.put("managerHostname", "dsm4j-simulator");
        m.put("systemEventID", (int) e.id());
        m.put("target", hostName == null ? "dsm4j-simulator" : hostName);
        m.put("targetID", e.hostId() == null ? null : (long) e.hostId());
        m.put("targetType", host == null ? "Manager" : "Host");
        m.put("time", t);
        m.put("type", kindOf[2]);
      }
    }
    return m;
  }
}
