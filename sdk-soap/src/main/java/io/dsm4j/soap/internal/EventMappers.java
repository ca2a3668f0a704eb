package io.dsm4j.soap.internal;

import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.soap.internal.generated.AntiMalwareEventTransport;
import io.dsm4j.soap.internal.generated.AntiMalwareSpywareItemTransport;
import io.dsm4j.soap.internal.generated.AttributeTransport;
import io.dsm4j.soap.internal.generated.DPIEventTransport;
import io.dsm4j.soap.internal.generated.EntityTransport;
import io.dsm4j.soap.internal.generated.FirewallEventTransport;
import io.dsm4j.soap.internal.generated.IntegrityEventTransport;
import io.dsm4j.soap.internal.generated.LogInspectionEventTransport;
import io.dsm4j.soap.internal.generated.SystemEventTransport;
import io.dsm4j.soap.internal.generated.WebReputationEventTransport;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Event transports to {@link Event}: the common fields typed, every other non-nil field as a string
 * in {@link Event#details()} under its WSDL element name (nested objects as {@code parent.child},
 * arrays as {@code parent.N.child}).
 *
 * <p>Two fall-backs keep events that lack what {@link Event} requires: an event without any time
 * gets the start of the queried window (and the detail {@code timeMissing=true}); an event without
 * an ID gets a negative placeholder {@code -(position + 1)}, unique within its answer, so that
 * de-duplication by ID does not merge such events.
 */
final class EventMappers {
  private EventMappers() {}

  /** Collects details in WSDL order, leaving out nils. */
  static final class Details {
    private final Map<String, String> map = new LinkedHashMap<>();

    Details put(String key, Object value) {
      if (value == null) {
        return this;
      }
      String s;
      if (value instanceof XMLGregorianCalendar x) {
        s = Mappers.instant(x).toString();
      } else if (value instanceof byte[] b) {
        s = Base64.getEncoder().encodeToString(b);
      } else {
        s = value.toString();
      }
      map.put(key, s);
      return this;
    }

    Map<String, String> map() {
      return map;
    }
  }

  private static Instant time(Details d, Instant fallback, XMLGregorianCalendar... candidates) {
    for (XMLGregorianCalendar c : candidates) {
      if (c != null) {
        return Mappers.instant(c);
      }
    }
    d.put("timeMissing", "true");
    return fallback;
  }

  private static long id(Long id, int position) {
    return id != null ? id : -(position + 1L);
  }

  static Event ips(DPIEventTransport e, int position, Instant fallback) {
    Details d = new Details();
    d.put("data", e.getData())
        .put("dataFlags", e.getDataFlags())
        .put("dataIndex", e.getDataIndex())
        .put("destinationIP", e.getDestinationIP())
        .put("destinationMAC", e.getDestinationMAC())
        .put("destinationPort", e.getDestinationPort())
        .put("direction", e.getDirection())
        .put("driverTime", e.getDriverTime())
        .put("endTime", e.getEndTime())
        .put("eventOrigin", WsdlEnums.text(e.getEventOrigin()))
        .put("flags", e.getFlags())
        .put("flow", e.getFlow())
        .put("iface", e.getIface())
        .put("note", e.getNote())
        .put("packetSize", e.getPacketSize())
        .put("protocol", e.getProtocol())
        .put("rank", e.getRank())
        .put("repeatCount", e.getRepeatCount())
        .put("sourceIP", e.getSourceIP())
        .put("sourceMAC", e.getSourceMAC())
        .put("sourcePort", e.getSourcePort())
        .put("startTime", e.getStartTime())
        .put("status", e.getStatus())
        .put("tags", e.getTags());
    Instant t = time(d, fallback, e.getStartTime(), e.getEndTime());
    return new Event(
        EventKind.INTRUSION_PREVENTION,
        id(e.getDPIEventID(), position),
        t,
        e.getHostID(),
        e.getHostName(),
        e.getDPIRuleID(),
        e.getAction(),
        e.getReason(),
        d.map());
  }

