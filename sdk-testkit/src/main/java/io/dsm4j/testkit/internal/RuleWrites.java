package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.RestCall.Fail;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Custom rules: what the manager does when one is created, changed or deleted through either API. A
 * new rule is custom ({@code authoritative=false}, no identifier); Trend Micro rules cannot be
 * deleted, renamed or given other XML; a rule in use by a policy or computer cannot be deleted.
 */
final class RuleWrites {
  private RuleWrites() {}

  /** REST fields the simulator models; any other field a custom rule is given is kept as set. */
  private static final Set<String> MODELLED =
      Set.of(
          "ID",
          "name",
          "description",
          "severity",
          "priority",
          "detectOnly",
          "applicationTypeID",
          "alertEnabled",
          "eventLoggingDisabled",
          "alwaysIncludePacketData",
          "recommendationsMode",
          "customXML",
          "ruleXML",
          "type",
          "template",
          "identifier",
          "originalIssue",
          "lastUpdated",
          "CVE",
          "CVSSScore",
          "action",
          "direction",
          "protocol",
          "destinationPortMultiple",
          "portMultiple",
          "realTimeMonitoringEnabled");

  /** A new custom rule with the defaults the simulator renders; the caller fills and stores it. */
  static RuleRec fresh(Store s, RuleKind kind, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The rule name is required.");
    }
    RuleRec r = new RuleRec();
    r.kind = kind;
    r.id = s.catalog(kind).allocateId();
    r.name = name;
    r.authoritative = false;
    r.identifier = null;
    r.type = "custom";
    r.issued = s.now();
    r.lastUpdated = s.now();
    r.severity =
        kind == RuleKind.INTRUSION_PREVENTION || kind == RuleKind.INTEGRITY_MONITORING
            ? Severity.MEDIUM
            : null;
    r.priority = kind == RuleKind.FIREWALL ? "2" : "normal";
    r.action = "allow";
    r.direction = "incoming";
    r.protocol = "tcp";
    r.ports = "80";
    r.files = "";
    r.customXml = "<FileSet base=\"/etc\"><include key=\"*\"/></FileSet>";
    return r;
  }

  /** REST {@code POST /x}: creates a custom rule from the body. */
  static RuleRec createRest(Store s, RuleKind kind, ObjectNode b) {
    String name = RestCall.optString(b, "name");
    if (name == null || name.isBlank()) {
      throw new Fail(400, "The rule name is required.");
    }
    if (s.catalog(kind).byName(name) != null) {
      throw new Fail(400, "A rule named '" + name + "' already exists.");
    }
    RuleRec r = fresh(s, kind, name);
    Boolean v;
    if ((v = RestCall.optBool(b, "detectOnly")) != null && kind == RuleKind.INTRUSION_PREVENTION) {
      r.detectOnly = v;
    }
    if ((v = RestCall.optBool(b, "alertEnabled")) != null) {
      r.raiseAlert = v;
    }
    if ((v = RestCall.optBool(b, "eventLoggingDisabled")) != null) {
      r.disableEvent = v;
    }
    String prio = RestCall.optString(b, "priority");
    if (prio != null && kind == RuleKind.INTRUSION_PREVENTION) {
      if (!List.of("lowest", "low", "normal", "high", "highest").contains(prio)) {
        throw new Fail(400, "Invalid priority '" + prio + "'.");
      }
      r.priority = prio;
    }
    applyRest(s, r, b);
    if (kind == RuleKind.INTRUSION_PREVENTION
        && (r.appTypeId == null || !s.catalog(RuleKind.APPLICATION_TYPE).contains(r.appTypeId))) {
      throw new Fail(400, "A valid applicationTypeID is required.");
    }
    s.catalog(kind).put(r);
    return r;
  }

  /** The REST fields of a create or a modify of a custom rule (only those given). */
  static void applyRest(Store s, RuleRec r, ObjectNode b) {
    String description = RestCall.optString(b, "description");
    if (description != null) {
      r.description = description;
    }
    String severity = RestCall.optString(b, "severity");
    if (severity != null) {
      Severity v = Severity.fromWire(severity);
      if (v == Severity.UNKNOWN) {
        throw new Fail(400, "Invalid severity '" + severity + "'.");
      }
      r.severity = v;
    }
    Integer app = RestCall.optInt(b, "applicationTypeID");
    if (app != null) {
      r.appTypeId = app;
    }
    switch (r.kind) {
      case INTRUSION_PREVENTION -> xml(r, RestCall.optString(b, "customXML"), false);
      case INTEGRITY_MONITORING -> {
        xml(r, RestCall.optString(b, "customXML"), true);
        Boolean rt = RestCall.optBool(b, "realTimeMonitoringEnabled");
        if (rt != null) {
          r.realTime = rt;
        }
      }
      case LOG_INSPECTION -> xml(r, RestCall.optString(b, "ruleXML"), false);
      case FIREWALL, APPLICATION_TYPE -> {
        String action = RestCall.optString(b, "action");
        if (action != null) {
          if (!List.of("log-only", "allow", "deny", "force-allow", "bypass").contains(action)) {
            throw new Fail(400, "Invalid action '" + action + "'.");
          }
          r.action = action;
        }
        String dir = RestCall.optString(b, "direction");
        if (dir != null) {
          r.direction = dir;
        }
        String proto = RestCall.optString(b, "protocol");
        if (proto != null) {
          r.protocol = proto;
        }
        JsonNode ports =
            b.get(r.kind == RuleKind.FIREWALL ? "destinationPortMultiple" : "portMultiple");
        if (ports != null && ports.isArray()) {
          List<String> p = new java.util.ArrayList<>();
          ports.forEach(x -> p.add(x.asText()));
          r.ports = String.join(",", p);
        }
        String prio = RestCall.optString(b, "priority");
        if (prio != null && r.kind == RuleKind.FIREWALL) {
          if (!List.of("0", "1", "2", "3", "4").contains(prio)) {
            throw new Fail(400, "Invalid priority '" + prio + "'.");
          }
          r.priority = prio;
        }
      }
    }
    b.fields()
        .forEachRemaining(
            e -> {
              if (!MODELLED.contains(e.getKey())) {
                r.restFields.put(
                    e.getKey(), RestCall.JSON.convertValue(e.getValue(), Object.class));
              }
            });
  }

  private static void xml(RuleRec r, String xml, boolean base64) {
    if (xml == null) {
      return;
    }
    String plain = xml;
    if (base64) {
      try {
        plain = new String(Base64.getDecoder().decode(xml), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new Fail(400, "customXML must be Base64-encoded.");
      }
      r.customXml = plain;
      return;
    }
    r.ruleXml = plain;
  }

  /**
   * The rules to assign for these: each with what it depends on, transitively (REST assignments add
   * dependencies, as the manager does).
   */
  static List<Integer> withDependencies(Store s, RuleKind kind, List<Integer> ids) {
    if (kind != RuleKind.INTRUSION_PREVENTION) {
      return ids;
    }
    java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      Integer id = todo.poll();
      if (out.add(id)) {
        RuleRec r = s.catalog(kind).get(id);
        if (r != null) {
          todo.addAll(r.dependsOn);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether the rule is assigned anywhere (a policy or a computer itself). */
  static boolean inUse(Store s, RuleRec r) {
    for (PolicyRec p : s.policies.values()) {
      if (p.direct.get(r.kind).contains(r.id)) {
        return true;
      }
    }
    for (ComputerRec c : s.computers.values()) {
      if (c.direct.get(r.kind).contains(r.id)) {
        return true;
      }
    }
    return false;
  }

  /** Deletes a custom rule; the message says why not when the manager refuses. */
  static String refusal(Store s, RuleRec r) {
    if (r.authoritative) {
      return "Trend Micro rules cannot be deleted.";
    }
    if (inUse(s, r)) {
      return "The rule is assigned to a policy or computer; unassign it first.";
    }
    return null;
  }

  /** SOAP: the new custom rule of a {@code …Save} without an ID. */
  static RuleRec createSoap(Store s, RuleKind kind, XNode t) {
    String name = t.str("name");
    if (name == null || name.isBlank()) {
      throw new SoapFault(SoapFault.Kind.VALIDATION, "The rule name is required.");
    }
    if (s.catalog(kind).byName(name) != null) {
      throw new SoapFault(SoapFault.Kind.INTEGRITY, "A rule named '" + name + "' already exists.");
    }
    RuleRec r = fresh(s, kind, name);
    r.appTypeId = t.integer("applicationTypeID");
    if (kind == RuleKind.INTRUSION_PREVENTION
        && (r.appTypeId == null || !s.catalog(RuleKind.APPLICATION_TYPE).contains(r.appTypeId))) {
      throw new SoapFault(SoapFault.Kind.VALIDATION, "A valid applicationTypeID is required.");
    }
    soapTyped(r, t);
    s.catalog(kind).put(r);
    return r;
  }

  /** SOAP: the typed fields of a custom rule's save (severity, firewall and application type). */
  static void soapTyped(RuleRec r, XNode t) {
    if (r.authoritative) {
      return;
    }
    Severity sev = Severity.fromWire(t.str("severity"));
    if (sev != null && sev != Severity.UNKNOWN) {
      r.severity = sev;
    }
    String action = t.str("action");
    if (action != null) {
      r.action = action.toLowerCase(Locale.ROOT).replace('_', '-');
    }
    String dir = t.str(r.kind == RuleKind.FIREWALL ? "packetDirection" : "direction");
    if (dir != null) {
      r.direction = dir.toLowerCase(Locale.ROOT);
    }
    String proto = t.str("protocolType");
    if (proto != null) {
      r.protocol = proto.toLowerCase(Locale.ROOT).replace('_', '-');
    }
    XNode portBased = t.child("protocolPortBased");
    String ports =
        r.kind == RuleKind.FIREWALL
            ? t.str("destinationPorts")
            : portBased == null ? null : portBased.str("ports");
    if (ports != null) {
      r.ports = ports;
    }
  }

  /** SOAP: the rule XML of a save ({@code ruleXML} or {@code content}); Trend rules keep theirs. */
  static void soapXml(RuleRec r, XNode t) {
    String element = r.kind == RuleKind.INTRUSION_PREVENTION ? "ruleXML" : "content";
    if (r.kind == RuleKind.FIREWALL || r.kind == RuleKind.APPLICATION_TYPE) {
      return;
    }
    String xml = t.str(element);
    if (xml == null || r.authoritative) {
      return; // a save of a Trend rule sends its XML back unchanged; the manager keeps its own
    }
    if (r.kind == RuleKind.INTEGRITY_MONITORING) {
      r.customXml = xml;
    } else {
      r.ruleXml = xml;
    }
  }
}
