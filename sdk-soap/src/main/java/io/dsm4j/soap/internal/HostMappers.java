package io.dsm4j.soap.internal;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.CloudInstance;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.Fields;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.ModuleStatus;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.soap.internal.WsdlEnums.CloudObjectType;
import io.dsm4j.soap.internal.WsdlEnums.HostLight;
import io.dsm4j.soap.internal.generated.HostDetailTransport;
import io.dsm4j.soap.internal.generated.HostTransport;
import io.dsm4j.spi.StatusTexts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hosts to {@link Computer} and back: the status read from the host details. */
final class HostMappers {
  private HostMappers() {}

  /** {@code hostLight} to dsm4j's status: the SOAP half of the one table. */
  static final Map<HostLight, AgentStatus> LIGHT =
      Map.of(
          HostLight.GREEN, AgentStatus.ONLINE,
          HostLight.YELLOW, AgentStatus.WARNING,
          HostLight.RED, AgentStatus.ERROR,
          HostLight.GREY, AgentStatus.UNMANAGED);

  static Computer computer(HostDetailTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    put(extra, "externalID", t.getExternalID());
    put(extra, "external", t.isExternal());
    put(extra, "hostType", WsdlEnums.text(t.getHostType()));
    put(extra, "hostGroupName", t.getHostGroupName());
    put(extra, "securityProfileName", t.getSecurityProfileName());
    put(extra, "lastIPUsed", t.getLastIPUsed());
    put(extra, "overallLastRecommendationScan", text(t.getOverallLastRecommendationScan()));
    put(extra, "cloudObjectImageId", t.getCloudObjectImageId());
    put(extra, "antiMalwareEngineVersion", t.getAntiMalwareEngineVersion());
    String ip = t.getLastIPUsed();
    return new Computer(
        t.getID(),
        t.getName() == null ? "" : t.getName(),
        t.getDisplayName(),
        t.getDescription(),
        t.getSecurityProfileID(),
        t.getHostGroupID(),
        t.getPlatform(),
        t.getOverallVersion(),
        status(t),
        ip == null || ip.isBlank() ? List.of() : List.of(ip.trim()),
        cloud(t),
        Fields.of(extra));
  }

  /** A host as {@code hostCreate} answers it: no status. */
  static Computer computer(HostTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    return new Computer(
        t.getID(),
        t.getName() == null ? "" : t.getName(),
        t.getDisplayName(),
        t.getDescription(),
        t.getSecurityProfileID(),
        t.getHostGroupID(),
        t.getPlatform(),
        "",
        ComputerStatus.unknown(),
        List.of(),
        null,
        Fields.empty());
  }

  /** The new host: names, group and policy; nothing else is sent. */
  static HostTransport host(ComputerDraft d) {
    HostTransport h = new HostTransport();
    h.setName(d.hostName());
    h.setDisplayName(d.displayName());
    h.setDescription(d.description());
    h.setHostGroupID(d.groupId());
    h.setSecurityProfileID(d.policyId());
    h.setExternal(false);
    h.setHostType("STANDARD");
    return h;
  }

  private static void put(Map<String, Object> m, String name, Object value) {
    if (value != null) {
      m.put(name, value);
    }
  }

  private static String text(javax.xml.datatype.XMLGregorianCalendar x) {
    java.time.Instant i = Mappers.instant(x);
    return i == null ? null : i.toString();
  }

  static ComputerStatus status(HostDetailTransport t) {
    String overall = t.getOverallStatus();
    Map<SecurityModule, ModuleStatus> modules = new EnumMap<>(SecurityModule.class);
    module(modules, SecurityModule.ANTI_MALWARE, t.getOverallAntiMalwareStatus());
    module(modules, SecurityModule.FIREWALL, t.getOverallFirewallStatus());
    module(modules, SecurityModule.INTRUSION_PREVENTION, t.getOverallDpiStatus());
    module(modules, SecurityModule.INTEGRITY_MONITORING, t.getOverallIntegrityMonitoringStatus());
    module(modules, SecurityModule.LOG_INSPECTION, t.getOverallLogInspectionStatus());
    // The host details have web reputation too, but no application control or activity monitoring.
    module(modules, SecurityModule.WEB_REPUTATION, t.getOverallWebReputationStatus());
    return new ComputerStatus(
        agent(t.getHostLight(), overall),
        overall == null || overall.isBlank() ? List.of() : List.of(overall.trim()),
        Mappers.instant(t.getOverallLastSuccessfulCommunication()),
        Mappers.instant(t.getOverallLastSuccessfulUpdate()),
        modules);
  }

  static AgentStatus agent(String light, String overall) {
    if (StatusTexts.saysOffline(overall)) {
      return AgentStatus.OFFLINE;
    }
    if (StatusTexts.saysUnmanaged(overall)) {
      return AgentStatus.UNMANAGED;
    }
    HostLight l = WsdlEnums.parse(HostLight.class, light);
    return l == null ? AgentStatus.UNKNOWN : LIGHT.get(l);
  }

  /** A module's state from its status text: the only thing the host details say about it. */
  private static void module(Map<SecurityModule, ModuleStatus> m, SecurityModule k, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    ModuleState state;
    if (t.startsWith("on")) {
      state =
          t.contains("detect")
              ? ModuleState.DETECT
              : t.contains("real time") || t.contains("real-time")
                  ? ModuleState.REAL_TIME
                  : ModuleState.ON;
    } else {
      state = t.startsWith("off") ? ModuleState.OFF : ModuleState.UNKNOWN;
    }
    ModuleStatus.Health health =
        switch (state) {
          case OFF -> ModuleStatus.Health.INACTIVE;
          case UNKNOWN, INHERITED -> ModuleStatus.Health.UNKNOWN;
          default -> ModuleStatus.Health.ACTIVE;
        };
    m.put(k, new ModuleStatus(state, health, text.trim()));
  }

  private static CloudInstance cloud(HostDetailTransport t) {
    String id = t.getCloudObjectInstanceId();
    if (id == null || id.isBlank()) {
      return null;
    }
    CloudObjectType type = WsdlEnums.parse(CloudObjectType.class, t.getCloudObjectType());
    String provider =
        type == null
            ? ""
            : switch (type) {
              case AMAZON_VM -> "aws";
              case VCLOUD_VM -> "vcloud";
            };
    return new CloudInstance(provider, id.trim(), null, null);
  }
}
