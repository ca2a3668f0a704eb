package io.dsm4j.rest.internal;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.CloudInstance;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ModuleStatus;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.rest.internal.dto.ComputerParts.InterfaceDto;
import io.dsm4j.rest.internal.dto.ComputerParts.ModuleDto;
import io.dsm4j.rest.internal.dto.ComputerParts.StatusDto;
import io.dsm4j.rest.internal.dto.ComputerParts.VmSummaryDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerDto;
import io.dsm4j.spi.StatusTexts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps a {@code computer} (with the listing's expansions) to {@link Computer}. */
final class ComputerMapper {
  private ComputerMapper() {}

  /** {@code computerStatus.agentStatus} to dsm4j's status: the REST half of the one table. */
  static final Map<String, AgentStatus> AGENT_STATUS =
      Map.of(
          "active", AgentStatus.ONLINE,
          "warning", AgentStatus.WARNING,
          "error", AgentStatus.ERROR,
          "inactive", AgentStatus.UNMANAGED,
          "not-supported", AgentStatus.UNKNOWN);

  /** {@code moduleStatus.agentStatus} to a module's health. */
  private static final Map<String, ModuleStatus.Health> HEALTH =
      Map.of(
          "active", ModuleStatus.Health.ACTIVE,
          "inactive", ModuleStatus.Health.INACTIVE,
          "warning", ModuleStatus.Health.WARNING,
          "error", ModuleStatus.Health.ERROR,
          "not-supported", ModuleStatus.Health.NOT_SUPPORTED);

  static Computer computer(ComputerDto d) {
    Map<String, Object> extra = new LinkedHashMap<>();
    put(extra, "lastIPUsed", d.lastIPUsed());
    put(extra, "lastSendPolicyRequest", d.lastSendPolicyRequest());
    put(extra, "agentFingerPrint", d.agentFingerPrint());
    put(extra, "hostGUID", d.hostGUID());
    return new Computer(
        d.id() == null ? 0 : d.id(),
        d.hostName() == null ? "" : d.hostName(),
        d.displayName(),
        d.description(),
        Mapper.ref(d.policyId()),
        Mapper.ref(d.groupId()),
        d.platform(),
        d.agentVersion(),
        status(d),
        addresses(d),
        cloud(d),
        Fields.of(extra));
  }

  private static void put(Map<String, Object> m, String name, Object value) {
    if (value != null) {
      m.put(name, value);
    }
  }

  static ComputerStatus status(ComputerDto d) {
    StatusDto s = d.computerStatus();
    List<String> messages =
        s == null || s.agentStatusMessages() == null ? List.of() : s.agentStatusMessages();
    return new ComputerStatus(
        agent(s == null ? null : s.agentStatus(), messages),
        messages,
        Mapper.instant(d.lastAgentCommunication()),
        Mapper.instant(d.lastSendPolicySuccess()),
        modules(d));
  }

  static AgentStatus agent(String wire, List<String> messages) {
    if (wire == null) {
      return AgentStatus.UNKNOWN;
    }
    AgentStatus s = AGENT_STATUS.getOrDefault(wire.toLowerCase(Locale.ROOT), AgentStatus.UNKNOWN);
    if (s != AgentStatus.UNMANAGED && messages.stream().anyMatch(StatusTexts::saysOffline)) {
      return AgentStatus.OFFLINE;
    }
    return s;
  }

  private static Map<SecurityModule, ModuleStatus> modules(ComputerDto d) {
    Map<SecurityModule, ModuleStatus> m = new EnumMap<>(SecurityModule.class);
    module(m, SecurityModule.ANTI_MALWARE, d.antiMalware());
    module(m, SecurityModule.FIREWALL, d.firewall());
    module(m, SecurityModule.INTRUSION_PREVENTION, d.intrusionPrevention());
    module(m, SecurityModule.INTEGRITY_MONITORING, d.integrityMonitoring());
    module(m, SecurityModule.LOG_INSPECTION, d.logInspection());
    module(m, SecurityModule.WEB_REPUTATION, d.webReputation());
    module(m, SecurityModule.APPLICATION_CONTROL, d.applicationControl());
    module(m, SecurityModule.ACTIVITY_MONITORING, d.activityMonitoring());
    return m;
  }

  private static void module(Map<SecurityModule, ModuleStatus> m, SecurityModule k, ModuleDto d) {
    if (d == null) {
      return;
    }
    String health = d.moduleStatus() == null ? null : d.moduleStatus().agentStatus();
    m.put(
        k,
        new ModuleStatus(
            d.state() == null ? null : Mapper.state(d.state()),
            health == null ? null : HEALTH.get(health.toLowerCase(Locale.ROOT)),
            d.moduleStatus() == null ? null : d.moduleStatus().agentStatusMessage()));
  }

  private static List<String> addresses(ComputerDto d) {
    Set<String> ips = new LinkedHashSet<>();
    if (d.interfaces() != null && d.interfaces().interfaces() != null) {
      for (InterfaceDto i : d.interfaces().interfaces()) {
        if (i != null && i.ips() != null) {
          i.ips().stream().filter(ip -> ip != null && !ip.isBlank()).forEach(ips::add);
        }
      }
    }
    if (ips.isEmpty() && d.lastIPUsed() != null && !d.lastIPUsed().isBlank()) {
      ips.add(d.lastIPUsed());
    }
    return List.copyOf(ips);
  }

  /** The first summary that names an instance: cloud connectors first, then the agent's word. */
  private static CloudInstance cloud(ComputerDto d) {
    VmSummaryDto ec2 = d.ec2VirtualMachineSummary();
    if (named(ec2)) {
      return new CloudInstance("aws", ec2.instanceId(), ec2.accountId(), ec2.availabilityZone());
    }
    VmSummaryDto az = d.azureARMVirtualMachineSummary();
    if (named(az)) {
      return new CloudInstance("azure", az.instanceId(), az.subscriptionId(), az.location());
    }
    VmSummaryDto gcp = d.gcpVirtualMachineSummary();
    if (named(gcp)) {
      return new CloudInstance("gcp", gcp.instanceId(), null, gcp.zone());
    }
    VmSummaryDto agent = d.noConnectorVirtualMachineSummary();
    if (named(agent)) {
      return new CloudInstance("agent", agent.instanceId(), agent.accountId(), agent.region());
    }
    return null;
  }

  private static boolean named(VmSummaryDto s) {
    return s != null && s.instanceId() != null && !s.instanceId().isBlank();
  }
}
