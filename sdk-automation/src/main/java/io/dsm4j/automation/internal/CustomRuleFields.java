package io.dsm4j.automation.internal;

import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a policy document keeps of a custom firewall rule or application type. */
public final class CustomRuleFields {
  private CustomRuleFields() {}

  /**
   * The fields of a firewall rule or application type that make it what it is, by the names the
   * backend that read it uses (REST and SOAP spellings both listed; a rule holds one set).
   */
  private static final Map<RuleKind, List<String>> OTHER_FIELDS =
      Map.of(
          RuleKind.FIREWALL,
          firewallFields(),
          RuleKind.APPLICATION_TYPE,
          List.of(
              "direction", "protocol", "portType", "portMultiple", "portListID", "protocolType"));

  private static List<String> firewallFields() {
    List<String> f =
        new ArrayList<>(
            List.of(
                "action",
                "priority",
                "direction",
                "packetDirection",
                "frameType",
                "frameNumber",
                "frameNot",
                "protocol",
                "protocolType",
                "protocolNumber",
                "protocolNot",
                "anyFlags",
                "tcpflags",
                "TCPNot",
                "tcpNot",
                "tcpFlagSYN",
                "tcpFlagACK",
                "tcpFlagFIN",
                "tcpFlagRST",
                "tcpFlagPSH",
                "tcpFlagURG",
                "ICMPType",
                "ICMPCode",
                "ICMPNot",
                "icmpType",
                "icmpCode",
                "icmpNot",
                "logDisabled",
                "disabledLog",
                "scheduleID",
                "contextID"));
    for (String side : List.of("source", "destination")) {
      for (String suffix :
          List.of(
              "IPType",
              "IPValue",
              "SingleIP",
              "IPMask",
              "IPRangeFrom",
              "IPRangeTo",
              "IPMultiple",
              "IPListID",
              "IPNot",
              "MACType",
              "MACValue",
              "MAC",
              "MACMultiple",
              "MACListID",
              "MACNot",
              "PortType",
              "PortMultiple",
              "Ports",
              "PortListID",
              "PortNot")) {
        f.add(side + suffix);
      }
    }
    return List.copyOf(f);
  }

  /**
   * @param r a rule
   * @return its firewall or application type fields, by the names its backend uses
   */
  public static Map<String, Object> of(Rule r) {
    Map<String, Object> out = new TreeMap<>();
    for (String name : OTHER_FIELDS.getOrDefault(r.kind(), List.of())) {
      r.extra()
          .get(name)
          .filter(
              v ->
                  v instanceof String
                      || v instanceof Number
                      || v instanceof Boolean
                      || v instanceof List<?>)
          .ifPresent(v -> out.put(name, v));
    }
    return out;
  }
}
