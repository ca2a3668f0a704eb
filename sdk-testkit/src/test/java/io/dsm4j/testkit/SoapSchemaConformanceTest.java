package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.RuleKind;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Saves one answer of every implemented SOAP operation and validates them against the WSDL's schema
 * with the project's shared {@code SoapSchemaCheck} tool, when the shared reference folder sits
 * next to the repository.
 */
class SoapSchemaConformanceTest {
  private static final String TIME =
      "<timeFilter><rangeFrom xsi:nil=\"true\"/><rangeTo xsi:nil=\"true\"/><specificTime xsi:nil=\"true\"/><type>LAST_7_DAYS</type></timeFilter>"
          + "<hostFilter><hostGroupID xsi:nil=\"true\"/><hostID xsi:nil=\"true\"/><securityProfileID xsi:nil=\"true\"/><type>ALL_HOSTS</type></hostFilter>"
          + "<eventIdFilter><id>0</id><operator>GREATER_THAN</operator></eventIdFilter>";

  private static Set<String> implemented() {
    return DsmSimulator.servedSoapOperations();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  @Test
  void everyOperationAnswerIsSchemaValid() throws Exception {
    Path shared = Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
    Path tool = shared.resolve("tools/SoapSchemaCheck.java");
    Path wsdl = shared.resolve("reference/dsm-soap/Manager.wsdl");
    if (!Files.isRegularFile(tool) || !Files.isRegularFile(wsdl)) {
      Assumptions.assumeTrue(
          false,
          "no shared SoapSchemaCheck tool and Manager.wsdl next to the repository at " + shared);
    }
    Path out = Path.of("target", "soap-responses");
    Files.createDirectories(out);
    List<String> files = new ArrayList<>();
    try (DsmSimulator sim = DsmSimulator.builder().scanDelay(java.time.Duration.ZERO).start();
        DsmSimulator tenant = DsmSimulator.builder().tenant("Acme").start()) {
      String sid = Wire.login(sim);
      SimulatorState st = sim.state();
      String host = st.computers().get(0).hostName();
      Map<String, String> calls = new LinkedHashMap<>();
      calls.put("authenticate", "<username>dsm4j</username><password>simulator</password>");
      calls.put("getApiVersion", "");
      calls.put("getManagerTime", "");
      calls.put("systemInformationRetrieve", null);
      calls.put("securityProfileRetrieveAll", null);
      calls.put("securityProfileRetrieve", "<id>2</id>");
      calls.put("securityProfileRetrieveByName", "<name>Base Policy</name>");
      calls.put(
          "securityProfileSave",
          "<sp><ID xsi:nil=\"true\"/><description>d</description><name>Schema Policy</name><DPIRuleIDs><item>"
              + st.rules(RuleKind.INTRUSION_PREVENTION).get(0).id()
              + "</item></DPIRuleIDs><DPIState>ON</DPIState><parentSecurityProfileID>1</parentSecurityProfileID></sp>");
      calls.put(
          "securityProfileAssignToHost",
          "<securityProfileID>4</securityProfileID><hostIDs>1</hostIDs>");
      calls.put("hostRecommendationScan", "<hostIDs>1</hostIDs><hostIDs>3</hostIDs>");
      calls.put(
          "securityProfileRecommendationRuleIDsRetrieve",
          "<securityProfileID>4</securityProfileID><type>2</type>");
      calls.put(
          "hostRecommendationRuleIDsRetrieve",
          "<hostID>1</hostID><type>2</type><onlyunassigned>false</onlyunassigned>");
      for (Object[] k :
          new Object[][] {
            {"DPIRule", RuleKind.INTRUSION_PREVENTION, "ipsf"},
            {"firewallRule", RuleKind.FIREWALL, "fr"},
            {"integrityRule", RuleKind.INTEGRITY_MONITORING, "irt"},
            {"logInspectionRule", RuleKind.LOG_INSPECTION, "irt"},
            {"applicationType", RuleKind.APPLICATION_TYPE, "at"}
          }) {
        io.dsm4j.model.Rule r = st.rules((RuleKind) k[1]).get(1);
        calls.put(k[0] + "RetrieveAll", null);
        calls.put(k[0] + "Retrieve", "<id>" + r.id() + "</id>");
        calls.put(k[0] + "RetrieveByName", "<name>" + esc(r.name()) + "</name>");
        // A custom rule to delete (Trend Micro rules cannot be): made by a save without an ID.
        String app =
            k[1] == RuleKind.INTRUSION_PREVENTION
                ? "<applicationTypeID>"
                    + st.rules(RuleKind.APPLICATION_TYPE).get(0).id()
                    + "</applicationTypeID>"
                : "";
        HttpResponse<String> made =
            Wire.soap(
                sim,
                k[0] + "Save",
                "<"
                    + k[2]
                    + "><name>schema-delete-"
                    + k[0]
                    + "</name>"
                    + app
                    + "</"
                    + k[2]
                    + "><sID>"
                    + sid
                    + "</sID>");
        java.util.regex.Matcher id =
            java.util.regex.Pattern.compile("<ID>(\\d+)</ID>").matcher(made.body());
        assertThat(id.find()).as(k[0] + "Save: " + made.body()).isTrue();
        calls.put(k[0] + "Delete", "<ids>" + id.group(1) + "</ids>");
        {
          calls.put(
              k[0] + "Save",
              "<"
                  + k[2]
                  + "><ID>"
                  + r.id()
                  + "</ID><name>"
                  + esc(r.name())
                  + "</name><raiseAlert>true</raiseAlert></"
                  + k[2]
                  + ">");
        }
      }
      List<io.dsm4j.model.Rule> ips = st.rules(RuleKind.INTRUSION_PREVENTION);
      st.setRuleDependencies(ips.get(2).id(), List.of(ips.get(3).id(), ips.get(4).id()));
      calls.put("DPIRuleDependenciesRetrieve", "<id>" + ips.get(2).id() + "</id>");
      calls.put(
          "hostDetailRetrieve",
          "<hostFilter><hostGroupID xsi:nil=\"true\"/><hostID xsi:nil=\"true\"/><securityProfileID xsi:nil=\"true\"/><type>ALL_HOSTS</type></hostFilter><hostDetailLevel>HIGH</hostDetailLevel>");
      calls.put(
          "hostDetailRetrieveByName",
          "<hostname>" + host + "</hostname><hostDetailLevel>LOW</hostDetailLevel>");
      calls.put("hostGetStatus", "<id>1</id>");
      calls.put("hostAntiMalwareScan", "<hostIDs>1</hostIDs>");
      calls.put("hostIntegrityScan", "<hostIDs>1</hostIDs>");
      calls.put("hostUpdateNow", "<hostIDs>1</hostIDs>");
      calls.put("hostGetEventsNow", "<hostID>1</hostID>");
      calls.put("hostClearWarningsErrors", "<hostIDs>1</hostIDs>");
      calls.put("IPListRetrieveAll", null);
      calls.put("IPListRetrieve", "<id>1</id>");
      calls.put("IPListRetrieveByName", "<name>DNS Servers</name>");
      calls.put("hostGroupRetrieveAll", null);
      calls.put("hostGroupRetrieve", "<id>1</id>");
      calls.put("hostGroupRetrieveByName", "<name>Staging</name>");
      calls.put("securityUpdateRetrieveAll", null);
      calls.put("updateComponents", null);
      calls.put("securityUpdateGetApplierInformation", "<ID>3</ID>");
      calls.put("securityUpdateApply", "<ID>3</ID><detectOnly>false</detectOnly>");
      for (String ev :
          List.of(
              "DPIEventRetrieve2",
              "firewallEventRetrieve2",
              "antiMalwareEventRetrieve2",
              "webReputationEventRetrieve2",
              "integrityEventRetrieve2",
              "logInspectionEventRetrieve2")) {
        calls.put(ev, TIME);
        // The DSM 9.x form takes the same filters (its ID filter is 32-bit).
        calls.put(ev.substring(0, ev.length() - 1), TIME);
      }
      calls.put("systemEventRetrieve2", TIME + "<includeNonHostEvents>true</includeNonHostEvents>");
      calls.put("systemEventRetrieve", TIME + "<includeNonHostEvents>true</includeNonHostEvents>");
      calls.put(
          "systemSettingGet",
          "<keys>CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES</keys><keys>SECURITY_MINUTESTOTIMEOUT</keys>");
      calls.put(
          "securityProfileSettingGet",
          "<securityProfileID>1</securityProfileID>"
              + "<keys>CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES</keys>");
      String edit =
          "<editableSettings><settingKey>CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYINTEGRITYRULES"
              + "</settingKey><settingUnit>NONE</settingUnit><settingValue>true</settingValue>"
              + "</editableSettings>";
      String integrityKey =
          "<keys>CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYINTEGRITYRULES</keys>";
      calls.put("securityProfileSettingSet", "<securityProfileID>1</securityProfileID>" + edit);
      calls.put(
          "securityProfileSettingClear", "<securityProfileID>1</securityProfileID>" + integrityKey);
      calls.put("hostSettingGet", "<hostID>1</hostID>" + integrityKey);
      calls.put("hostSettingSet", "<hostID>1</hostID>" + edit);
      calls.put("hostSettingClear", "<hostID>1</hostID>" + integrityKey);
      calls.put(
          "systemSettingSet",
          "<editableSettings><settingKey>SECURITY_MINUTESTOTIMEOUT</settingKey>"
              + "<settingUnit>MINUTES</settingUnit><settingValue>30</settingValue>"
              + "</editableSettings>");
      calls.put(
          "hostDetailRetrieveByNameStartsWith",
          "<startsWithHostname>lnx-</startsWithHostname><hostDetailLevel>HIGH</hostDetailLevel>");
      calls.put(
          "hostDetailRetrieveByExternal",
          "<externalFilter><hostExternalID>ext-1001</hostExternalID>"
              + "<hostGroupExternalID xsi:nil=\"true\"/><type>SPECIFIC_EXT_HOST</type>"
              + "</externalFilter><hostDetailLevel>HIGH</hostDetailLevel>");
      calls.put("alertStatusRetrieve", "<count>10</count>");
      calls.put(
          "hostCreate",
          "<host><ID xsi:nil=\"true\"/><description>d</description><name>new-host</name>"
              + "<displayName>New</displayName><external>false</external>"
              + "<externalID xsi:nil=\"true\"/><hostGroupID>1</hostGroupID>"
              + "<hostType>STANDARD</hostType><platform xsi:nil=\"true\"/>"
              + "<securityProfileID>2</securityProfileID></host>");
      calls.put("hostMoveToHostGroup", "<hostIDs>9</hostIDs><hostGroupID>2</hostGroupID>");
      calls.put("hostAgentActivate", "<hostIDs>9</hostIDs>");
      calls.put("hostAgentDeactivate", "<hostIDs>9</hostIDs>");
      calls.put("hostDelete", "<ids>9</ids>");
      calls.put("securityProfileDelete", "<ids>7</ids>");
      FleetSoapCalls.add(calls, st);
      calls.put("userRetrieveAll", null);
      calls.put("userRetrieve", "<id>1</id>");
      calls.put("userRetrieveByName", "<name>dsm4j</name>");
      calls.put(
          "userSave",
          "<ipl><ID xsi:nil=\"true\"/><country xsi:nil=\"true\"/><description>d</description>"
              + "<emailAddress>a@example.com</emailAddress><fullName>Audit</fullName>"
              + "<language xsi:nil=\"true\"/><lockedOut>false</lockedOut>"
              + "<mobileNumber xsi:nil=\"true\"/><pagerNumber xsi:nil=\"true\"/>"
              + "<password>Audit-pass-1</password><passwordNeverExpires>false</passwordNeverExpires>"
              + "<phoneNumber xsi:nil=\"true\"/><receiveNotifications>false</receiveNotifications>"
              + "<roleID>2</roleID><username>auditor</username></ipl>");
      calls.put("userDelete", "<ids>2</ids>");
      sim.state().administration().addTenant("Beta", "beta-admin", "beta-pass");
      calls.put("signInAsTenant", "<tenantName>Beta</tenantName>");
      calls.put("endSession", null);

      for (Map.Entry<String, String> c : calls.entrySet()) {
        boolean noSession =
            c.getValue() != null
                && (c.getKey().equals("authenticate") || c.getKey().startsWith("get"));
        String inner =
            (c.getValue() == null ? "" : c.getValue())
                + (noSession ? "" : "<sID>" + sid + "</sID>");
        HttpResponse<String> r = Wire.soap(sim, c.getKey(), inner);
        assertThat(r.statusCode()).as(c.getKey() + ": " + r.body()).isEqualTo(200);
        files.add(save(out, c.getKey(), r.body()));
      }
      HttpResponse<String> t =
          Wire.soap(
              tenant,
              "authenticateTenant",
              "<tenantName>Acme</tenantName><username>dsm4j</username><password>simulator</password>");
      assertThat(t.statusCode()).isEqualTo(200);
      files.add(save(out, "authenticateTenant", t.body()));
      calls.put("authenticateTenant", "");
      HttpResponse<String> fault =
          Wire.soap(sim, "securityProfileRetrieveAll", "<sID>expired-or-unknown</sID>");
      assertThat(fault.statusCode()).isEqualTo(500);
      files.add(save(out, "fault-authentication", fault.body()));

      assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(implemented());
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                tool.toString(),
                wsdl.toString()));
    cmd.addAll(files);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = report.lines().toList();
    assertThat(lines)
        .as(report)
        .hasSize(files.size())
        .allMatch(l -> l.startsWith("ok ") || l.startsWith("fault "));
    assertThat(lines.get(lines.size() - 1)).startsWith("fault ");
    assertThat(p.exitValue()).as(report).isZero();
  }

  private static String save(Path dir, String name, String body) throws IOException {
    Path f = dir.resolve(name + ".xml");
    Files.writeString(f, body, StandardCharsets.UTF_8);
    return f.toAbsolutePath().toString();
  }
}
