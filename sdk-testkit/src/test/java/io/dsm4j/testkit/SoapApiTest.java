package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SoapApiTest {
  static DsmSimulator sim;
  static String sid;

  @BeforeAll
  static void start() {
    sim = DsmSimulator.builder().scanDelay(Duration.ofMillis(300)).eventCap(100).start();
    sid = Wire.login(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static void assertFault(HttpResponse<String> r, String element, String exception) {
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
    Document d = Wire.xml(r.body());
    assertThat(Wire.text(d, "faultcode")).containsExactly("soapenv:Server.userException");
    assertThat(Wire.text(d, "faultstring").get(0)).isNotBlank();
    Element detail = Wire.elements(d, "detail").get(0);
    Element first = (Element) detail.getElementsByTagNameNS("urn:Manager", element).item(0);
    assertThat(first).as("detail element " + element + " in " + r.body()).isNotNull();
    assertThat(Wire.text(d, "exceptionName"))
        .containsExactly("com.thirdbrigade.manager.webservice.exceptions." + exception);
  }

  @Test
  void sessionExpiryUnknownSessionAndEndSession() throws Exception {
    // The idle timeout is far above the time three sign-ins take, even on a loaded machine.
    try (DsmSimulator s =
        DsmSimulator.builder().maxSessions(2).sessionIdleTimeout(Duration.ofSeconds(3)).start()) {
      assertFault(
          Wire.soap(s, "authenticate", "<username>dsm4j</username><password>bad</password>"),
          "fault2",
          "ManagerAuthenticationException");
      String a = Wire.login(s);
      String b = Wire.login(s);
      assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(20);
      assertFault(
          Wire.soap(s, "authenticate", "<username>dsm4j</username><password>simulator</password>"),
          "fault3",
          "ManagerMaxSessionsException");
      Document ended = Wire.soapOk(s, b, "endSession", "");
      assertThat(Wire.elements(ended, "endSessionResponse").get(0).hasChildNodes()).isFalse();
      assertThat(s.state().sessionsEnded()).isEqualTo(1);
      assertThat(s.state().activeSessions()).isEqualTo(1);
      assertFault(
          Wire.soap(s, "securityProfileRetrieveAll", "<sID>" + b + "</sID>"),
          "fault2",
          "ManagerAuthenticationException");
      assertFault(
          Wire.soap(s, "securityProfileRetrieveAll", "<sID>made-up</sID>"),
          "fault2",
          "ManagerAuthenticationException");
      Thread.sleep(3_500);
      assertFault(
          Wire.soap(s, "securityProfileRetrieveAll", "<sID>" + a + "</sID>"),
          "fault6",
          "ManagerTimeoutException");
      assertThat(s.state().activeSessions()).isZero();
      assertThat(s.state().sessionsOpened()).isEqualTo(2);
      // no sID needed
      assertThat(Wire.text(Wire.soapOk(s, null, "getApiVersion", ""), "getApiVersionReturn"))
          .containsExactly("1");
    }
  }

  @Test
  void tenantSignInIsRequiredWhenConfigured() {
    try (DsmSimulator s = DsmSimulator.builder().tenant("Acme").start()) {
      assertFault(
          Wire.soap(s, "authenticate", "<username>dsm4j</username><password>simulator</password>"),
          "fault2",
          "ManagerAuthenticationException");
      Document ok =
          Wire.soapOk(
              s,
              null,
              "authenticateTenant",
              "<tenantName>Acme</tenantName><username>dsm4j</username><password>simulator</password>");
      assertThat(Wire.text(ok, "authenticateTenantReturn").get(0)).isNotBlank();
    }
    assertFault(
        Wire.soap(
            sim,
            "authenticateTenant",
            "<tenantName>Acme</tenantName><username>dsm4j</username><password>simulator</password>"),
        "fault2",
        "ManagerAuthenticationException");
  }

  @Test
  void unknownOperationIsAManagerException() {
    HttpResponse<String> r =
        Wire.soap(sim, "hostRebuildBaseline", "<hostIDs>1</hostIDs><sID>" + sid + "</sID>");
    assertFault(r, "fault", "ManagerException");
    assertThat(r.body()).contains("not implemented by the dsm4j simulator");
  }

  @Test
  void profileShapeAndMissingObjects() {
    Document d = Wire.soapOk(sim, sid, "securityProfileRetrieve", "<id>2</id>");
    Element ret = Wire.elements(d, "securityProfileRetrieveReturn").get(0);
    assertThat(Wire.childNames(ret))
        .startsWith("ID", "description", "name", "DPIRuleIDs", "DPIState")
        .endsWith(
            "parentSecurityProfileID",
            "recommendationState",
            "scheduleID",
            "statefulConfigurationID")
        .hasSize(24);
    assertThat(
            Wire.child(ret, "scheduleID")
                .getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil"))
        .isEqualTo("true");
    List<Integer> dpi = new ArrayList<>();
    Wire.elements(d, "item").stream()
        .filter(e -> e.getParentNode().getLocalName().equals("DPIRuleIDs"))
        .forEach(e -> dpi.add(Integer.valueOf(e.getTextContent())));
    assertThat(dpi).isEqualTo(sim.state().directRuleIds(2, RuleKind.INTRUSION_PREVENTION));

    Document all = Wire.soapOk(sim, sid, "securityProfileRetrieveAll", "");
    assertThat(Wire.elements(all, "securityProfileRetrieveAllReturn"))
        .hasSize(sim.state().policies().size());

    Document none =
        Wire.soapOk(sim, sid, "securityProfileRetrieveByName", "<name>No Such Policy</name>");
    Element nil = Wire.elements(none, "securityProfileRetrieveByNameReturn").get(0);
    assertThat(nil.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil"))
        .isEqualTo("true");
    Document noRule = Wire.soapOk(sim, sid, "DPIRuleRetrieve", "<id>1</id>");
    assertThat(
            Wire.elements(noRule, "DPIRuleRetrieveReturn")
                .get(0)
                .getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil"))
        .isEqualTo("true");
  }

  @Test
  void saveCreatesAndReplacesAndIsVisibleOverRest() {
    List<Integer> rules =
        sim.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .map(io.dsm4j.model.Rule::id)
            .limit(3)
            .toList();
    Document created =
        Wire.soapOk(
            sim,
            sid,
            "securityProfileSave",
            "<sp><ID xsi:nil=\"true\"/><description>via SOAP</description><name>SOAP Policy</name><DPIRuleIDs><item>"
                + rules.get(0)
                + "</item><item>"
                + rules.get(1)
                + "</item></DPIRuleIDs><DPIState>ON</DPIState><parentSecurityProfileID>3</parentSecurityProfileID></sp>");
    int id = Integer.parseInt(Wire.text(created, "ID").get(0));
    assertThat(sim.state().directRuleIds(id, RuleKind.INTRUSION_PREVENTION))
        .containsExactly(rules.get(0), rules.get(1));
    JsonNode rest =
        Wire.restJson(
            sim,
            "GET",
            "/api/policies/" + id + "/intrusionprevention/assignments?overrides=true",
            null);
    assertThat(rest.get("assignedRuleIDs").toString())
        .isEqualTo("[" + rules.get(0) + "," + rules.get(1) + "]");
    assertThat(
            Wire.restJson(sim, "GET", "/api/policies/" + id, null)
                .get("intrusionPrevention")
                .get("state")
                .asText())
        .isEqualTo("prevent");

    Wire.soapOk(
        sim,
        sid,
        "securityProfileSave",
        "<sp><ID>"
            + id
            + "</ID><name>SOAP Policy</name><DPIRuleIDs><item>"
            + rules.get(2)
            + "</item></DPIRuleIDs><parentSecurityProfileID>3</parentSecurityProfileID></sp>");
    assertThat(sim.state().directRuleIds(id, RuleKind.INTRUSION_PREVENTION))
        .containsExactly(rules.get(2));
    assertThat(sim.state().policy(id).orElseThrow().description()).isEmpty();

    assertFault(
        Wire.soap(
            sim,
            "securityProfileSave",
            "<sp><ID xsi:nil=\"true\"/><name>Base Policy</name></sp><sID>" + sid + "</sID>"),
        "fault9",
        "ManagerIntegrityConstraintException");
    assertFault(
        Wire.soap(
            sim,
            "securityProfileSave",
            "<sp><ID xsi:nil=\"true\"/><name>X</name><DPIRuleIDs><item>5</item></DPIRuleIDs></sp><sID>"
                + sid
                + "</sID>"),
        "fault7",
        "ManagerValidationException");
    assertFault(
        Wire.soap(sim, "securityProfileDelete", "<ids>3</ids><sID>" + sid + "</sID>"),
        "fault9",
        "ManagerIntegrityConstraintException");
    Wire.soapOk(sim, sid, "securityProfileDelete", "<ids>" + id + "</ids>");
    assertThat(sim.state().policy(id)).isEmpty();
    assertThat(sim.state().operationCounts()).containsKey("soap:securityProfileSave");
  }

  @Test
  void hostFiltersAndAssignToHost() {
    Document all =
        Wire.soapOk(
            sim,
            sid,
            "hostDetailRetrieve",
            "<hostFilter><hostGroupID xsi:nil=\"true\"/><hostID xsi:nil=\"true\"/><securityProfileID xsi:nil=\"true\"/><type>ALL_HOSTS</type></hostFilter><hostDetailLevel>HIGH</hostDetailLevel>");
    assertThat(Wire.elements(all, "hostDetailRetrieveReturn")).hasSize(8);
    Document one =
        Wire.soapOk(
            sim,
            sid,
            "hostDetailRetrieve",
            "<hostFilter><hostID>3</hostID><type>SPECIFIC_HOST</type></hostFilter><hostDetailLevel>LOW</hostDetailLevel>");
    assertThat(Wire.elements(one, "hostDetailRetrieveReturn")).hasSize(1);
    Document group =
        Wire.soapOk(
            sim,
            sid,
            "hostDetailRetrieve",
            "<hostFilter><hostGroupID>1</hostGroupID><type>HOSTS_IN_GROUP</type></hostFilter><hostDetailLevel>LOW</hostDetailLevel>");
    long inGroup =
        sim.state().computers().stream()
            .filter(c -> Integer.valueOf(1).equals(c.groupId()))
            .count();
    assertThat(Wire.elements(group, "hostDetailRetrieveReturn")).hasSize((int) inGroup);
    Wire.soapOk(
        sim,
        sid,
        "securityProfileAssignToHost",
        "<securityProfileID>6</securityProfileID><hostIDs>7</hostIDs>");
    assertThat(sim.state().computers().get(6).policyId()).isEqualTo(6);
    Document using =
        Wire.soapOk(
            sim,
            sid,
            "hostDetailRetrieve",
            "<hostFilter><securityProfileID>6</securityProfileID><type>HOSTS_USING_SECURITY_PROFILE</type></hostFilter><hostDetailLevel>LOW</hostDetailLevel>");
    assertThat(Wire.text(using, "ID")).contains("7");
    assertFault(
        Wire.soap(
            sim,
            "securityProfileAssignToHost",
            "<securityProfileID>6</securityProfileID><hostIDs>99</hostIDs><sID>" + sid + "</sID>"),
        "fault7",
        "ManagerValidationException");
  }

  @Test
  void recommendationScanAndSecurityUpdate() throws Exception {
    try (DsmSimulator s = DsmSimulator.builder().scanDelay(Duration.ofMillis(200)).start()) {
      String session = Wire.login(s);
      SecurityUpdate pending =
          s.state().securityUpdates().stream()
              .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
              .findFirst()
              .orElseThrow();
      Document info =
          Wire.soapOk(
              s, session, "securityUpdateGetApplierInformation", "<ID>" + pending.id() + "</ID>");
      int added = Integer.parseInt(Wire.text(info, "DPIRulesAdded").get(0));
      int updated = Integer.parseInt(Wire.text(info, "DPIRulesUpdated").get(0));
      int before = s.state().ruleCount(RuleKind.INTRUSION_PREVENTION);
      Instant t0 = Instant.now();
      Document applied =
          Wire.soapOk(
              s,
              session,
              "securityUpdateApply",
              "<ID>" + pending.id() + "</ID><detectOnly>true</detectOnly>");
      assertThat(Wire.text(applied, "DPIRulesAdded")).containsExactly(Integer.toString(added));
      assertThat(s.state().ruleCount(RuleKind.INTRUSION_PREVENTION)).isEqualTo(before + added);
      assertThat(
              s.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
                  .filter(r -> Boolean.TRUE.equals(r.detectOnly()))
                  .count())
          .isEqualTo(added);
      assertThat(
              s.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
                  .filter(r -> !r.lastUpdated().isBefore(pending.released()))
                  .count())
          .isEqualTo(added + updated);
      assertThat(s.state().securityUpdates())
          .filteredOn(u -> u.appliedState() == AppliedState.APPLIED_CURRENT)
          .extracting(SecurityUpdate::id)
          .containsExactly(pending.id());
      List<Integer> newIds =
          s.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
              .filter(r -> Boolean.TRUE.equals(r.detectOnly()))
              .map(io.dsm4j.model.Rule::id)
              .toList();

      // computer 1 was scanned before the update: its recommendations do not know the new rules yet
      Document beforeScan =
          Wire.soapOk(
              s,
              session,
              "hostRecommendationRuleIDsRetrieve",
              "<hostID>1</hostID><type>2</type><onlyunassigned>false</onlyunassigned>");
      assertThat(Wire.text(beforeScan, "hostRecommendationRuleIDsRetrieveReturn"))
          .doesNotContainAnyElementsOf(newIds.stream().map(String::valueOf).toList());
      assertThat(
              Wire.restJson(s, "GET", "/api/computers/1/intrusionprevention/assignments", null)
                  .get("recommendationScanStatus")
                  .asText())
          .isEqualTo("out-of-date");
      Wire.soapOk(s, session, "hostRecommendationScan", "<hostIDs>1</hostIDs>");
      Thread.sleep(300);
      Document afterScan =
          Wire.soapOk(
              s,
              session,
              "hostRecommendationRuleIDsRetrieve",
              "<hostID>1</hostID><type>2</type><onlyunassigned>true</onlyunassigned>");
      List<String> recommended = Wire.text(afterScan, "hostRecommendationRuleIDsRetrieveReturn");
      assertThat(recommended).containsAnyElementsOf(newIds.stream().map(String::valueOf).toList());
      List<Integer> effective =
          s.state()
              .effectiveRuleIds(
                  s.state().computers().get(0).policyId(), RuleKind.INTRUSION_PREVENTION);
      assertThat(recommended)
          .doesNotContainAnyElementsOf(effective.stream().map(String::valueOf).toList());
      Document detail =
          Wire.soapOk(
              s,
              session,
              "hostDetailRetrieve",
              "<hostFilter><hostID>1</hostID><type>SPECIFIC_HOST</type></hostFilter><hostDetailLevel>HIGH</hostDetailLevel>");
      assertThat(Instant.parse(Wire.text(detail, "overallLastRecommendationScan").get(0)))
          .isAfterOrEqualTo(t0.minusSeconds(1));
      assertFault(
          Wire.soap(
              s,
              "securityUpdateApply",
              "<ID>1</ID><detectOnly>false</detectOnly><sID>" + session + "</sID>"),
          "fault7",
          "ManagerValidationException");
    }
  }

  @Test
  void eventsAreCappedOrderedAndFiltered() {
    String all =
        "<timeFilter><type>LAST_7_DAYS</type></timeFilter><hostFilter><type>ALL_HOSTS</type></hostFilter><eventIdFilter><id xsi:nil=\"true\"/><operator xsi:nil=\"true\"/></eventIdFilter>";
    Document d = Wire.soapOk(sim, sid, "DPIEventRetrieve2", all);
    assertThat(Wire.text(d, "truncated")).containsExactly("true");
    List<Instant> times = Wire.text(d, "startTime").stream().map(Instant::parse).toList();
    assertThat(times).hasSize(100).isSorted();
    List<Long> ids = Wire.text(d, "DPIEventID").stream().map(Long::valueOf).toList();
    assertThat(ids)
        .isNotEqualTo(ids.stream().sorted().toList()); // late delivery: IDs not in time order

    long max = Wire.text(d, "DPIEventID").stream().mapToLong(Long::parseLong).max().orElseThrow();
    Document after =
        Wire.soapOk(
            sim,
            sid,
            "DPIEventRetrieve2",
            "<timeFilter><type>LAST_7_DAYS</type></timeFilter><hostFilter><type>ALL_HOSTS</type></hostFilter><eventIdFilter><id>"
                + max
                + "</id><operator>GREATER_THAN</operator></eventIdFilter>");
    assertThat(Wire.text(after, "DPIEventID")).allMatch(i -> Long.parseLong(i) > max);

    Instant to = Instant.now().minus(Duration.ofDays(30));
    sim.state()
        .addEvents(io.dsm4j.model.EventKind.FIREWALL, 7, to.minus(Duration.ofHours(1)), to, 2);
    Document range =
        Wire.soapOk(
            sim,
            sid,
            "firewallEventRetrieve2",
            "<timeFilter><rangeFrom>"
                + to.minus(Duration.ofHours(2))
                + "</rangeFrom><rangeTo>"
                + to
                + "</rangeTo><type>CUSTOM_RANGE</type></timeFilter><hostFilter><hostID>2</hostID><type>SPECIFIC_HOST</type></hostFilter><eventIdFilter xsi:nil=\"true\"/>");
    assertThat(Wire.text(range, "truncated")).containsExactly("false");
    assertThat(Wire.text(range, "firewallEventID")).hasSize(7);
    assertThat(Wire.text(range, "hostID")).containsOnly("2");

    try (DsmSimulator desc =
        DsmSimulator.builder().eventCap(50).eventOrder(EventOrder.ID_DESCENDING).start()) {
      String s2 = Wire.login(desc);
      Document dd =
          Wire.soapOk(
              desc,
              s2,
              "systemEventRetrieve2",
              all + "<includeNonHostEvents>true</includeNonHostEvents>");
      List<Long> sys = Wire.text(dd, "systemEventID").stream().map(Long::valueOf).toList();
      assertThat(sys).hasSize(50).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(sys.get(0)).isEqualTo(sys.stream().mapToLong(Long::longValue).max().orElseThrow());
    }
  }

  @Test
  void ruleCatalogsOverSoap() {
    Document fw = Wire.soapOk(sim, sid, "firewallRuleRetrieveAll", "");
    assertThat(Wire.elements(fw, "firewallRuleRetrieveAllReturn"))
        .hasSize(sim.state().ruleCount(RuleKind.FIREWALL));
    String name = sim.state().rules(RuleKind.LOG_INSPECTION).get(3).name();
    Document li =
        Wire.soapOk(sim, sid, "logInspectionRuleRetrieveByName", "<name>" + name + "</name>");
    assertThat(Wire.text(li, "name")).containsExactly(name);
    int rule = sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(20).id();
    Document dpi = Wire.soapOk(sim, sid, "DPIRuleRetrieve", "<id>" + rule + "</id>");
    int xml = Wire.text(dpi, "ruleXML").get(0).length();
    assertThat(xml).isBetween(1024, 4600);
    assertThat(Wire.text(dpi, "identifier").get(0)).matches("\\d{7}");
    Document saved =
        Wire.soapOk(
            sim,
            sid,
            "DPIRuleSave",
            "<ipsf><ID>"
                + rule
                + "</ID><name>"
                + sim.state()
                    .rule(RuleKind.INTRUSION_PREVENTION, rule)
                    .orElseThrow()
                    .name()
                    .replace("&", "&amp;")
                + "</name><detectOnly>true</detectOnly></ipsf>");
    assertThat(Wire.text(saved, "detectOnly")).containsExactly("true");
    assertThat(
            Wire.restJson(sim, "GET", "/api/intrusionpreventionrules/" + rule, null)
                .get("detectOnly")
                .asBoolean())
        .isTrue();
  }
}