  static Event firewall(FirewallEventTransport e, int position, Instant fallback) {
    Details d = new Details();
    d.put("data", e.getData())
        .put("dataFlags", e.getDataFlags())
        .put("dataIndex", e.getDataIndex())
        .put("destinationIP", e.getDestinationIP())
        .put("destinationMAC", e.getDestinationMAC())
        .put("destinationPort", e.getDestinationPort())
        .put("direction", e.getDirection())
        .put("driverTime", e.getDriverTime())
        .put("endTime", e.getEndTime())
        .put("eventOrigin", WsdlEnums.text(e.getEventOrigin()))
        .put("flags", e.getFlags())
        .put("flow", e.getFlow())
        .put("frameType", e.getFrameType())
        .put("iface", e.getIface())
        .put("note", e.getNote())
        .put("packetSize", e.getPacketSize())
        .put("protocol", e.getProtocol())
        .put("rank", e.getRank())
        .put("repeatCount", e.getRepeatCount())
        .put("sourceIP", e.getSourceIP())
        .put("sourceMAC", e.getSourceMAC())
        .put("sourcePort", e.getSourcePort())
        .put("startTime", e.getStartTime())
        .put("status", e.getStatus())
        .put("tags", e.getTags());
    Instant t = time(d, fallback, e.getStartTime(), e.getEndTime());
    return new Event(
        EventKind.FIREWALL,
        id(e.getFirewallEventID(), position),
        t,
        e.getHostID(),
        e.getHostName(),
        null, // firewall events carry no rule ID
        e.getAction(),
        e.getReason(),
        d.map());
  }

  static Event antiMalware(AntiMalwareEventTransport e, int position, Instant fallback) {
    Details d = new Details();
    d.put("antiMalwareConfigID", e.getAntiMalwareConfigID())
        .put("endTime", e.getEndTime())
        .put("errorCode", e.getErrorCode())
        .put("infectedFilePath", e.getInfectedFilePath())
        .put("infectionSource", e.getInfectionSource())
        .put("logDate", e.getLogDate())
        .put("malwareName", e.getMalwareName())
        .put("malwareType", WsdlEnums.text(e.getMalwareType()))
        .put("protocol", e.getProtocol())
        .put("quarantineRecordID", e.getQuarantineRecordID())
        .put("scanResultAction1", e.getScanResultAction1())
        .put("scanResultAction2", e.getScanResultAction2())
        .put("scanType", WsdlEnums.text(e.getScanType()));
    if (e.getSpywareItems() != null) {
      List<AntiMalwareSpywareItemTransport> items = e.getSpywareItems().getItem();
      for (int i = 0; i < items.size(); i++) {
        AntiMalwareSpywareItemTransport s = items.get(i);
        if (s == null) {
          continue;
        }
        String p = "spywareItems." + i + ".";
        d.put(p + "antiMalwareQuarantinedFileID", s.getAntiMalwareQuarantinedFileID())
            .put(p + "antiMalwareSpywareItemID", s.getAntiMalwareSpywareItemID())
            .put(p + "hostID", s.getHostID())
            .put(p + "objectInfo", s.getObjectInfo())
            .put(p + "objectType", s.getObjectType())
            .put(p + "riskLevel", s.getRiskLevel())
            .put(p + "scanAction", s.getScanAction())
            .put(p + "scanResultAction", s.getScanResultAction())
            .put(p + "spywareType", s.getSpywareType());
      }
    }
    d.put("startTime", e.getStartTime())
        .put("tags", e.getTags())
        .put("scanAction1", e.getScanAction1())
        .put("scanAction2", e.getScanAction2())
        .put("summaryScanResult", e.getSummaryScanResult());
    Instant t = time(d, fallback, e.getLogDate(), e.getStartTime(), e.getEndTime());
    return new Event(
        EventKind.ANTI_MALWARE,
        id(e.getAntiMalwareEventID(), position),
        t,
        e.getHostID(),
        null, // anti-malware events carry no host name
        null,
        e.getSummaryScanResult(),
        e.getMalwareName(),
        d.map());
  }

  static Event webReputation(WebReputationEventTransport e, int position, Instant fallback) {
    String risk = WsdlEnums.text(e.getRisk());
    Details d = new Details();
    d.put("logTime", e.getLogTime())
        .put("rank", e.getRank())
        .put("risk", risk)
        .put("tags", e.getTags())
        .put("url", e.getUrl());
    Instant t = time(d, fallback, e.getLogTime());
    return new Event(
        EventKind.WEB_REPUTATION,
        id(e.getWebReputationEventID(), position),
        t,
        e.getHostID(),
        e.getHostName(),
        null,
        null,
        risk,
        d.map());
  }

