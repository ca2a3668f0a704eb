package io.dsm4j.model;

import java.util.List;

/**
 * Builds a firewall {@link RuleDraft}: action, priority, direction, frame type, protocol, source
 * and destination IP, MAC and port (a literal value or a list's ID), TCP flags, schedule and
 * context.
 *
 * <pre>{@code
 * RuleDraft d = RuleDraft.firewall("Deny telnet").action("deny").direction("incoming")
 *     .protocol("tcp").destinationPorts(List.of("23")).build();
 * }</pre>
 */
/** A firewall rule. Addresses, MACs and ports are literal values or a list's ID. */
public final class FirewallRuleBuilder extends RuleDraft.Builder<FirewallRuleBuilder> {
  FirewallRuleBuilder(String name) {
    super(RuleKind.FIREWALL, name);
  }

  @Override
  FirewallRuleBuilder self() {
    return this;
  }

  /**
   * @param action {@code log-only}, {@code allow}, {@code deny}, {@code force-allow} or {@code
   *     bypass}
   * @return this builder
   */
  public FirewallRuleBuilder action(String action) {
    return text("action", action);
  }

  /**
   * @param priority {@code 0} (lowest) … {@code 4} (highest)
   * @return this builder
   */
  public FirewallRuleBuilder priority(int priority) {
    if (priority < 0 || priority > 4) {
      throw new IllegalArgumentException("a firewall priority is 0 to 4, got " + priority);
    }
    return text("priority", Integer.toString(priority));
  }

  /**
   * @param direction {@code incoming} or {@code outgoing}
   * @return this builder
   */
  public FirewallRuleBuilder direction(String direction) {
    return text("direction", direction);
  }

  /**
   * @param frameType {@code any}, {@code ip}, {@code ipv4}, {@code ipv6}, {@code arp}, {@code
   *     revarp} or {@code other}
   * @return this builder
   */
  public FirewallRuleBuilder frameType(String frameType) {
    return text("frameType", frameType);
  }

  /**
   * @param protocol {@code any}, {@code tcp}, {@code udp}, {@code tcp-udp}, {@code icmp}, …
   * @return this builder
   */
  public FirewallRuleBuilder protocol(String protocol) {
    return text("protocol", protocol);
  }

  /**
   * @param ip one address
   * @return this builder
   */
  public FirewallRuleBuilder sourceIp(String ip) {
    text("sourceIPValue", ip);
    return text("sourceIPType", "single");
  }

  /**
   * @param ipListId an IP list
   * @return this builder
   */
  public FirewallRuleBuilder sourceIpList(int ipListId) {
    field("sourceIPListID", ipListId);
    return text("sourceIPType", "ip-list");
  }

  /**
   * @param mac one MAC address
   * @return this builder
   */
  public FirewallRuleBuilder sourceMac(String mac) {
    text("sourceMACValue", mac);
    return text("sourceMACType", "single");
  }

  /**
   * @param macListId a MAC list
   * @return this builder
   */
  public FirewallRuleBuilder sourceMacList(int macListId) {
    field("sourceMACListID", macListId);
    return text("sourceMACType", "mac-list");
  }

  /**
   * @param ports ports or ranges, e.g. {@code 80}, {@code 8000-8080}
   * @return this builder
   */
  public FirewallRuleBuilder sourcePorts(List<String> ports) {
    field("sourcePortMultiple", List.copyOf(ports));
    return text("sourcePortType", "multiple");
  }

  /**
   * @param portListId a port list
   * @return this builder
   */
  public FirewallRuleBuilder sourcePortList(int portListId) {
    field("sourcePortListID", portListId);
    return text("sourcePortType", "port-list");
  }

  /**
   * @param ip one address
   * @return this builder
   */
  public FirewallRuleBuilder destinationIp(String ip) {
    text("destinationIPValue", ip);
    return text("destinationIPType", "single");
  }

  /**
   * @param ipListId an IP list
   * @return this builder
   */
  public FirewallRuleBuilder destinationIpList(int ipListId) {
    field("destinationIPListID", ipListId);
    return text("destinationIPType", "ip-list");
  }

  /**
   * @param mac one MAC address
   * @return this builder
   */
  public FirewallRuleBuilder destinationMac(String mac) {
    text("destinationMACValue", mac);
    return text("destinationMACType", "single");
  }

  /**
   * @param macListId a MAC list
   * @return this builder
   */
  public FirewallRuleBuilder destinationMacList(int macListId) {
    field("destinationMACListID", macListId);
    return text("destinationMACType", "mac-list");
  }

  /**
   * @param ports ports or ranges
   * @return this builder
   */
  public FirewallRuleBuilder destinationPorts(List<String> ports) {
    field("destinationPortMultiple", List.copyOf(ports));
    return text("destinationPortType", "multiple");
  }

  /**
   * @param portListId a port list
   * @return this builder
   */
  public FirewallRuleBuilder destinationPortList(int portListId) {
    field("destinationPortListID", portListId);
    return text("destinationPortType", "port-list");
  }

  /**
   * @param flags TCP flags, e.g. {@code syn}, {@code ack} (REST {@code tcpflags})
   * @return this builder
   */
  public FirewallRuleBuilder tcpFlags(List<String> flags) {
    field("anyFlags", false);
    return field("tcpflags", List.copyOf(flags));
  }

  /**
   * @param scheduleId when the rule is active
   * @return this builder
   */
  public FirewallRuleBuilder scheduleId(int scheduleId) {
    return field("scheduleID", scheduleId);
  }

  /**
   * @param contextId in which context the rule applies (REST only: SOAP has no rule context)
   * @return this builder
   */
  public FirewallRuleBuilder contextId(int contextId) {
    return field("contextID", contextId);
  }
}
