package io.dsm4j.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Element order and nillability of the {@code urn:Manager} transport types the simulator writes, as
 * declared by the DSM 10.x Manager WSDL. Each entry lists {@code name:type} pairs in schema
 * sequence order; a trailing {@code ?} marks {@code nillable="true"}. Types are xsd primitives,
 * {@code enum} (an xsd:string restriction) or another transport / {@code ArrayOf...} type.
 */
final class SoapSchema {
  private SoapSchema() {}

  /** One element of a transport's sequence. */
  record Field(String name, String type, boolean nillable) {}

  private static final Map<String, String> RAW =
      Map.ofEntries(
          Map.entry(
              "SecurityProfileTransport",
              "ID:int?,description:string?,name:string?,DPIRuleIDs:ArrayOf_xsd_int?,DPIState:enum?,antiMalwareManualID:int?,antiMalwareManualInherit:boolean,antiMalwareRealTimeID:int?,antiMalwareRealTimeInherit:boolean,antiMalwareRealTimeScheduleID:int?,antiMalwareScheduledID:int?,antiMalwareScheduledInherit:boolean,antiMalwareState:enum?,applicationTypeIDs:ArrayOf_xsd_int?,firewallRuleIDs:ArrayOf_xsd_int?,firewallState:enum?,integrityRuleIDs:ArrayOf_xsd_int?,integrityState:enum?,logInspectionRuleIDs:ArrayOf_xsd_int?,logInspectionState:enum?,parentSecurityProfileID:int?,recommendationState:enum?,scheduleID:int?,statefulConfigurationID:int?"),
          Map.entry(
              "DPIRuleTransport",
              "ID:int?,description:string?,name:string?,TBUID:string?,applicationTypeID:int?,authoritative:boolean,cvssScore:double,detectOnly:boolean,disableEvent:boolean,eventOnPacketDrop:boolean,eventOnPacketModify:boolean,identifier:string?,ignoreRecommendations:boolean,includePacketData:boolean,issued:dateTime?,patternAction:enum?,patternCaseSensitive:boolean,patternEnd:string?,patternIf:enum?,patternPatterns:string?,patternStart:string?,priority:enum?,raiseAlert:boolean,ruleXML:string?,scheduleID:int?,severity:enum?,signatureAction:enum?,signatureCaseSensitive:boolean,signatureSignature:string?,templateType:enum?,cveNumbers:string?,msNumbers:string?"),
          Map.entry(
              "FirewallRuleTransport",
              "ID:int?,description:string?,name:string?,action:enum?,anyFlags:boolean,destinationIP:string?,destinationIPListID:int?,destinationIPMask:string?,destinationIPNot:boolean,destinationIPRangeFrom:string?,destinationIPRangeTo:string?,destinationIPType:enum?,destinationMAC:string?,destinationMACListID:int?,destinationMACNot:boolean,destinationMACType:enum?,destinationPortListID:int?,destinationPortNot:boolean,destinationPortType:enum?,destinationPorts:string?,destinationSingleIP:string?,disabledLog:boolean,frameNot:boolean,frameNumber:string?,frameType:enum?,icmpCode:int,icmpNot:boolean,icmpType:int,packetDirection:enum?,priority:enum?,protocolNot:boolean,protocolNumber:int,protocolType:enum?,raiseAlert:boolean,scheduleID:int?,sourceIP:string?,sourceIPListID:int?,sourceIPMask:string?,sourceIPNot:boolean,sourceIPRangeFrom:string?,sourceIPRangeTo:string?,sourceIPType:enum?,sourceMAC:string?,sourceMACListID:int?,sourceMACNot:boolean,sourceMACType:enum?,sourcePortListID:int?,sourcePortNot:boolean,sourcePortType:enum?,sourcePorts:string?,sourceSingleIP:string?,tcpFlagACK:boolean,tcpFlagFIN:boolean,tcpFlagPSH:boolean,tcpFlagRST:boolean,tcpFlagSYN:boolean,tcpFlagURG:boolean,tcpNot:boolean"),
          Map.entry(
              "IntegrityRuleTransport",
              "ID:int?,description:string?,name:string?,TBUID:string?,allowOnChange:boolean,authoritative:boolean,content:string?,identifier:string?,ignoreRecommendations:boolean,issued:dateTime?,minAgentVersion:string?,minManagerVersion:string?,raiseAlert:boolean,severity:enum?"),
          Map.entry(
              "LogInspectionRuleTransport",
              "ID:int?,description:string?,name:string?,TBUID:string?,alertMinSeverity:int,authoritative:boolean,content:string?,files:string?,identifier:string?,ignoreRecommendations:boolean,issued:dateTime?,minAgentVersion:string?,minManagerVersion:string?,raiseAlert:boolean"),
          Map.entry(
              "ApplicationTypeTransport",
              "ID:int?,description:string?,name:string?,TBUID:string?,authoritative:boolean,direction:enum?,ignoreRecommendations:boolean,protocolIcmp:ProtocolIcmp?,protocolPortBased:ProtocolPortBased?,protocolType:enum?"),
          Map.entry("ProtocolIcmp", "type:enum?"),
          Map.entry("ProtocolPortBased", "portListID:int?,portType:enum?,ports:string?"),
          Map.entry(
              "HostDetailTransport",
              "ID:int?,description:string?,name:string?,displayName:string?,external:boolean,externalID:string?,hostGroupID:int?,hostType:enum?,platform:string?,securityProfileID:int?,antiMalwareClassicPatternVersion:string?,antiMalwareEngineVersion:string?,antiMalwareIntelliTrapExceptionVersion:string?,antiMalwareIntelliTrapVersion:string?,antiMalwareSmartScanPatternVersion:string?,antiMalwareSpywarePatternVersion:string?,cloudObjectImageId:string?,cloudObjectInstanceId:string?,cloudObjectInternalUniqueId:string?,cloudObjectSecurityGroupIds:string?,cloudObjectType:enum?,componentKlasses:ArrayOf_xsd_int?,componentNames:ArrayOf_xsd_string?,componentTypes:ArrayOf_xsd_int?,componentVersions:ArrayOf_xsd_string?,hostGroupName:string?,hostInterfaces:ArrayOfHostInterfaceTransport?,hostLight:enum?,lastAnitMalwareScheduledScan:dateTime?,lastAntiMalwareEvent:dateTime?,lastAntiMalwareManualScan:dateTime?,lastDpiEvent:dateTime?,lastFirewallEvent:dateTime?,lastIPUsed:string?,lastIntegrityMonitoringEvent:dateTime?,lastLogInspectionEvent:dateTime?,lastWebReputationEvent:dateTime?,light:int?,locked:boolean,overallAntiMalwareStatus:string?,overallDpiStatus:string?,overallFirewallStatus:string?,overallIntegrityMonitoringStatus:string?,overallLastRecommendationScan:dateTime?,overallLastSuccessfulCommunication:dateTime?,overallLastSuccessfulUpdate:dateTime?,overallLastUpdateRequired:dateTime?,overallLogInspectionStatus:string?,overallStatus:string?,overallVersion:string?,overallWebReputationStatus:string?,securityProfileName:string?,virtualName:string?,virtualUuid:string?"),
          Map.entry(
              "HostInterfaceTransport",
              "ID:int?,description:string?,name:string?,displayName:string?,external:boolean,externalID:string?,hostGroupID:int?,hostType:enum?,platform:string?,securityProfileID:int?,dhcp:boolean,hostBridgeId:int?,interfaceTypeId:int?,mac:string?,notAvailable:boolean,virtualDeviceKey:int?"),
          Map.entry(
              "HostStatusTransport",
              "applianceID:int,applianceName:string?,esxServerFastPathDriverVersion:string?,esxServerID:int,esxServerName:string?,esxServerVersion:string?,locked:boolean,overallAntiMalwareStatus:string?,overallDpiStatus:string?,overallFirewallStatus:string?,overallIntegrityMonitoringStatus:string?,overallLastSuccessfulCommunication:dateTime?,overallLastSuccessfulUpdate:dateTime?,overallLogInspectionStatus:string?,overallStatus:string?,protectionStatusTransports:ArrayOfProtectionStatusTransport?,overallWebReputationStatus:string?"),
          Map.entry(
              "ProtectionStatusTransport",
              "dpiStatus:string?,fingerprint:string?,firewallStatus:string?,integrityMonitoringStatus:string?,lastSuccessfulCommunication:dateTime?,lastSuccessfulUpdate:dateTime?,logInspectionStatus:string?,protectionType:enum?,state:enum?,stateDescription:string?,status:string?,version:string?,componentInfoTransports:ArrayOfComponentInfoTransport?,webReputationStatus:string?,antiMalwareStatus:string?"),
          Map.entry(
              "ComponentInfoTransport",
              "type:int,id:int,name:string?,shortName:string?,currentVersion:string?,lastUpdate:dateTime?,nameKey:string?,deployed:int,needDeployed:int"),
          Map.entry(
              "HostGroupTransport",
              "ID:int?,description:string?,name:string?,external:boolean,externalID:string?,parentGroupID:int?"),
          Map.entry("IPListTransport", "ID:int?,description:string?,name:string?,items:string?"),
          Map.entry(
              "SecurityUpdateTransport",
              "ID:int?,appliedState:enum?,contentSummary:string?,detectOnly:boolean,downloaded:dateTime?,name:string?,released:dateTime?"),
          Map.entry(
              "ApplierInformationTransport",
              "DPIRulesAdded:int,DPIRulesAddedAndAssigned:int,DPIRulesDeleted:int,DPIRulesUpdated:int,applicationTypesAdded:int,applicationTypesDeleted:int,applicationTypesUpdated:int,detailedSummary:string?,integrityMonitoringRulesAdded:int,integrityMonitoringRulesDeleted:int,integrityMonitoringRulesUpdated:int,logInspectionDecodersAdded:int,logInspectionDecodersDeleted:int,logInspectionDecodersUpdated:int,logInspectionRulesAdded:int,logInspectionRulesDeleted:int,logInspectionRulesUpdated:int,portListsAdded:int,portListsUpdated:int"),
          Map.entry("SystemInformationTransport", "key:string?,name:string?,value:string?"),
          Map.entry(
              "EditableSettingStoredTransport",
              "settingKey:enum?,settingUnit:enum?,settingValue:string?,settingScope:enum?"),
          Map.entry(
              "DPIEventListTransport", "truncated:boolean,DPIEvents:ArrayOfDPIEventTransport?"),
          Map.entry(
              "DPIEventTransport",
              "DPIEventID:long?,DPIRuleID:int?,action:string?,data:base64Binary?,dataFlags:int?,dataIndex:int?,destinationIP:string?,destinationMAC:string?,destinationPort:string?,direction:string?,driverTime:long?,endTime:dateTime?,eventOrigin:enum?,flags:string?,flow:string?,hostID:int?,hostName:string?,iface:string?,note:string?,packetSize:int,protocol:string?,rank:int,reason:string?,repeatCount:int,sourceIP:string?,sourceMAC:string?,sourcePort:string?,startTime:dateTime?,status:int?,tags:string?"),
          Map.entry(
              "FirewallEventListTransport",
              "truncated:boolean,firewallEvents:ArrayOfFirewallEventTransport?"),
          Map.entry(
              "FirewallEventTransport",
              "action:string?,data:base64Binary?,dataFlags:int?,dataIndex:int?,destinationIP:string?,destinationMAC:string?,destinationPort:string?,direction:string?,driverTime:long?,endTime:dateTime?,eventOrigin:enum?,firewallEventID:long?,flags:string?,flow:string?,frameType:string?,hostID:int?,hostName:string?,iface:string?,note:string?,packetSize:int,protocol:string?,rank:int,reason:string?,repeatCount:int,sourceIP:string?,sourceMAC:string?,sourcePort:string?,startTime:dateTime?,status:int?,tags:string?"),
          Map.entry(
              "AntiMalwareEventListTransport",
              "truncated:boolean,antiMalwareEvents:ArrayOfAntiMalwareEventTransport?"),
          Map.entry(
              "AntiMalwareEventTransport",
              "antiMalwareConfigID:int?,antiMalwareEventID:long?,endTime:dateTime?,errorCode:int?,hostID:int?,infectedFilePath:string?,infectionSource:string?,logDate:dateTime?,malwareName:string?,malwareType:enum?,protocol:int?,quarantineRecordID:int?,scanResultAction1:int?,scanResultAction2:int?,scanType:enum?,spywareItems:ArrayOfAntiMalwareSpywareItemTransport?,startTime:dateTime?,tags:string?,scanAction1:int?,scanAction2:int?,summaryScanResult:string?"),
          Map.entry(
              "AntiMalwareSpywareItemTransport",
              "antiMalwareQuarantinedFileID:int?,antiMalwareSpywareItemID:int?,hostID:int?,objectInfo:string?,objectType:int?,riskLevel:int?,scanAction:int?,scanResultAction:int?,spywareType:int?"),
          Map.entry(
              "WebReputationEventListTransport",
              "truncated:boolean,webReputationEvents:ArrayOfWebReputationEventTransport?"),
          Map.entry(
              "WebReputationEventTransport",
              "hostID:int?,hostName:string?,logTime:dateTime?,rank:int,risk:enum?,tags:string?,url:string?,webReputationEventID:long?"),
          Map.entry(
              "IntegrityEventListTransport",
              "truncated:boolean,integrityEvents:ArrayOfIntegrityEventTransport?"),
          Map.entry(
              "IntegrityEventTransport",
              "change:string?,description:string?,hostID:int?,hostName:string?,integrityEventID:long?,integrityRuleID:int?,isEntity:EntityTransport?,key:string?,logTime:dateTime?,process:string?,rank:int,reason:string?,severity:enum?,tags:string?,type:string?,user:string?,wasEntity:EntityTransport?"),
          Map.entry(
              "EntityTransport", "attributes:ArrayOfAttributeTransport?,key:string?,type:string?"),
          Map.entry("AttributeTransport", "friendlyValue:string?,name:string?,value:string?"),
          Map.entry(
              "LogInspectionEventListTransport",
              "truncated:boolean,logInspectionEvents:ArrayOfLogInspectionEventTransport?"),
          Map.entry(
              "LogInspectionEventTransport",
              "action:string?,command:string?,data:string?,description:string?,destinationIP:string?,destinationPort:string?,destinationUser:string?,fullEvent:string?,groups:string?,hostID:int?,hostName:string?,location:string?,logInspectionEventID:long?,logInspectionRuleID:int?,logTime:dateTime?,message:string?,programName:string?,protocol:string?,rank:int,reason:string?,ruleID:int?,severity:string?,sourceHostName:string?,sourceID:string?,sourceIP:string?,sourcePort:string?,sourceUser:string?,status:string?,systemName:string?,tags:string?,url:string?"),
          Map.entry(
              "SystemEventListTransport",
              "truncated:boolean,systemEvents:ArrayOfSystemEventTransport?"),
          Map.entry(
              "SystemEventTransport",
              "actionPerformedBy:string?,description:string?,event:string?,eventID:int,eventOrigin:enum?,managerHostname:string?,systemEventID:int?,tags:string?,target:string?,targetID:long?,targetType:string?,time:dateTime?,type:string?"));

  private static final Map<String, List<Field>> TYPES = parse();

  private static Map<String, List<Field>> parse() {
    Map<String, List<Field>> out = new java.util.HashMap<>();
    RAW.forEach(
        (type, spec) -> {
          List<Field> fields = new ArrayList<>();
          for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            String t = part.substring(colon + 1);
            boolean nil = t.endsWith("?");
            fields.add(
                new Field(part.substring(0, colon), nil ? t.substring(0, t.length() - 1) : t, nil));
          }
          out.put(type, Collections.unmodifiableList(fields));
        });
    return Map.copyOf(out);
  }

  /** The fields of a transport type in wire order; fails fast for a type we never declared. */
  static List<Field> fields(String type) {
    List<Field> f = TYPES.get(type);
    if (f == null) {
      throw new IllegalArgumentException("no schema entry for " + type);
    }
    return f;
  }
}