  static Event integrity(IntegrityEventTransport e, int position, Instant fallback) {
    Details d = new Details();
    d.put("change", e.getChange()).put("description", e.getDescription());
    entity(d, "isEntity", e.getIsEntity());
    d.put("key", e.getKey())
        .put("logTime", e.getLogTime())
        .put("process", e.getProcess())
        .put("rank", e.getRank())
        .put("severity", WsdlEnums.text(e.getSeverity()))
        .put("tags", e.getTags())
        .put("type", e.getType())
        .put("user", e.getUser());
    entity(d, "wasEntity", e.getWasEntity());
    Instant t = time(d, fallback, e.getLogTime());
    return new Event(
        EventKind.INTEGRITY_MONITORING,
        id(e.getIntegrityEventID(), position),
        t,
        e.getHostID(),
        e.getHostName(),
        e.getIntegrityRuleID(),
        e.getChange(),
        e.getReason(),
        d.map());
  }

  private static void entity(Details d, String prefix, EntityTransport entity) {
    if (entity == null) {
      return;
    }
    d.put(prefix + ".key", entity.getKey()).put(prefix + ".type", entity.getType());
    if (entity.getAttributes() != null) {
      List<AttributeTransport> attrs = entity.getAttributes().getItem();
      for (int i = 0; i < attrs.size(); i++) {
        AttributeTransport a = attrs.get(i);
        if (a == null) {
          continue;
        }
        String p = prefix + ".attributes." + i + ".";
        d.put(p + "friendlyValue", a.getFriendlyValue())
            .put(p + "name", a.getName())
            .put(p + "value", a.getValue());
      }
    }
  }

  static Event logInspection(LogInspectionEventTransport e, int position, Instant fallback) {
    Details d = new Details();
    d.put("command", e.getCommand())
        .put("data", e.getData())
        .put("description", e.getDescription())
        .put("destinationIP", e.getDestinationIP())
        .put("destinationPort", e.getDestinationPort())
        .put("destinationUser", e.getDestinationUser())
        .put("fullEvent", e.getFullEvent())
        .put("groups", e.getGroups())
        .put("location", e.getLocation())
        .put("logTime", e.getLogTime())
        .put("message", e.getMessage())
        .put("programName", e.getProgramName())
        .put("protocol", e.getProtocol())
        .put("rank", e.getRank())
        .put("ruleID", e.getRuleID())
        .put("severity", e.getSeverity())
        .put("sourceHostName", e.getSourceHostName())
        .put("sourceID", e.getSourceID())
        .put("sourceIP", e.getSourceIP())
        .put("sourcePort", e.getSourcePort())
        .put("sourceUser", e.getSourceUser())
        .put("status", e.getStatus())
        .put("systemName", e.getSystemName())
        .put("tags", e.getTags())
        .put("url", e.getUrl());
    Instant t = time(d, fallback, e.getLogTime());
    return new Event(
        EventKind.LOG_INSPECTION,
        id(e.getLogInspectionEventID(), position),
        t,
        e.getHostID(),
        e.getHostName(),
        e.getLogInspectionRuleID(),
        e.getAction(),
        e.getReason(),
        d.map());
  }

  static Event system(SystemEventTransport e, int position, Instant fallback) {
    Details d = new Details();
    d.put("actionPerformedBy", e.getActionPerformedBy())
        .put("eventID", e.getEventID())
        .put("eventOrigin", WsdlEnums.text(e.getEventOrigin()))
        .put("managerHostname", e.getManagerHostname())
        .put("tags", e.getTags())
        .put("target", e.getTarget())
        .put("targetID", e.getTargetID())
        .put("targetType", e.getTargetType())
        .put("time", e.getTime())
        .put("type", e.getType());
    Instant t = time(d, fallback, e.getTime());
    // A system event about a computer names it as its target; manager events have none.
    Integer computerId = null;
    String computerName = null;
    if (isComputer(e.getTargetType())
        && e.getTargetID() != null
        && e.getTargetID() > 0
        && e.getTargetID() <= Integer.MAX_VALUE) {
      computerId = e.getTargetID().intValue();
      computerName = e.getTarget();
    }
    Long systemEventId = e.getSystemEventID() == null ? null : e.getSystemEventID().longValue();
    return new Event(
        EventKind.SYSTEM,
        id(systemEventId, position),
        t,
        computerId,
        computerName,
        null,
        e.getEvent(),
        e.getDescription(),
        d.map());
  }

  private static boolean isComputer(String targetType) {
    if (targetType == null) {
      return false;
    }
    String s = targetType.trim().toLowerCase(Locale.ROOT);
    return s.equals("computer") || s.equals("host");
  }
}
