package io.dsm4j.soap.internal;

import io.dsm4j.model.RuleKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How the REST field names of a rule (what {@code RuleDraft} and {@code RuleUpdate} carry) map to
 * the SOAP transports' elements, per kind, with the value spelled as the WSDL wants it. A REST
 * field mapped to no element has no SOAP equivalent: {@link #DROP_IF} says which value is implied
 * anyway (a draft's {@code type=custom}), any other value is refused before sending.
 */
final class SoapRuleFields {
  private SoapRuleFields() {}

  /** A SOAP element and the conversion of a REST value to it; null element: none on SOAP. */
  record Target(String element, Function<Object, Object> convert) {}

  /** REST values that SOAP implies (no element needed): field to the implied value. */
  static final Map<String, String> DROP_IF = Map.of("type", "custom", "template", "custom");

  /** Where a kind keeps its rule XML on SOAP. */
  static final Map<RuleKind, String> XML =
      Map.of(
          RuleKind.INTRUSION_PREVENTION, "ruleXML",
          RuleKind.INTEGRITY_MONITORING, "content",
          RuleKind.LOG_INSPECTION, "content");

  static final Map<RuleKind, Map<String, Target>> TABLE = table();

  private static Object upper(Object v) {
    return v.toString().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static Function<Object, Object> choice(Map<String, String> values) {
    return v -> {
      // Liberal: a value already in the SOAP spelling (e.g. read from a SOAP rule) is kept.
      String s = values.containsValue(v.toString()) ? v.toString() : values.get(v.toString());
      if (s == null) {
        throw new IllegalArgumentException(
            "'" + v + "' has no SOAP equivalent (SOAP takes " + values.keySet() + ")");
      }
      return s;
    };
  }

  private static Object commaList(Object v) {
    return v instanceof List<?> l
        ? String.join(",", l.stream().map(String::valueOf).toList())
        : v.toString();
  }

  private static Object same(Object v) {
    return v;
  }

  private static Map<RuleKind, Map<String, Target>> table() {
    Map<RuleKind, Map<String, Target>> t = new EnumMap<>(RuleKind.class);
    Map<String, Target> common = new HashMap<>();
    common.put("description", new Target("description", SoapRuleFields::same));
    common.put("alertEnabled", new Target("raiseAlert", SoapRuleFields::same));
    common.put(
        "recommendationsMode",
        new Target("ignoreRecommendations", v -> "ignored".equals(v.toString())));

    Map<String, Target> ips = new HashMap<>(common);
    ips.put("priority", new Target("priority", SoapRuleFields::upper));
    ips.put("severity", new Target("severity", SoapRuleFields::upper));
    ips.put("detectOnly", new Target("detectOnly", SoapRuleFields::same));
    ips.put("applicationTypeID", new Target("applicationTypeID", SoapRuleFields::same));
    ips.put("eventLoggingDisabled", new Target("disableEvent", SoapRuleFields::same));
    ips.put("alwaysIncludePacketData", new Target("includePacketData", SoapRuleFields::same));
    ips.put("generateEventOnPacketDrop", new Target("eventOnPacketDrop", SoapRuleFields::same));
    ips.put("scheduleID", new Target("scheduleID", SoapRuleFields::same));
    ips.put(
        "template",
        new Target(
            "templateType",
            choice(
                Map.of(
                    "custom", "CUSTOM_XML",
                    "signature", "SIGNATURE",
                    "start-end-patterns", "START_END_PATTERNS"))));
    t.put(RuleKind.INTRUSION_PREVENTION, ips);

    Map<String, Target> fw = new HashMap<>(common);
    fw.put("action", new Target("action", SoapRuleFields::upper));
    fw.put(
        "priority",
        new Target(
            "priority",
            choice(Map.of("0", "LOWEST", "1", "LOW", "2", "NORMAL", "3", "HIGH", "4", "HIGHEST"))));
    fw.put("direction", new Target("packetDirection", SoapRuleFields::upper));
    fw.put(
        "frameType",
        new Target(
            "frameType",
            choice(
                Map.of(
                    "any", "ANY", "ip", "IP", "ipv4", "IPv4", "ipv6", "IPv6", "arp", "ARP",
                    "revarp", "REVARP", "other", "OTHER"))));
    fw.put("frameNot", new Target("frameNot", SoapRuleFields::same));
    fw.put("frameNumber", new Target("frameNumber", String::valueOf));
    fw.put("protocol", new Target("protocolType", SoapRuleFields::upper));
    fw.put("protocolNumber", new Target("protocolNumber", SoapRuleFields::same));
    fw.put("protocolNot", new Target("protocolNot", SoapRuleFields::same));
    for (String side : List.of("source", "destination")) {
      fw.put(
          side + "IPType",
          new Target(
              side + "IPType",
              choice(
                  Map.of(
                      "any", "ANY",
                      "masked-ip", "MASKED_IP",
                      "range", "RANGE",
                      "ip-list", "DEFINED_LIST",
                      "single", "SINGLE_IP"))));
      fw.put(side + "IPValue", new Target(side + "SingleIP", SoapRuleFields::same));
      fw.put(side + "IPMask", new Target(side + "IPMask", SoapRuleFields::same));
      fw.put(side + "IPRangeFrom", new Target(side + "IPRangeFrom", SoapRuleFields::same));
      fw.put(side + "IPRangeTo", new Target(side + "IPRangeTo", SoapRuleFields::same));
      fw.put(side + "IPListID", new Target(side + "IPListID", SoapRuleFields::same));
      fw.put(side + "IPNot", new Target(side + "IPNot", SoapRuleFields::same));
      fw.put(
          side + "MACType",
          new Target(
              side + "MACType",
              choice(Map.of("any", "ANY", "single", "MAC", "mac-list", "DEFINED_LIST"))));
      fw.put(side + "MACValue", new Target(side + "MAC", SoapRuleFields::same));
      fw.put(side + "MACListID", new Target(side + "MACListID", SoapRuleFields::same));
      fw.put(side + "MACNot", new Target(side + "MACNot", SoapRuleFields::same));
      fw.put(
          side + "PortType",
          new Target(
              side + "PortType",
              choice(Map.of("any", "ANY", "multiple", "PORTS", "port-list", "DEFINED_LIST"))));
      fw.put(side + "PortMultiple", new Target(side + "Ports", SoapRuleFields::commaList));
      fw.put(side + "PortListID", new Target(side + "PortListID", SoapRuleFields::same));
      fw.put(side + "PortNot", new Target(side + "PortNot", SoapRuleFields::same));
    }
    fw.put("anyFlags", new Target("anyFlags", SoapRuleFields::same));
    fw.put("TCPNot", new Target("tcpNot", SoapRuleFields::same));
    fw.put("ICMPType", new Target("icmpType", SoapRuleFields::same));
    fw.put("ICMPCode", new Target("icmpCode", SoapRuleFields::same));
    fw.put("ICMPNot", new Target("icmpNot", SoapRuleFields::same));
    fw.put("logDisabled", new Target("disabledLog", SoapRuleFields::same));
    fw.put("scheduleID", new Target("scheduleID", SoapRuleFields::same));
    t.put(RuleKind.FIREWALL, fw);

    Map<String, Target> im = new HashMap<>(common);
    im.put("severity", new Target("severity", SoapRuleFields::upper));
    t.put(RuleKind.INTEGRITY_MONITORING, im);

    Map<String, Target> li = new HashMap<>(common);
    li.put("alertMinimumSeverity", new Target("alertMinSeverity", SoapRuleFields::same));
    t.put(RuleKind.LOG_INSPECTION, li);

    Map<String, Target> app = new HashMap<>(common);
    app.remove("alertEnabled");
    app.put("direction", new Target("direction", SoapRuleFields::upper));
    app.put("protocol", new Target("protocolType", SoapRuleFields::upper));
    t.put(RuleKind.APPLICATION_TYPE, app);
    return t;
  }

  /** An application type's REST port fields to the elements of its {@code protocolPortBased}. */
  static final Map<String, Target> APP_PORTS =
      Map.of(
          "portType",
          new Target(
              "portType",
              choice(Map.of("any", "ANY", "multiple", "PORTS", "port-list", "DEFINED_LIST"))),
          "portMultiple",
          new Target("ports", SoapRuleFields::commaList),
          "portListID",
          new Target("portListID", SoapRuleFields::same));

  /** TCP flags: REST {@code tcpflags} list to the SOAP booleans. */
  static final Map<String, String> TCP_FLAGS =
      Map.of(
          "syn", "tcpFlagSYN",
          "ack", "tcpFlagACK",
          "fin", "tcpFlagFIN",
          "rst", "tcpFlagRST",
          "psh", "tcpFlagPSH",
          "urg", "tcpFlagURG");
}
