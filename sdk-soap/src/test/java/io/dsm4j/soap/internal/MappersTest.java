package io.dsm4j.soap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.ModuleStatus;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.soap.internal.generated.ApplierInformationTransport;
import io.dsm4j.soap.internal.generated.ArrayOfXsdInt;
import io.dsm4j.soap.internal.generated.DPIEventTransport;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.HostDetailTransport;
import io.dsm4j.soap.internal.generated.IntegrityRuleTransport;
import io.dsm4j.soap.internal.generated.SecurityProfileTransport;
import io.dsm4j.soap.internal.generated.SecurityUpdateTransport;
import io.dsm4j.soap.internal.generated.SystemEventTransport;
import io.dsm4j.soap.internal.generated.SystemInformationTransport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/**
 * The mappers on transports as JAXB hands them over: nils are null, enumerated types are strings
 * that may hold literals the WSDL does not list.
 */
class MappersTest {

  @Test
  void policyWithEverythingNil() {
    SecurityProfileTransport t = new SecurityProfileTransport();
    t.setID(7);
    var p = Mappers.policy(t);
    assertThat(p.name()).isEmpty();
    assertThat(p.description()).isEmpty();
    assertThat(p.parentId()).isNull();
    assertThat(p.moduleStates())
        .hasSize(5)
        .containsValue(ModuleState.UNKNOWN)
        .doesNotContainValue(ModuleState.ON);
    assertThat(Mappers.ints(Mappers.ruleIds(t, RuleKind.FIREWALL))).isEmpty();
    t.setID(null);
    assertThat(Mappers.policy(t)).isNull();
  }

  @Test
  void moduleStatesBothWays() {
    SecurityProfileTransport t = new SecurityProfileTransport();
    Mappers.setState(t, SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT);
    Mappers.setState(t, SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME);
    Mappers.setState(t, SecurityModule.FIREWALL, ModuleState.INHERITED);
    assertThat(t.getDPIState()).isEqualTo("PASSIVE");
    assertThat(Mappers.ipsState(t.getDPIState())).isEqualTo(ModuleState.DETECT);
    assertThat(Mappers.integrityState(t.getIntegrityState())).isEqualTo(ModuleState.REAL_TIME);
    assertThat(t.getIntegrityState()).isEqualTo("REALTIME");
    assertThat(t.getFirewallState()).isEqualTo("INHERITED");
  }

  @Test
  void ruleIdsSkipNilItems() {
    ArrayOfXsdInt a = new ArrayOfXsdInt();
    a.getItem().addAll(Arrays.asList(3, null, 1, 3));
    assertThat(Mappers.ints(a)).containsExactly(3, 1, 3);
    assertThat(Mappers.sortedIds(Mappers.ints(a))).containsExactly(1, 3);
    assertThat(Mappers.ints(null)).isEmpty();
  }

