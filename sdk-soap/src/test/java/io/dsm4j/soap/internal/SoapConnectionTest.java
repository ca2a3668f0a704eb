package io.dsm4j.soap.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.dsm4j.soap.internal.Wire.fault;
import static io.dsm4j.soap.internal.Wire.faultResponse;
import static io.dsm4j.soap.internal.Wire.nilReturn;
import static io.dsm4j.soap.internal.Wire.ok;
import static io.dsm4j.soap.internal.Wire.op;
import static io.dsm4j.soap.internal.Wire.requested;
import static io.dsm4j.soap.internal.Wire.response;
import static io.dsm4j.soap.internal.Wire.returning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import io.dsm4j.spi.EventBatch;
import io.dsm4j.spi.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each SPI method sends and how it reads real-looking answers. */
class SoapConnectionTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private SoapConnection conn;

  @BeforeEach
  void setUp() {
    Wire.signIn(wm);
    conn = new SoapConnection(Wire.config(wm.baseUrl(), new AtomicInteger()));
  }

  @AfterEach
  void tearDown() {
    conn.close();
  }

  /** An element sent as xsi:nil (JAXB declares the xsi prefix on the element itself). */
  static com.github.tomakehurst.wiremock.matching.StringValuePattern nilElement(String name) {
    return com.github.tomakehurst.wiremock.client.WireMock.matching(
        "(?s).*<" + name + "( xmlns:xsi=\"[^\"]+\")? xsi:nil=\"true\"/>.*");
  }

  static String policy(int id, String name, String dpiIds, String dpiState) {
    return "<ID>"
        + id
        + "</ID><description xsi:nil=\"true\"/><name>"
        + name
        + "</name><DPIRuleIDs>"
        + dpiIds
        + "</DPIRuleIDs><DPIState>"
        + dpiState
        + "</DPIState><antiMalwareManualID xsi:nil=\"true\"/>"
        + "<antiMalwareManualInherit>true</antiMalwareManualInherit>"
        + "<antiMalwareRealTimeID xsi:nil=\"true\"/>"
        + "<antiMalwareRealTimeInherit>true</antiMalwareRealTimeInherit>"
        + "<antiMalwareRealTimeScheduleID xsi:nil=\"true\"/>"
        + "<antiMalwareScheduledID>17</antiMalwareScheduledID>"
        + "<antiMalwareScheduledInherit>false</antiMalwareScheduledInherit>"
        + "<antiMalwareState>ON</antiMalwareState>"
        + "<applicationTypeIDs xsi:nil=\"true\"/>"
        + "<firewallRuleIDs><item>7</item></firewallRuleIDs>"
        + "<firewallState>INHERITED</firewallState>"
        + "<integrityRuleIDs/>"
        + "<integrityState>REALTIME</integrityState>"
        + "<logInspectionRuleIDs xsi:nil=\"true\"/>"
        + "<logInspectionState>OFF</logInspectionState>"
        + "<parentSecurityProfileID xsi:nil=\"true\"/>"
        + "<recommendationState>ONGOING</recommendationState>"
        + "<scheduleID xsi:nil=\"true\"/><statefulConfigurationID>3</statefulConfigurationID>";
  }

  private static String item(int... ids) {
    StringBuilder sb = new StringBuilder();
    for (int i : ids) {
      sb.append("<item>").append(i).append("</item>");
    }
    return sb.toString();
  }

  @Test
  void listsPoliciesSortedAndSkipsOnesWithoutId() {
    String all =
        "<securityProfileRetrieveAllReturn>"
            + policy(9, "B", item(), "ON")
            + "</securityProfileRetrieveAllReturn>"
            + "<securityProfileRetrieveAllReturn><ID xsi:nil=\"true\"/><name>ghost</name>"
            + "</securityProfileRetrieveAllReturn>"
            + "<securityProfileRetrieveAllReturn>"
            + policy(2, "A", item(1), "PASSIVE")
            + "</securityProfileRetrieveAllReturn>";
    wm.stubFor(
        op("securityProfileRetrieveAll")
            .willReturn(ok(response("securityProfileRetrieveAll", all))));
    var page = conn.listPolicies(new PageRequest(0, 10));
    assertThat(page.complete()).isTrue();
    assertThat(page.items()).extracting(Policy::id).containsExactly(2, 9);
    Policy a = page.items().get(0);
    assertThat(a.moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
        .containsEntry(SecurityModule.INTEGRITY_MONITORING, ModuleState.REAL_TIME)
        .containsEntry(SecurityModule.FIREWALL, ModuleState.INHERITED)
        .containsEntry(SecurityModule.LOG_INSPECTION, ModuleState.OFF);
    assertThat(a.parentId()).isNull();
    assertThat(a.description()).isEmpty();
  }

  @Test
  void unknownEnumLiteralsBecomeUnknown() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                ok(returning("securityProfileRetrieve", policy(4, "X", item(1), "TURBO")))));
    assertThat(conn.getPolicy(4).moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.UNKNOWN);
  }

  @Test
  void nilAnswerIsNotFound() {
    wm.stubFor(op("securityProfileRetrieve").willReturn(ok(nilReturn("securityProfileRetrieve"))));
    assertThatThrownBy(() -> conn.getPolicy(4)).isInstanceOf(NotFoundException.class);
    wm.stubFor(
        op("DPIRuleRetrieve")
            .willReturn(ok(returning("DPIRuleRetrieve", "<ID xsi:nil=\"true\"/>"))));
    assertThatThrownBy(() -> conn.getRule(RuleKind.INTRUSION_PREVENTION, 4))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void findByNameNeedsAnExactMatch() {
    wm.stubFor(
        op("securityProfileRetrieveByName")
            .willReturn(
                ok(
                    returning(
                        "securityProfileRetrieveByName", policy(3, "Base Policy", "", "ON")))));
    assertThat(conn.findPolicyByName("Base Policy")).map(Policy::id).contains(3);
    assertThat(conn.findPolicyByName("base policy")).isEmpty();
    wm.stubFor(
        op("securityProfileRetrieveByName")
            .willReturn(
                faultResponse(
                    fault("fault", "ManagerException", "Security Profile does not exist"))));
    assertThat(conn.findPolicyByName("Base Policy")).isEmpty();
  }

  @Test
  void createSendsNilIdAndDeliberatePrimitives() {
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(ok(returning("securityProfileSave", policy(31, "Web", "", "PASSIVE")))));
    Policy p =
        conn.createPolicy(
            PolicyDraft.builder("Web")
                .parentId(1)
                .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
                .build());
    assertThat(p.id()).isEqualTo(31);
    wm.verify(
        requested("securityProfileSave")
            .withRequestBody(nilElement("ID"))
            .withRequestBody(containing("<name>Web</name>"))
            .withRequestBody(containing("<DPIState>PASSIVE</DPIState>"))
            .withRequestBody(containing("<firewallState>INHERITED</firewallState>"))
            .withRequestBody(
                containing("<antiMalwareManualInherit>true</antiMalwareManualInherit>"))
            .withRequestBody(
                containing("<antiMalwareScheduledInherit>true</antiMalwareScheduledInherit>"))
            .withRequestBody(containing("<parentSecurityProfileID>1</parentSecurityProfileID>")));
  }

  @Test
  void updateSavesTheCompleteTransportAsRead() {
    wm.stubFor(
        op("securityProfileRetrieve")
            .willReturn(
                ok(returning("securityProfileRetrieve", policy(5, "Old", item(1, 2), "ON")))));
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(ok(returning("securityProfileSave", policy(5, "New", item(1, 2), "ON")))));
    conn.updatePolicy(5, PolicyUpdate.builder().name("New").build());
    wm.verify(
        requested("securityProfileSave")
            .withRequestBody(containing("<name>New</name>"))
            .withRequestBody(containing("<DPIRuleIDs><item>1</item><item>2</item></DPIRuleIDs>"))
            .withRequestBody(containing("<firewallRuleIDs><item>7</item></firewallRuleIDs>"))
            .withRequestBody(containing("<antiMalwareScheduledID>17</antiMalwareScheduledID>"))
            .withRequestBody(
                containing("<antiMalwareScheduledInherit>false</antiMalwareScheduledInherit>"))
            .withRequestBody(containing("<statefulConfigurationID>3</statefulConfigurationID>"))
            .withRequestBody(containing("<recommendationState>ONGOING</recommendationState>")));
  }

  private void policyReads(String first, String afterSave) {
    wm.stubFor(
        op("securityProfileRetrieve")
            .inScenario("rmw")
            .whenScenarioStateIs(STARTED)
            .willReturn(ok(returning("securityProfileRetrieve", policy(5, "P", first, "ON"))))
            .willSetStateTo("saved"));
    wm.stubFor(
        op("securityProfileRetrieve")
            .inScenario("rmw")
            .whenScenarioStateIs("saved")
            .willReturn(ok(returning("securityProfileRetrieve", policy(5, "P", afterSave, "ON")))));
    wm.stubFor(
        op("securityProfileSave")
            .willReturn(ok(returning("securityProfileSave", policy(5, "P", afterSave, "ON")))));
  }

  @Test
  void assignIsReadModifyWrite() {
    policyReads(item(1, 2), item(1, 2, 3));
    assertThat(conn.assignRules(5, RuleKind.INTRUSION_PREVENTION, Set.of(3, 2)))
        .containsExactly(1, 2, 3);
    wm.verify(
        1,
        requested("securityProfileSave")
            .withRequestBody(
                containing("<DPIRuleIDs><item>1</item><item>2</item><item>3</item></DPIRuleIDs>"))
            .withRequestBody(containing("<firewallRuleIDs><item>7</item></firewallRuleIDs>")));
  }

  @Test
  void aListChangedConcurrentlyIsAConflict() {
    policyReads(item(1, 2), item(1, 2, 9));
    assertThatThrownBy(() -> conn.assignRules(5, RuleKind.INTRUSION_PREVENTION, Set.of(3)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed concurrently");
  }

  @Test
  void nothingToChangeSavesNothing() {
    policyReads(item(1, 2), item(1, 2));
    assertThat(conn.unassignRules(5, RuleKind.INTRUSION_PREVENTION, Set.of(8)))
        .containsExactly(1, 2);
    wm.verify(0, requested("securityProfileSave"));
  }

  @Test
  void policyRecommendationsLeaveOutAssignedRules() {
    policyReads(item(1, 2), item(1, 2));
    wm.stubFor(
        op("securityProfileRecommendationRuleIDsRetrieve")
            .willReturn(
                ok(
                    response(
                        "securityProfileRecommendationRuleIDsRetrieve",
                        "<securityProfileRecommendationRuleIDsRetrieveReturn>2</securityProfileRecommendationRuleIDsRetrieveReturn>"
                            + "<securityProfileRecommendationRuleIDsRetrieveReturn>4</securityProfileRecommendationRuleIDsRetrieveReturn>"))));
    var r = conn.policyRecommendations(5, RuleKind.INTRUSION_PREVENTION);
    assertThat(r.toAssign()).containsExactly(4);
    assertThat(r.toUnassign()).isEmpty();
    wm.verify(
        requested("securityProfileRecommendationRuleIDsRetrieve")
            .withRequestBody(containing("<type>2</type>")));
  }

  static String ipsRule(int id, String name, String cves, String severity) {
    return "<ID>"
        + id
        + "</ID><description>d</description><name>"
        + name
        + "</name>"
        + "<TBUID>x</TBUID><applicationTypeID>12</applicationTypeID><authoritative>true</authoritative>"
        + "<cvssScore>9.8</cvssScore><detectOnly>false</detectOnly><disableEvent>false</disableEvent>"
        + "<eventOnPacketDrop>true</eventOnPacketDrop><eventOnPacketModify>true</eventOnPacketModify>"
        + "<identifier>1008610</identifier><ignoreRecommendations>false</ignoreRecommendations>"
        + "<includePacketData>false</includePacketData><issued>2021-12-10T00:00:00.000Z</issued>"
        + "<patternAction xsi:nil=\"true\"/><patternCaseSensitive>false</patternCaseSensitive>"
        + "<patternEnd xsi:nil=\"true\"/><patternIf xsi:nil=\"true\"/><patternPatterns xsi:nil=\"true\"/>"
        + "<patternStart xsi:nil=\"true\"/><priority>NORMAL</priority><raiseAlert>true</raiseAlert>"
        + "<ruleXML xsi:nil=\"true\"/><scheduleID xsi:nil=\"true\"/><severity>"
        + severity
        + "</severity>"
        + "<signatureAction xsi:nil=\"true\"/><signatureCaseSensitive>false</signatureCaseSensitive>"
        + "<signatureSignature xsi:nil=\"true\"/><templateType>CUSTOM_XML</templateType>"
        + "<cveNumbers>"
        + cves
        + "</cveNumbers><msNumbers xsi:nil=\"true\"/>";
  }

  @Test
  void rulesAreFilteredClientSide() {
    String all =
        "<DPIRuleRetrieveAllReturn>"
            + ipsRule(20, "Log4j RCE", "CVE-2021-44228, CVE-2021-45046", "CRITICAL")
            + "</DPIRuleRetrieveAllReturn><DPIRuleRetrieveAllReturn>"
            + ipsRule(10, "Other", "", "SEVERE")
            + "</DPIRuleRetrieveAllReturn>";
    wm.stubFor(op("DPIRuleRetrieveAll").willReturn(ok(response("DPIRuleRetrieveAll", all))));
    var hit =
        conn.listRules(
            RuleKind.INTRUSION_PREVENTION,
            RuleQuery.builder().cve("cve-2021-45046").build(),
            new PageRequest(0, 10));
    assertThat(hit.items())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(20);
              assertThat(r.cves()).containsExactly("CVE-2021-44228", "CVE-2021-45046");
              assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(r.issued()).isEqualTo(Instant.parse("2021-12-10T00:00:00Z"));
              assertThat(r.detectOnly()).isFalse();
              assertThat(r.cvssScore()).isEqualTo(9.8);
              assertThat(r.lastUpdated()).isNull();
            });
    var all2 =
        conn.listRules(RuleKind.INTRUSION_PREVENTION, RuleQuery.all(), new PageRequest(0, 10));
    assertThat(all2.items()).extracting(r -> r.id()).containsExactly(10, 20);
    assertThat(all2.items().get(0).severity()).isEqualTo(Severity.UNKNOWN);
  }

  @Test
  void setDetectOnlySavesTheWholeRule() {
    wm.stubFor(
        op("DPIRuleRetrieve")
            .willReturn(ok(returning("DPIRuleRetrieve", ipsRule(20, "R", "", "HIGH")))));
    wm.stubFor(
        op("DPIRuleSave")
            .willReturn(
                ok(
                    returning(
                        "DPIRuleSave",
                        ipsRule(20, "R", "", "HIGH")
                            .replace("<detectOnly>false", "<detectOnly>true")))));
    assertThat(conn.setDetectOnly(20, true).detectOnly()).isTrue();
    wm.verify(
        requested("DPIRuleSave")
            .withRequestBody(containing("<detectOnly>true</detectOnly>"))
            .withRequestBody(containing("<identifier>1008610</identifier>"))
            .withRequestBody(containing("<applicationTypeID>12</applicationTypeID>")));
  }

  static String host(int id, String name) {
    return "<ID>"
        + id
        + "</ID><description xsi:nil=\"true\"/><name>"
        + name
        + "</name>"
        + "<displayName>web</displayName><external>false</external><externalID xsi:nil=\"true\"/>"
        + "<hostGroupID xsi:nil=\"true\"/><hostType>STANDARD</hostType><platform>Linux</platform>"
        + "<securityProfileID>3</securityProfileID><overallVersion>20.0.1</overallVersion>";
  }

  @Test
  void getComputerAsksForThatHost() {
    wm.stubFor(
        op("hostDetailRetrieve")
            .willReturn(
                ok(
                    response(
                        "hostDetailRetrieve",
                        "<hostDetailRetrieveReturn>"
                            + host(42, "web01")
                            + "</hostDetailRetrieveReturn>"))));
    var c = conn.getComputer(42);
    assertThat(c.hostName()).isEqualTo("web01");
    assertThat(c.policyId()).isEqualTo(3);
    assertThat(c.groupId()).isNull();
    assertThat(c.agentVersion()).isEqualTo("20.0.1");
    wm.verify(
        requested("hostDetailRetrieve")
            .withRequestBody(containing("<hostID>42</hostID>"))
            .withRequestBody(containing("<type>SPECIFIC_HOST</type>"))
            .withRequestBody(containing("<hostDetailLevel>LOW</hostDetailLevel>")));
    assertThatThrownBy(() -> conn.getComputer(43)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void bulkActionFaultFailsEveryComputer() {
    wm.stubFor(
        op("hostRecommendationScan")
            .willReturn(faultResponse(fault("fault7", "ManagerValidationException", "offline"))));
    BulkResult r = conn.runAction(ComputerAction.SCAN_FOR_RECOMMENDATIONS, List.of(1, 2));
    assertThat(r.succeeded()).isEmpty();
    assertThat(r.failed()).containsOnlyKeys(1, 2);
    assertThat(r.failed().get(1)).isInstanceOf(InvalidRequestException.class);
    wm.verify(
        1,
        requested("hostRecommendationScan")
            .withRequestBody(containing("<hostIDs>1</hostIDs><hostIDs>2</hostIDs>")));
  }

  @Test
  void getEventsNowIsPerComputer() {
    wm.stubFor(
        op("hostGetEventsNow")
            .withRequestBody(containing("<hostID>1</hostID>"))
            .willReturn(ok(response("hostGetEventsNow", ""))));
    wm.stubFor(
        op("hostGetEventsNow")
            .withRequestBody(containing("<hostID>2</hostID>"))
            .willReturn(
                faultResponse(fault("fault5", "ManagerCommunicationException", "agent offline"))));
    BulkResult r = conn.runAction(ComputerAction.GET_EVENTS_NOW, List.of(1, 2));
    assertThat(r.succeeded()).containsExactly(1);
    assertThat(r.failed()).containsOnlyKeys(2);
  }

  @Test
  void eventsSendCustomRangeAndNilIdFilter() {
    String ev =
        "<DPIEventRetrieve2Return><truncated>true</truncated><DPIEvents><item>"
            + "<DPIEventID>5000000001</DPIEventID><DPIRuleID>20</DPIRuleID><action>Drop</action>"
            + "<data xsi:nil=\"true\"/><dataFlags>8</dataFlags><dataIndex xsi:nil=\"true\"/>"
            + "<destinationIP>10.0.0.1</destinationIP><destinationMAC xsi:nil=\"true\"/><destinationPort>443</destinationPort>"
            + "<direction>Incoming</direction><driverTime xsi:nil=\"true\"/><endTime xsi:nil=\"true\"/>"
            + "<eventOrigin>AGENT</eventOrigin><flags xsi:nil=\"true\"/><flow xsi:nil=\"true\"/><hostID>42</hostID>"
            + "<hostName>web01</hostName><iface xsi:nil=\"true\"/><note xsi:nil=\"true\"/><packetSize>60</packetSize>"
            + "<protocol>TCP</protocol><rank>100</rank><reason>Log4j</reason><repeatCount>1</repeatCount>"
            + "<sourceIP>10.0.0.9</sourceIP><sourceMAC xsi:nil=\"true\"/><sourcePort>5555</sourcePort>"
            + "<startTime>2026-11-01T08:30:00.123Z</startTime><status xsi:nil=\"true\"/><tags xsi:nil=\"true\"/>"
            + "</item></DPIEvents></DPIEventRetrieve2Return>";
    wm.stubFor(op("DPIEventRetrieve2").willReturn(ok(response("DPIEventRetrieve2", ev))));
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    EventBatch b =
        conn.fetchEvents(EventKind.INTRUSION_PREVENTION, from, from.plusSeconds(86400), null, null);
    assertThat(b.truncated()).isTrue();
    assertThat(b.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(5_000_000_001L);
              assertThat(e.time()).isEqualTo(Instant.parse("2026-11-01T08:30:00.123Z"));
              assertThat(e.computerId()).isEqualTo(42);
              assertThat(e.ruleId()).isEqualTo(20);
              assertThat(e.action()).isEqualTo("Drop");
              assertThat(e.details())
                  .containsEntry("destinationPort", "443")
                  .containsEntry("eventOrigin", "AGENT")
                  .doesNotContainKey("data");
            });
    wm.verify(
        requested("DPIEventRetrieve2")
            .withRequestBody(containing("<type>CUSTOM_RANGE</type>"))
            .withRequestBody(containing("<rangeFrom>2026-11-01T00:00:00.000Z</rangeFrom>"))
            .withRequestBody(containing("<type>ALL_HOSTS</type>"))
            .withRequestBody(nilElement("id"))
            .withRequestBody(nilElement("operator")));
    conn.fetchEvents(EventKind.INTRUSION_PREVENTION, from, from.plusSeconds(60), 42, 77L);
    wm.verify(
        requested("DPIEventRetrieve2")
            .withRequestBody(containing("<id>77</id><operator>GREATER_THAN</operator>"))
            .withRequestBody(containing("<hostID>42</hostID>"))
            .withRequestBody(containing("<type>SPECIFIC_HOST</type>")));
  }

  @Test
  void systemEventsIncludeManagerEvents() {
    wm.stubFor(
        op("systemEventRetrieve2")
            .willReturn(
                ok(
                    response(
                        "systemEventRetrieve2",
                        "<systemEventRetrieve2Return><truncated>false</truncated><systemEvents xsi:nil=\"true\"/></systemEventRetrieve2Return>"))));
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    assertThat(conn.fetchEvents(EventKind.SYSTEM, from, from.plusSeconds(60), null, null).events())
        .isEmpty();
    wm.verify(
        requested("systemEventRetrieve2")
            .withRequestBody(containing("<includeNonHostEvents>true</includeNonHostEvents>")));
  }

  @Test
  void singleItemIpListAndNewlineItems() {
    wm.stubFor(
        op("IPListRetrieveAll")
            .willReturn(
                ok(
                    response(
                        "IPListRetrieveAll",
                        "<IPListRetrieveAllReturn><ID>1</ID><description xsi:nil=\"true\"/><name>Bad</name>"
                            + "<items>10.0.0.1\n10.0.0.0/8\r\n\n192.168.1.1-192.168.1.9\n</items></IPListRetrieveAllReturn>"))));
    var lists = conn.listIpLists(new PageRequest(0, 10)).items();
    assertThat(lists)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.items())
                    .containsExactly("10.0.0.1", "10.0.0.0/8", "192.168.1.1-192.168.1.9"));
  }

  @Test
  void serverInfoReadsTimeApiVersionAndManagerVersion() {
    wm.stubFor(
        op("getManagerTime")
            .willReturn(ok(returning("getManagerTime", "2026-11-28T10:00:00.000Z"))));
    wm.stubFor(op("getApiVersion").willReturn(ok(returning("getApiVersion", "6"))));
    wm.stubFor(
        op("systemInformationRetrieve")
            .willReturn(
                ok(
                    response(
                        "systemInformationRetrieve",
                        "<systemInformationRetrieveReturn><key>os</key><name>OS Version</name><value>Linux</value></systemInformationRetrieveReturn>"
                            + "<systemInformationRetrieveReturn><key>managerVersion</key><name>Manager Version</name><value>10.0.3345</value></systemInformationRetrieveReturn>"))));
    var info = conn.serverInfo();
    assertThat(info.apiVersion()).isEqualTo("6");
    assertThat(info.managerTime()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(info.managerVersion()).isEqualTo("10.0.3345");
    wm.verify(requested("getApiVersion").withRequestBody(notContaining("sID")));
  }
}
