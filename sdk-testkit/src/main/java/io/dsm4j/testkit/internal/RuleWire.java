package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A catalog rule as REST JSON, as a SOAP rule transport and as the public {@link Rule}. */
final class RuleWire {
  private RuleWire() {}

  static Rule toRule(RuleRec r) {
    return new Rule(
        r.kind,
        r.id,
        r.name,
        r.description,
        r.identifier,
        r.severity,
        r.cves,
        r.cvss,
        r.kind == RuleKind.INTRUSION_PREVENTION ? r.detectOnly : null,
        r.appTypeId,
        r.issued,
        r.lastUpdated);
  }

  private static String sev(Severity v) {
    return v == null ? null : v.name().toLowerCase(Locale.ROOT);
  }

  static ObjectNode json(RuleRec r) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("name", r.name);
    o.put("description", r.description);
    switch (r.kind) {
      case INTRUSION_PREVENTION -> {
        o.put("minimumAgentVersion", "10.0.0.0");
        if (r.appTypeId != null) {
          o.put("applicationTypeID", r.appTypeId);
        }
        o.put("priority", r.priority);
        o.put("severity", sev(r.severity));
        o.put("detectOnly", r.detectOnly);
        o.put("eventLoggingDisabled", r.disableEvent);
        o.put("generateEventOnPacketDrop", true);
        o.put("alwaysIncludePacketData", r.includePacketData);
        o.put("debugModeEnabled", false);
        o.put("type", r.type);
        o.put("originalIssue", r.issued.toEpochMilli());
        o.put("lastUpdated", r.lastUpdated.toEpochMilli());
        o.put("identifier", r.identifier);
        o.put("template", "custom");
        if (r.ruleXml != null) {
          o.put("customXML", r.ruleXml);
        }
        if (!r.dependsOn.isEmpty()) {
          var deps = o.putArray("dependsOnRuleIDs");
          for (int d : r.dependsOn) {
            deps.add(d);
          }
        }
        o.put("alertEnabled", r.raiseAlert);
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("canBeAssignedAlone", true);
        o.put("ID", r.id);
        if (r.cvss != null) {
          o.put("CVSSScore", String.valueOf(r.cvss));
        }
        if (!r.cves.isEmpty()) {
          ArrayNode a = o.putArray("CVE");
          r.cves.forEach(a::add);
        }
      }
      case FIREWALL -> {
        o.put("action", r.action);
        o.put("priority", r.priority);
        o.put("direction", r.direction);
        o.put("frameType", "ip");
        o.put("frameNot", false);
        o.put("protocol", r.protocol);
        o.put("protocolNot", false);
        o.put("sourceIPType", "any");
        o.put("sourceIPNot", false);
        o.put("sourceMACType", "any");
        o.put("sourceMACNot", false);
        o.put("sourcePortType", "any");
        o.put("sourcePortNot", false);
        o.put("destinationIPType", "any");
        o.put("destinationIPNot", false);
        o.put("destinationMACType", "any");
        o.put("destinationMACNot", false);
        if (r.protocol.equals("icmp")) {
          o.put("destinationPortType", "any");
        } else {
          o.put("destinationPortType", "multiple");
          o.putArray("destinationPortMultiple").add(r.ports);
        }
        o.put("destinationPortNot", false);
        o.put("anyFlags", true);
        o.put("logDisabled", r.disableEvent);
        o.put("includePacketData", r.includePacketData);
        o.put("alertEnabled", r.raiseAlert);
        o.put("ID", r.id);
      }
      case INTEGRITY_MONITORING -> {
        o.put("minimumAgentVersion", "9.0.0.0");
        o.put("severity", sev(r.severity));
        o.put("type", "2");
        o.put("originalIssue", r.issued.toEpochMilli());
        o.put("lastUpdated", r.lastUpdated.toEpochMilli());
        o.put("identifier", r.identifier);
        o.put("template", "custom");
        o.put(
            "customXML",
            Base64.getEncoder().encodeToString(r.customXml.getBytes(StandardCharsets.UTF_8)));
        o.put("alertEnabled", r.raiseAlert);
        o.put("realTimeMonitoringEnabled", r.realTime);
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("ID", r.id);
      }
      case LOG_INSPECTION -> {
        o.put("minimumAgentVersion", "9.0.0.0");
        o.put("type", "2");
        o.put("originalIssue", r.issued.toEpochMilli());
        o.put("lastUpdated", r.lastUpdated.toEpochMilli());
        o.put("identifier", r.identifier);
        o.put("template", "custom");
        o.put("level", r.level);
        o.put("ruleXML", r.ruleXml != null ? r.ruleXml : RuleXml.logInspection(r));
        o.put("alertEnabled", r.raiseAlert);
        o.put("alertMinimumSeverity", 6);
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("sortOrder", 15000);
        o.put("canBeAssignedAlone", true);
        o.put("ID", r.id);
      }
      case APPLICATION_TYPE -> {
        o.put("minimumAgentVersion", "6.0.0.0");
        o.put("direction", r.direction);
        o.put("protocol", r.protocol);
        o.put("portType", "multiple");
        ArrayNode a = o.putArray("portMultiple");
        for (String port : r.ports.split(",")) {
          a.add(port);
        }
        o.put("recommendationsMode", r.ignoreRecommendations ? "ignored" : "enabled");
        o.put("ID", r.id);
      }
    }
    r.restFields.forEach((k, v) -> o.set(k, RestCall.JSON.valueToTree(v)));
    return o;
  }

  private static String tbuid(RuleRec r) {
    long h = Store.mix(r.id * 131L + r.kind.ordinal());
    return String.format(
        "%08x-%04x-4%03x-a%03x-%012x",
        h >>> 32,
        (h >>> 16) & 0xffff,
        h & 0xfff,
        (h >>> 8) & 0xfff,
        Store.mix(h) & 0xffffffffffffL);
  }

  private static String upper(String v) {
    return v == null ? null : v.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The SOAP rule transport's values (field order comes from the WSDL). */
  static Map<String, Object> soap(Store s, RuleRec r) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", r.id);
    m.put("description", r.description);
    m.put("name", r.name);
    switch (r.kind) {
      case INTRUSION_PREVENTION -> {
        m.put("TBUID", tbuid(r));
        m.put("applicationTypeID", r.appTypeId);
        m.put("authoritative", r.authoritative);
        m.put("cvssScore", r.cvss == null ? 0.0 : r.cvss);
        m.put("detectOnly", r.detectOnly);
        m.put("disableEvent", r.disableEvent);
        m.put("eventOnPacketDrop", true);
        m.put("eventOnPacketModify", false);
        m.put("identifier", r.identifier);
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        m.put("includePacketData", r.includePacketData);
        m.put("issued", r.issued);
        m.put("priority", upper(r.priority));
        m.put("raiseAlert", r.raiseAlert);
        m.put("ruleXML", r.ruleXml != null ? r.ruleXml : RuleXml.ips(s.cfg.seed(), r));
        m.put("severity", r.severity == null ? null : r.severity.name());
        m.put("templateType", "CUSTOM_XML");
        m.put("cveNumbers", r.cves.isEmpty() ? null : String.join(", ", r.cves));
      }
      case FIREWALL -> {
        m.put("action", upper(r.action));
        m.put("anyFlags", true);
        m.put("destinationIPType", "ANY");
        m.put("destinationMACType", "ANY");
        boolean icmp = r.protocol.equals("icmp");
        m.put("destinationPortType", icmp ? "ANY" : "PORTS");
        m.put("destinationPorts", icmp ? null : r.ports);
        m.put("disabledLog", r.disableEvent);
        m.put("frameType", "IP");
        m.put("packetDirection", upper(r.direction));
        m.put(
            "priority",
            List.of("LOWEST", "LOW", "NORMAL", "HIGH", "HIGHEST")
                .get(Integer.parseInt(r.priority)));
        m.put("protocolNumber", icmp ? 1 : r.protocol.equals("udp") ? 17 : 6);
        m.put("protocolType", upper(r.protocol));
        m.put("raiseAlert", r.raiseAlert);
        m.put("sourceIPType", "ANY");
        m.put("sourceMACType", "ANY");
        m.put("sourcePortType", "ANY");
      }
      case INTEGRITY_MONITORING -> {
        m.put("TBUID", tbuid(r));
        m.put("authoritative", r.authoritative);
        m.put("content", r.customXml);
        m.put("identifier", r.identifier);
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        m.put("issued", r.issued);
        m.put("minAgentVersion", "9.0.0.0");
        m.put("minManagerVersion", "9.0.0");
        m.put("raiseAlert", r.raiseAlert);
        m.put("severity", r.severity == null ? null : r.severity.name());
      }
      case LOG_INSPECTION -> {
        m.put("TBUID", tbuid(r));
        m.put("alertMinSeverity", 6);
        m.put("authoritative", r.authoritative);
        m.put("content", r.ruleXml != null ? r.ruleXml : RuleXml.logInspection(r));
        m.put("files", r.files);
        m.put("identifier", r.identifier);
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        m.put("issued", r.issued);
        m.put("minAgentVersion", "9.0.0.0");
        m.put("minManagerVersion", "9.0.0");
        m.put("raiseAlert", r.raiseAlert);
      }
      case APPLICATION_TYPE -> {
        m.put("TBUID", tbuid(r));
        m.put("authoritative", r.authoritative);
        m.put("direction", upper(r.direction));
        m.put("ignoreRecommendations", r.ignoreRecommendations);
        Map<String, Object> ports = new HashMap<>();
        ports.put("portType", "PORTS");
        ports.put("ports", r.ports);
        m.put("protocolPortBased", ports);
        m.put("protocolType", upper(r.protocol));
      }
    }
    return m;
  }
}