  @Test
  void ipsRuleWithNilsAndUnknownSeverity() {
    DPIRuleTransport t = new DPIRuleTransport();
    t.setID(5);
    var r = Mappers.ipsRule(t);
    assertThat(r.severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(r.cves()).isEmpty();
    assertThat(r.issued()).isNull();
    assertThat(r.identifier()).isNull();
    assertThat(r.detectOnly()).isFalse();
    t.setCveNumbers(" CVE-1 ,, CVE-2,");
    assertThat(Mappers.ipsRule(t).cves()).containsExactly("CVE-1", "CVE-2");
  }

  @Test
  void integrityRuleKeepsItsSeverityAndOthersHaveNone() {
    IntegrityRuleTransport t = new IntegrityRuleTransport();
    t.setID(9);
    t.setSeverity("HIGH");
    assertThat(Mappers.integrityRule(t).severity()).isEqualTo(Severity.HIGH);
    var fw = new io.dsm4j.soap.internal.generated.FirewallRuleTransport();
    fw.setID(2);
    assertThat(Mappers.firewallRule(fw).severity()).isNull();
  }

  @Test
  void timesWithoutZoneAreUtc() throws Exception {
    var x = DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-11-01T08:30:00");
    assertThat(Mappers.instant(x)).isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
    var z = DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-11-01T09:30:00+01:00");
    assertThat(Mappers.instant(z)).isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
    assertThat(Mappers.xml(Instant.parse("2026-11-01T08:30:00.5Z")).toXMLFormat())
        .isEqualTo("2026-11-01T08:30:00.500Z");
    assertThat(Mappers.instant(null)).isNull();
  }

  @Test
  void computerWithNilName() {
    HostDetailTransport h = new HostDetailTransport();
    h.setID(4);
    var c = HostMappers.computer(h);
    assertThat(c.hostName()).isEmpty();
    assertThat(c.agentVersion()).isEmpty();
    assertThat(c.policyId()).isNull();
    assertThat(c.status().agent()).isEqualTo(AgentStatus.UNKNOWN);
    assertThat(c.cloud()).isNull();
    assertThat(c.ipAddresses()).isEmpty();
  }

  @Test
  void hostStatus_lightTextsModulesAndCloud() {
    HostDetailTransport h = new HostDetailTransport();
    h.setID(5);
    h.setHostLight(" YELLOW ");
    h.setOverallStatus("Managed (Online)");
    h.setOverallDpiStatus("On, Detect, 12 rules");
    h.setOverallIntegrityMonitoringStatus("On, Real Time, 3 rules");
    h.setOverallFirewallStatus("Off, not installed");
    h.setOverallLogInspectionStatus("Not Activated");
    h.setCloudObjectInstanceId("i-0abc");
    h.setCloudObjectType("AMAZON_VM");
    h.setLastIPUsed("10.0.0.5");
    var c = HostMappers.computer(h);
    assertThat(c.status().agent()).isEqualTo(AgentStatus.WARNING);
    assertThat(c.status().messages()).containsExactly("Managed (Online)");
    var m = c.status().modules();
    assertThat(m.get(SecurityModule.INTRUSION_PREVENTION).state()).isEqualTo(ModuleState.DETECT);
    assertThat(m.get(SecurityModule.INTEGRITY_MONITORING).state()).isEqualTo(ModuleState.REAL_TIME);
    assertThat(m.get(SecurityModule.FIREWALL).health()).isEqualTo(ModuleStatus.Health.INACTIVE);
    assertThat(m.get(SecurityModule.LOG_INSPECTION).state()).isEqualTo(ModuleState.UNKNOWN);
    assertThat(m).doesNotContainKey(SecurityModule.ANTI_MALWARE);
    assertThat(c.cloud().provider()).isEqualTo("aws");
    assertThat(c.cloud().instanceId()).isEqualTo("i-0abc");
    assertThat(c.ipAddresses()).containsExactly("10.0.0.5");

    // The one table: the texts win over the light; an unknown light is unknown.
    assertThat(HostMappers.agent("RED", "Managed (Offline)")).isEqualTo(AgentStatus.OFFLINE);
    assertThat(HostMappers.agent("RED", "Offline")).isEqualTo(AgentStatus.OFFLINE);
    assertThat(HostMappers.agent("GREY", "Unmanaged (Unknown)")).isEqualTo(AgentStatus.UNMANAGED);
    assertThat(HostMappers.agent("GREEN", null)).isEqualTo(AgentStatus.ONLINE);
    assertThat(HostMappers.agent("RED", "Managed (Online)")).isEqualTo(AgentStatus.ERROR);
    assertThat(HostMappers.agent("BLUE", "Managed (Online)")).isEqualTo(AgentStatus.UNKNOWN);
    assertThat(HostMappers.agent(null, null)).isEqualTo(AgentStatus.UNKNOWN);
  }

  @Test
  void updatesAndResults() {
    SecurityUpdateTransport u = new SecurityUpdateTransport();
    u.setID(3);
    assertThat(Mappers.securityUpdate(u).appliedState()).isEqualTo(AppliedState.UNKNOWN);
    ApplierInformationTransport a = new ApplierInformationTransport();
    a.setDPIRulesAdded(4);
    a.setDPIRulesAddedAndAssigned(2);
    var r = Mappers.updateResult(3, a);
    assertThat(r.changes().get(RuleKind.INTRUSION_PREVENTION).added()).isEqualTo(4);
    assertThat(r.ipsRulesAddedAndAssigned()).isEqualTo(2);
    assertThat(r.detailedSummary()).isEmpty();
  }

  @Test
  void eventsWithoutTimeOrId() {
    Instant window = Instant.parse("2026-11-01T00:00:00Z");
    DPIEventTransport e = new DPIEventTransport();
    var a = EventMappers.ips(e, 0, window);
    var b = EventMappers.ips(e, 1, window);
    assertThat(a.time()).isEqualTo(window);
    assertThat(a.details()).containsEntry("timeMissing", "true");
    assertThat(a.id()).isNotEqualTo(b.id()).isNegative();
    assertThat(a.computerId()).isNull();
    assertThat(a.details()).containsEntry("packetSize", "0");
  }

  @Test
  void systemEventsAboutComputers() {
    SystemEventTransport s = new SystemEventTransport();
    s.setSystemEventID(12);
    s.setEventID(300);
    s.setTargetType("Computer");
    s.setTargetID(42L);
    s.setTarget("web01");
    var e = EventMappers.system(s, 0, Instant.EPOCH);
    assertThat(e.id()).isEqualTo(12);
    assertThat(e.computerId()).isEqualTo(42);
    assertThat(e.computerName()).isEqualTo("web01");
    assertThat(e.details()).containsEntry("eventID", "300");
    s.setTargetType("Policy");
    assertThat(EventMappers.system(s, 0, Instant.EPOCH).computerId()).isNull();
  }

  @Test
  void unknownLiteralsReadAsUnknownAndKnownOnesAreTrimmed() {
    SecurityProfileTransport t = new SecurityProfileTransport();
    t.setID(7);
    t.setDPIState("FUTURE_MODE");
    t.setIntegrityState(" REALTIME\n");
    t.setFirewallState("on"); // literals are case-sensitive
    t.setAntiMalwareState("INHERITED");
    t.setLogInspectionState("");
    var p = Mappers.policy(t);
    assertThat(p.moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.UNKNOWN)
        .containsEntry(SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME)
        .containsEntry(SecurityModule.FIREWALL, ModuleState.UNKNOWN)
        .containsEntry(SecurityModule.ANTI_MALWARE, ModuleState.INHERITED)
        .containsEntry(SecurityModule.LOG_INSPECTION, ModuleState.UNKNOWN);
    // Reading changes nothing on the transport: a save sends the literals back as they came.
    assertThat(t.getDPIState()).isEqualTo("FUTURE_MODE");
    assertThat(t.getIntegrityState()).isEqualTo(" REALTIME\n");

    DPIRuleTransport r = new DPIRuleTransport();
    r.setID(5);
    r.setSeverity("SEVERE_PLUS");
    assertThat(Mappers.ipsRule(r).severity()).isEqualTo(Severity.UNKNOWN);
    r.setSeverity("high"); // not a WSDL literal, as before
    assertThat(Mappers.ipsRule(r).severity()).isEqualTo(Severity.UNKNOWN);
    r.setSeverity(" CRITICAL ");
    assertThat(Mappers.ipsRule(r).severity()).isEqualTo(Severity.CRITICAL);

    SecurityUpdateTransport u = new SecurityUpdateTransport();
    u.setID(3);
    u.setAppliedState("PARTIALLY_APPLIED");
    assertThat(Mappers.securityUpdate(u).appliedState()).isEqualTo(AppliedState.UNKNOWN);
    u.setAppliedState("APPLIED_CURRENT");
    assertThat(Mappers.securityUpdate(u).appliedState()).isEqualTo(AppliedState.APPLIED_CURRENT);

    HostDetailTransport h = new HostDetailTransport();
    h.setID(6);
    h.setHostLight("PURPLE");
    h.setCloudObjectType("GCP_VM");
    h.setCloudObjectInstanceId("1234");
    var c = HostMappers.computer(h);
    assertThat(c.status().agent()).isEqualTo(AgentStatus.UNKNOWN);
    assertThat(c.cloud().provider()).isEmpty();
  }

  @Test
  void eventDetailsPassLiteralsThrough_evenOnesThisWsdlDoesNotList() {
    DPIEventTransport e = new DPIEventTransport();
    e.setEventOrigin(" AGENT ");
    assertThat(EventMappers.ips(e, 0, Instant.EPOCH).details())
        .containsEntry("eventOrigin", "AGENT");
    e.setEventOrigin("SIDECAR");
    assertThat(EventMappers.ips(e, 0, Instant.EPOCH).details())
        .containsEntry("eventOrigin", "SIDECAR");
    var w = new io.dsm4j.soap.internal.generated.WebReputationEventTransport();
    w.setRisk("DANGEROUS");
    var ev = EventMappers.webReputation(w, 0, Instant.EPOCH);
    assertThat(ev.reason()).isEqualTo("DANGEROUS");
    assertThat(ev.details()).containsEntry("risk", "DANGEROUS");
    w.setRisk("APOCALYPTIC");
    ev = EventMappers.webReputation(w, 0, Instant.EPOCH);
    assertThat(ev.reason()).isEqualTo("APOCALYPTIC");
    assertThat(ev.details()).containsEntry("risk", "APOCALYPTIC");
  }

  @Test
  void managerVersionFromSystemInformation() {
    SystemInformationTransport os = info("os", "OS Version", "Linux 5");
    SystemInformationTransport m = info("managerVersion", "Manager Version", "10.0.3345");
    assertThat(SoapConnection.managerVersion(List.of(os, m))).isEqualTo("10.0.3345");
    assertThat(SoapConnection.managerVersion(List.of(info("x", "Version", "10.1"))))
        .isEqualTo("10.1");
    assertThat(SoapConnection.managerVersion(List.of(os))).isEmpty();
    assertThat(SoapConnection.managerVersion(null)).isEmpty();
  }

  private static SystemInformationTransport info(String key, String name, String value) {
    SystemInformationTransport i = new SystemInformationTransport();
    i.setKey(key);
    i.setName(name);
    i.setValue(value);
    return i;
  }
}
