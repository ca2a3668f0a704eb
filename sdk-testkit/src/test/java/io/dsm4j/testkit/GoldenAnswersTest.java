package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.EventKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.Severity;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Byte-for-byte regression check of the simulator's wire behaviour: drives a fixed sequence of REST
 * and SOAP requests (every route and operation served, their faults, 404s and 405s) against
 * simulators with a fixed seed and a fixed clock, and compares every answer (status, content type,
 * body) and the final state views with {@code src/test/resources/golden/answers.txt}.
 *
 * <p>Only the SOAP session IDs are normalised (they are random by design); everything else is
 * deterministic because the clock is fixed and scans complete at once. Bodies over {@value
 * #INLINE_LIMIT} characters are recorded as their SHA-256 and length plus their start, which is
 * still a byte-for-byte comparison.
 *
 * <p>To re-record after an intended behaviour change: {@code mvn -pl sdk-testkit test
 * -Dtest=GoldenAnswersTest -Dgolden.update=true}, then review the diff of the golden file.
 */
class GoldenAnswersTest {
  private static final int INLINE_LIMIT = 24_000;
  private static final Path GOLDEN = Path.of("src/test/resources/golden/answers.txt");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder(1 << 20);
  private final Map<String, String> secrets = new TreeMap<>();
  private int seq;

  @Test
  void answersAreUnchanged() throws Exception {
    try (DsmSimulator sim =
        DsmSimulator.builder().clock(CLOCK).scanDelay(Duration.ZERO).seed(42).start()) {
      restSequence(sim);
      soapSequence(sim);
      faults(sim);
      stateViews(sim);
    }
    try (DsmSimulator sim =
        DsmSimulator.builder()
            .clock(CLOCK)
            .tenant("Acme")
            .apiKey("17:tenant-key")
            .maxSessions(1)
            .seed(7)
            .start()) {
      tenantAndSessions(sim);
    }
    try (DsmSimulator sim =
        DsmSimulator.builder()
            .clock(CLOCK)
            .legacyEventOperations(true)
            .eventsPerKind(20)
            .eventCap(7)
            .eventOrder(EventOrder.NEWEST_FIRST)
            .ipsRuleCount(40)
            .seed(3)
            .start()) {
      legacyEvents(sim, "newest-first");
    }
    try (DsmSimulator sim =
        DsmSimulator.builder()
            .clock(CLOCK)
            .eventsPerKind(20)
            .eventCap(6)
            .eventOrder(EventOrder.ID_DESCENDING)
            .ipsRuleCount(40)
            .seed(5)
            .rateLimitPerMinute(2)
            .start()) {
      idDescendingAndRateLimit(sim);
    }
    try (DsmSimulator sim =
        DsmSimulator.builder()
            .clock(CLOCK)
            .sessionIdleTimeout(Duration.ofMillis(1))
            .ipsRuleCount(10)
            .eventsPerKind(0)
            .start()) {
      String sid = login(sim);
      Thread.sleep(50);
      soap(sim, "securityProfileRetrieveAll", "<sID>" + sid + "</sID>");
      line("activeSessions", sim.state().activeSessions());
    }
    try (DsmSimulator sim =
        DsmSimulator.builder().clock(CLOCK).ipsRuleCount(10).eventsPerKind(0).seed(11).start()) {
      fleet(sim);
    }
    try (DsmSimulator sim =
        DsmSimulator.builder().clock(CLOCK).scanDelay(Duration.ZERO).seed(11).start()) {
      GoldenFleet.run(sim, this::rest, this::soap, login(sim));
    }
    try (DsmSimulator sim =
        DsmSimulator.builder().clock(CLOCK).seed(11).ipsRuleCount(10).eventsPerKind(0).start()) {
      administration(sim);
    }
    String actual = normalise(out.toString());
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path dump = Path.of("target", "golden-actual.txt");
      Files.createDirectories(dump.getParent());
      Files.writeString(dump, actual, StandardCharsets.UTF_8);
      String[] e = expected.split("\n### ");
      String[] a = actual.split("\n### ");
      for (int i = 0; i < Math.min(e.length, a.length); i++) {
        assertThat(a[i]).as("first differing answer (all answers in " + dump + ")").isEqualTo(e[i]);
      }
      assertThat(a.length).as("number of recorded answers").isEqualTo(e.length);
    }
  }

  // ------------------------------------------------------------------ REST

  private void restSequence(DsmSimulator sim) {
    // authentication, headers, unknown paths
    raw(sim, "GET", "/api/policies", Map.of("api-version", "v1"), null);
    raw(
        sim,
        "GET",
        "/api/policies",
        Map.of("api-secret-key", "2:wrong", "api-version", "v1"),
        null);
    raw(
        sim,
        "GET",
        "/api/apikeys/current",
        Map.of("Authorization", "ApiKey " + sim.apiKey(), "api-version", "v1"),
        null);
    raw(sim, "GET", "/api/policies", Map.of("api-secret-key", sim.apiKey()), null);
    raw(
        sim,
        "GET",
        "/api/policies",
        Map.of("api-secret-key", sim.apiKey(), "api-version", "v2"),
        null);
    rest(sim, "GET", "/api", null);
    rest(sim, "GET", "/api/", null);
    rest(sim, "GET", "/api/nothing", null);
    rest(sim, "GET", "/api/apikeys", null);
    rest(sim, "POST", "/api/apikeys/current", "{}");
    rest(sim, "GET", "/api/apikeys/current/x", null);
    rest(sim, "GET", "/nothing/here", null);
    rest(sim, "GET", "/webservice/Manager", null);
    rest(sim, "GET", "/api/systemsettings", null);
    rest(sim, "POST", "/api/systemsettings", "{}");
    rest(sim, "GET", "/api/systemsettings/x", null);

    // policies: list, search, filters
    rest(sim, "GET", "/api/policies", null);
    rest(sim, "GET", "/api/policies?overrides=true", null);
    rest(sim, "PUT", "/api/policies", "{}");
    rest(sim, "POST", "/api/policies/search", null);
    rest(sim, "POST", "/api/policies/search", "{}");
    rest(sim, "GET", "/api/policies/search", null);
    rest(sim, "POST", "/api/policies/search?overrides=true", "{\"maxItems\":2}");
    for (String f :
        List.of(
            "{\"maxItems\":",
            "[1]",
            "{\"maxItems\":\"many\"}",
            "{\"maxItems\":-1}",
            "{\"maxItems\":0}",
            "{\"sortByObjectID\":\"yes\"}",
            "{\"futureField\":1}",
            "{\"searchCriteria\":{\"idTest\":\"equal\"}}",
            "{\"searchCriteria\":[1]}",
            "{\"searchCriteria\":[{\"idTest\":\"equal\"}]}",
            "{\"searchCriteria\":[{\"idTest\":\"sideways\",\"idValue\":1}]}",
            "{\"searchCriteria\":[{\"idValue\":3}]}",
            "{\"searchCriteria\":[{\"idTest\":\"less-than\",\"idValue\":3}]}",
            "{\"searchCriteria\":[{\"idTest\":\"not-equal\",\"idValue\":\"x\"}]}",
            "{\"searchCriteria\":[{\"stringValue\":\"x\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringTest\":\"like\",\"stringValue\":\"x\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringTest\":\"equal\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":{\"a\":1}}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":\"linux%\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringTest\":\"not-equal\",\"stringValue\":\"%server%\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":\"Base_Policy\",\"stringWildcards\":false}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":\"x\",\"stringWildcards\":\"no\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"intrusionPrevention/state\",\"choiceValue\":\"DETECT\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"recommendationScanMode\",\"choiceTest\":\"not-equal\",\"choiceValue\":\"off\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"choiceTest\":\"above\",\"choiceValue\":\"x\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"choiceTest\":\"equal\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"parentID\",\"numericTest\":\"greater-than\",\"numericValue\":1}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"parentID\",\"numericTest\":\"equal\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"parentID\",\"numericValue\":\"one\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"numericValue\":1}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"ID\",\"firstDateValue\":2,\"lastDateValue\":4,\"lastDateInclusive\":false}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"ID\",\"firstDateValue\":2,\"firstDateInclusive\":false}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"parentID\",\"nullTest\":true}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"parentID\",\"nullTest\":false}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"parentID\",\"nullTest\":\"x\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"versionValue\":\"1.2\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"versionTest\":\"equal\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"versionTest\":\"bogus\",\"versionValue\":\"1\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\"}]}",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"booleanTest\":false}]}")) {
      rest(sim, "POST", "/api/policies/search", f);
    }
    rest(sim, "GET", "/api/policies/1", null);
    rest(sim, "GET", "/api/policies/3?overrides=true", null);
    rest(sim, "GET", "/api/policies/6?overrides=TRUE", null);
    rest(sim, "GET", "/api/policies/abc", null);
    rest(sim, "GET", "/api/policies/9999", null);
    rest(sim, "PATCH", "/api/policies/1", "{}");

    // create, modify, delete
    rest(sim, "POST", "/api/policies", "{}");
    rest(sim, "POST", "/api/policies", "{\"name\":\" \"}");
    rest(sim, "POST", "/api/policies", "{\"name\":5}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"Base Policy\"}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"parentID\":99}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"parentID\":\"one\"}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"intrusionPrevention\":[]}");
    rest(
        sim,
        "POST",
        "/api/policies",
        "{\"name\":\"P\",\"intrusionPrevention\":{\"state\":\"on\"}}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"firewall\":{\"state\":\"prevent\"}}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"firewall\":{\"ruleIDs\":[1]}}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"firewall\":{\"ruleIDs\":\"x\"}}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"P\",\"recommendationScanMode\":\"daily\"}");
    rest(sim, "POST", "/api/policies", "not json");
    rest(sim, "POST", "/api/policies", "[]");
    String ips1 = String.valueOf(sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(1).id());
    String ips2 = String.valueOf(sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(2).id());
    String fw1 = String.valueOf(sim.state().rules(RuleKind.FIREWALL).get(1).id());
    String im1 = String.valueOf(sim.state().rules(RuleKind.INTEGRITY_MONITORING).get(1).id());
    String li1 = String.valueOf(sim.state().rules(RuleKind.LOG_INSPECTION).get(1).id());
    rest(
        sim,
        "POST",
        "/api/policies",
        "{\"name\":\"Golden Top\",\"description\":\"top\",\"recommendationScanMode\":\"ongoing\","
            + "\"antiMalware\":{\"state\":\"inherited\"},\"intrusionPrevention\":{\"state\":\"detect\",\"ruleIDs\":["
            + ips1
            + "]},\"integrityMonitoring\":{\"state\":\"real-time\",\"ruleIDs\":["
            + im1
            + "]},\"logInspection\":{\"ruleIDs\":["
            + li1
            + "]},\"firewall\":{\"state\":\"on\",\"ruleIDs\":["
            + fw1
            + "]}}");
    rest(sim, "POST", "/api/policies?overrides=true", "{\"name\":\"Golden Child\",\"parentID\":2}");
    rest(sim, "POST", "/api/policies", "{\"name\":\"Golden Zero\",\"parentID\":0}");
    rest(sim, "POST", "/api/policies/8", "{\"name\":\"\"}");
    rest(sim, "POST", "/api/policies/8", "{\"name\":\"Base Policy\"}");
    rest(sim, "POST", "/api/policies/8", "{\"parentID\":8}");
    rest(sim, "POST", "/api/policies/2", "{\"parentID\":5}");
    rest(sim, "POST", "/api/policies/8", "{\"parentID\":77}");
    rest(sim, "POST", "/api/policies/8", "{\"antiMalware\":{\"state\":\"real-time\"}}");
    rest(
        sim,
        "POST",
        "/api/policies/8",
        "{\"name\":\"Golden Child 2\",\"parentID\":0,\"description\":\"d\",\"intrusionPrevention\":{\"state\":\"inherited\",\"ruleIDs\":["
            + ips2
            + "]}}");
    rest(sim, "POST", "/api/policies/8?overrides=true", "{\"parentID\":3}");
    rest(sim, "POST", "/api/policies/8", "{\"name\":\"Golden Child 2\"}");
    rest(sim, "DELETE", "/api/policies/2", null);
    rest(sim, "DELETE", "/api/policies/9", null);
    rest(sim, "GET", "/api/policies/9", null);
    rest(sim, "DELETE", "/api/policies/9", null);

    // assignments
    for (String module :
        List.of("intrusionprevention", "firewall", "integritymonitoring", "loginspection")) {
      rest(sim, "GET", "/api/policies/4/" + module + "/assignments", null);
      rest(sim, "GET", "/api/policies/4/" + module + "/assignments?overrides=true", null);
      rest(sim, "GET", "/api/policies/1/" + module + "/assignments", null);
    }
    rest(sim, "GET", "/api/policies/3/intrusionprevention/assignments", null);
    rest(sim, "GET", "/api/policies/6/intrusionprevention/assignments", null);
    rest(sim, "GET", "/api/policies/1/antimalware/assignments", null);
    rest(sim, "GET", "/api/policies/1/intrusionprevention", null);
    rest(sim, "GET", "/api/policies/1/intrusionprevention/other", null);
    String a = "/api/policies/8/intrusionprevention/assignments";
    rest(sim, "POST", a + "?overrides=true", "{\"ruleIDs\":[" + ips1 + "]}");
    rest(sim, "POST", a, "{\"ruleIDs\":[" + ips1 + "," + ips2 + "]}");
    rest(sim, "POST", a, null);
    rest(sim, "POST", a, "{\"ruleIDs\":[200001,1]}");
    rest(sim, "POST", a, "{\"ruleIDs\":[1.5]}");
    rest(sim, "POST", a, "{\"ruleIDs\":[null]}");
    rest(sim, "PUT", a + "?overrides=true", "{\"ruleIDs\":[" + ips2 + "]}");
    rest(sim, "PATCH", a, "{}");
    rest(sim, "GET", a + "/" + ips2, null);
    rest(sim, "DELETE", a + "/" + ips2 + "?overrides=true", null);
    rest(sim, "DELETE", a + "/abc", null);
    rest(sim, "DELETE", a + "/1/2", null);
    rest(sim, "PUT", "/api/policies/8/firewall/assignments", "{\"ruleIDs\":[" + fw1 + "]}");
    rest(sim, "POST", "/api/policies/8/loginspection/assignments", "{\"ruleIDs\":[" + ips1 + "]}");

    // policy-level IPS rule overrides
    String pr = "/api/policies/4/intrusionprevention/rules";
    rest(sim, "GET", pr, null);
    rest(sim, "GET", pr + "?overrides=true", null);
    rest(sim, "POST", pr, "{}");
    int effective = sim.state().effectiveRuleIds(4, RuleKind.INTRUSION_PREVENTION).get(0);
    rest(sim, "GET", pr + "/" + effective, null);
    rest(sim, "POST", pr + "/" + effective, "{\"detectOnly\":true}");
    rest(sim, "GET", pr + "/" + effective + "?overrides=true", null);
    rest(
        sim,
        "POST",
        pr + "/" + effective,
        "{\"alertEnabled\":true,\"eventLoggingDisabled\":false,\"alwaysIncludePacketData\":true,\"generateEventOnPacketDrop\":false,\"priority\":\"high\"}");
    rest(sim, "POST", pr + "/" + effective, "{\"priority\":\"urgent\"}");
    rest(sim, "POST", pr + "/" + effective, "{\"detectOnly\":\"yes\"}");
    rest(sim, "GET", pr, null);
    rest(sim, "GET", pr + "?overrides=true", null);
    rest(sim, "POST", "/api/policies/5/intrusionprevention/rules/" + ips1, "{}");
    rest(
        sim, "POST", "/api/policies/5/intrusionprevention/rules/" + ips2, "{\"detectOnly\":false}");
    rest(sim, "DELETE", pr + "/" + effective, null);
    rest(sim, "PUT", pr + "/" + effective, "{}");
    rest(sim, "GET", pr + "/99", null);
    rest(sim, "GET", pr + "/abc", null);
    rest(sim, "GET", "/api/policies/4/firewall/rules", null);
    rest(sim, "POST", pr + "/" + effective, "{\"detectOnly\":true}");

    // rule catalogs
    for (String res :
        List.of(
            "intrusionpreventionrules",
            "firewallrules",
            "integritymonitoringrules",
            "loginspectionrules",
            "applicationtypes")) {
      rest(sim, "GET", "/api/" + res, null);
      rest(sim, "POST", "/api/" + res, "{}");
      rest(sim, "POST", "/api/" + res + "/search", "{\"maxItems\":3}");
      rest(
          sim,
          "POST",
          "/api/" + res + "/search",
          "{\"maxItems\":2,\"searchCriteria\":[{\"idTest\":\"greater-than\",\"idValue\":210010}]}");
      rest(sim, "GET", "/api/" + res + "/search", null);
      rest(sim, "GET", "/api/" + res + "/1", null);
      rest(sim, "GET", "/api/" + res + "/abc", null);
      rest(sim, "GET", "/api/" + res + "/1/x", null);
    }
    String fw = "/api/firewallrules/" + fw1;
    rest(sim, "GET", fw, null);
    rest(sim, "POST", fw, "{\"detectOnly\":true}");
    rest(
        sim,
        "POST",
        fw,
        "{\"alertEnabled\":true,\"priority\":\"high\",\"recommendationsMode\":\"ignored\"}");
    rest(sim, "PUT", fw, "{}");
    String ip = "/api/intrusionpreventionrules/" + ips1;
    rest(sim, "GET", ip, null);
    rest(sim, "POST", ip, "{\"name\":\"hacked\"}");
    rest(sim, "POST", ip, "{\"description\":\"hacked\"}");
    rest(sim, "POST", ip, "{\"priority\":\"urgent\"}");
    rest(sim, "POST", ip, "{\"recommendationsMode\":\"sometimes\"}");
    rest(
        sim,
        "POST",
        ip,
        "{\"detectOnly\":true,\"alertEnabled\":true,\"eventLoggingDisabled\":true,\"alwaysIncludePacketData\":true,\"priority\":\"lowest\",\"recommendationsMode\":\"ignored\"}");
    rest(sim, "POST", "/api/integritymonitoringrules/" + im1, "{\"alertEnabled\":true}");
    rest(sim, "POST", "/api/loginspectionrules/" + li1, "{\"recommendationsMode\":\"enabled\"}");
    rest(sim, "POST", "/api/applicationtypes/101", "{\"alertEnabled\":true}");
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/search",
        "{\"searchCriteria\":[{\"fieldName\":\"CVE\",\"stringValue\":\"%cve-2021-44228%\"}]}");
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/search",
        "{\"maxItems\":5,\"searchCriteria\":[{\"fieldName\":\"CVSSScore\",\"numericTest\":\"greater-than-or-equal\",\"numericValue\":9.5},{\"fieldName\":\"severity\",\"choiceTest\":\"not-equal\",\"choiceValue\":\"low\"}]}");
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/search",
        "{\"maxItems\":4,\"searchCriteria\":[{\"fieldName\":\"lastUpdated\",\"firstDateValue\":1700000000000}]}");
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/search",
        "{\"maxItems\":4,\"searchCriteria\":[{\"fieldName\":\"minimumAgentVersion\",\"versionTest\":\"greater-than-or-equal\",\"versionValue\":\"10.0\"}]}");
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/search",
        "{\"maxItems\":4,\"searchCriteria\":[{\"fieldName\":\"detectOnly\",\"booleanTest\":true}]}");

    // computers
    rest(sim, "GET", "/api/computers", null);
    rest(sim, "GET", "/api/computers?expand=none", null);
    rest(sim, "GET", "/api/computers/3?expand=computerStatus&expand=intrusionPrevention", null);
    rest(sim, "GET", "/api/computers/3?expand=allSecurityModules", null);
    rest(
        sim,
        "GET",
        "/api/computers/2?expand=securityUpdates&expand=tasks&expand=interfaces&expand=firewall",
        null);
    rest(sim, "GET", "/api/computers/8", null);
    rest(sim, "POST", "/api/computers", "{}");
    rest(
        sim,
        "POST",
        "/api/computers/search?expand=none",
        "{\"searchCriteria\":[{\"fieldName\":\"hostName\",\"stringValue\":\"lnx-%\"}]}");
    rest(
        sim,
        "POST",
        "/api/computers/search?expand=computerStatus",
        "{\"searchCriteria\":[{\"fieldName\":\"computerStatus/agentStatus\",\"choiceValue\":\"active\"}],\"maxItems\":2}");
    rest(sim, "GET", "/api/computers/search", null);
    rest(sim, "GET", "/api/computers/abc", null);
    rest(sim, "GET", "/api/computers/99", null);
    rest(sim, "PUT", "/api/computers/1", "{}");
    rest(sim, "POST", "/api/computers/3", "{\"policyID\":\"five\"}");
    rest(sim, "POST", "/api/computers/3", "{\"policyID\":77}");
    rest(sim, "POST", "/api/computers/3", "{\"groupID\":77}");
    rest(sim, "POST", "/api/computers/3", "{\"displayName\":7}");
    rest(sim, "POST", "/api/computers/3?expand=none", "{\"policyID\":5}");
    rest(
        sim,
        "POST",
        "/api/computers/5?expand=none",
        "{\"policyID\":0,\"groupID\":0,\"displayName\":\"renamed\",\"description\":\"desc\"}");
    rest(sim, "POST", "/api/computers/5?expand=none", "{\"groupID\":2}");
    for (String module :
        List.of("intrusionprevention", "firewall", "integritymonitoring", "loginspection")) {
      rest(sim, "GET", "/api/computers/1/" + module + "/assignments", null);
      rest(sim, "GET", "/api/computers/2/" + module + "/assignments", null);
    }
    rest(sim, "GET", "/api/computers/1/intrusionprevention/assignments?overrides=true", null);
    rest(sim, "GET", "/api/computers/5/intrusionprevention/assignments", null);
    rest(sim, "POST", "/api/computers/1/intrusionprevention/assignments", "{\"ruleIDs\":[1]}");
    rest(sim, "GET", "/api/computers/1/antimalware/assignments", null);
    rest(sim, "GET", "/api/computers/1/intrusionprevention", null);

    // scheduled tasks
    String t = "/api/scheduledtasks";
    rest(sim, "GET", t, null);
    rest(sim, "PUT", t, "{}");
    rest(sim, "POST", t, "{\"type\":\"send-policy\"}");
    rest(sim, "POST", t, "{\"name\":\"x\",\"type\":\"fly\"}");
    rest(sim, "POST", t, "{\"name\":\"x\"}");
    rest(sim, "POST", t, "{\"name\":\"x\",\"type\":\"scan-for-malware\",\"runNow\":true}");
    rest(
        sim,
        "POST",
        t,
        "{\"name\":\"x\",\"type\":\"scan-for-malware\",\"scanForMalwareTaskParameters\":{\"computerFilter\":{}}}");
    rest(
        sim,
        "POST",
        t,
        "{\"name\":\"x\",\"type\":\"scan-for-malware\",\"scanForMalwareTaskParameters\":7}");
    rest(
        sim,
        "POST",
        t,
        "{\"name\":\"x\",\"type\":\"send-policy\",\"scheduleDetails\":5,\"sendPolicyTaskParameters\":{\"computerFilter\":{\"type\":\"all-computers\"}}}");
    for (String[] f :
        new String[][] {
          {"scan-for-recommendations", "{\"type\":\"computer\",\"computerID\":2}"},
          {"scan-for-malware", "{\"type\":\"all-computers\"}"},
          {"scan-for-integrity-changes", "{\"type\":\"computers-in-group\",\"computerGroupID\":1}"},
          {"send-policy", "{\"type\":\"computers-in-group-or-subgroup\",\"computerGroupID\":1}"},
          {"check-for-security-updates", "{\"type\":\"computers-using-policy\",\"policyID\":4}"},
          {
            "scan-for-open-ports",
            "{\"type\":\"computers-using-policy-or-subpolicy\",\"policyID\":2}"
          },
          {"scan-for-recommendations", "{\"type\":\"computer\",\"computerID\":99}"},
          {"scan-for-recommendations", "{\"type\":\"computer\"}"},
          {"send-policy", "{\"type\":\"computers-in-group\",\"computerGroupID\":99}"},
          {"send-policy", "{\"type\":\"computers-using-policy\",\"policyID\":99}"},
          {"send-policy", "{\"type\":\"computers-in-region\"}"},
        }) {
      String key = paramsKey(f[0]);
      rest(
          sim,
          "POST",
          t,
          "{\"name\":\"Golden "
              + f[0]
              + "\",\"type\":\""
              + f[0]
              + "\",\"runNow\":true,\""
              + key
              + "\":{\"computerFilter\":"
              + f[1]
              + "}}");
    }
    rest(
        sim,
        "POST",
        t,
        "{\"name\":\"Later\",\"type\":\"send-policy\",\"enabled\":false,\"scheduleDetails\":{\"recurrenceType\":\"daily\"},\"sendPolicyTaskParameters\":{\"computerFilter\":{\"type\":\"computer\",\"computerID\":1}}}");
    rest(sim, "POST", t, "{\"name\":\"Report\",\"type\":\"generate-report\",\"runNow\":true}");
    rest(sim, "POST", t, "{\"name\":\"Alert\",\"type\":\"send-alert-summary\",\"enabled\":true}");
    rest(sim, "GET", t, null);
    rest(
        sim,
        "POST",
        t + "/search",
        "{\"searchCriteria\":[{\"fieldName\":\"enabled\",\"booleanTest\":false}]}");
    rest(sim, "GET", t + "/search", null);
    rest(sim, "GET", t + "/7", null);
    rest(sim, "POST", t + "/7", "{\"name\":\"Renamed\",\"enabled\":true,\"runNow\":true}");
    rest(sim, "POST", t + "/9", "{\"runNow\":false}");
    rest(sim, "POST", t + "/8", "{\"runNow\":true}");
    rest(sim, "POST", t + "/7", "{\"enabled\":\"yes\"}");
    rest(sim, "PUT", t + "/7", "{}");
    rest(sim, "DELETE", t + "/7", null);
    rest(sim, "GET", t + "/7", null);
    rest(sim, "GET", t + "/abc", null);
    rest(sim, "GET", t + "/1/2", null);
    rest(sim, "GET", "/api/computers/2/intrusionprevention/assignments", null);
    rest(sim, "GET", "/api/computers?expand=none", null);

    // IP lists and computer groups
    for (String res : List.of("iplists", "computergroups")) {
      rest(sim, "GET", "/api/" + res, null);
      rest(sim, "POST", "/api/" + res, "{}");
      rest(sim, "POST", "/api/" + res + "/search", "{\"maxItems\":1}");
      rest(
          sim,
          "POST",
          "/api/" + res + "/search",
          "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":\"%s%\"}]}");
      rest(sim, "GET", "/api/" + res + "/search", null);
      rest(sim, "GET", "/api/" + res + "/2", null);
      rest(sim, "POST", "/api/" + res + "/2", "{}");
      rest(sim, "GET", "/api/" + res + "/99", null);
      rest(sim, "GET", "/api/" + res + "/abc", null);
      rest(sim, "GET", "/api/" + res + "/1/2", null);
    }
  }

  private static String paramsKey(String type) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : type.toCharArray()) {
      if (ch == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.append("TaskParameters").toString();
  }

  // ------------------------------------------------------------------ SOAP

  private static final String TIME =
      "<timeFilter><type>LAST_7_DAYS</type></timeFilter>"
          + "<hostFilter><type>ALL_HOSTS</type></hostFilter>";

  private void soapSequence(DsmSimulator sim) {
    soapBody(sim, "not xml at all");
    soapBody(sim, "<foo/>");
    soapBody(sim, "");
    soapBody(
        sim,
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body/></soapenv:Envelope>");
    soapBody(
        sim,
        "<!DOCTYPE x [<!ENTITY a \"b\">]><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><getApiVersion xmlns=\"urn:Manager\"/></soapenv:Body></soapenv:Envelope>");
    soapBody(
        sim,
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><getApiVersion xmlns=\"urn:Other\"/></soapenv:Body></soapenv:Envelope>");
    soap(sim, "hostRebuildBaseline", "<hostIDs>1</hostIDs>");
    soap(sim, "applicationTypeSave", "");
    soap(sim, "securityProfileRetrieveAll", "");
    soap(sim, "securityProfileRetrieveAll", "<sID>made-up</sID>");
    soap(sim, "authenticate", "<username>dsm4j</username><password>bad</password>");
    soap(sim, "authenticate", "<username>nobody</username><password>simulator</password>");
    soap(
        sim,
        "authenticateTenant",
        "<tenantName>Acme</tenantName><username>dsm4j</username><password>simulator</password>");
    soap(sim, "authenticateTenant", "<username>dsm4j</username><password>simulator</password>");
    soap(sim, "getApiVersion", "");
    soap(sim, "getManagerTime", "");
    String sid = login(sim);
    String s = "<sID>" + sid + "</sID>";
    soap(sim, "systemInformationRetrieve", s);

    // security profiles
    soap(sim, "securityProfileRetrieveAll", s);
    soap(sim, "securityProfileRetrieve", "<id>2</id>" + s);
    soap(sim, "securityProfileRetrieve", "<id>99</id>" + s);
    soap(sim, "securityProfileRetrieve", s);
    soap(sim, "securityProfileRetrieve", "<id>two</id>" + s);
    soap(sim, "securityProfileRetrieveByName", "<name>Linux Server</name>" + s);
    soap(sim, "securityProfileRetrieveByName", "<name>linux server</name>" + s);
    soap(sim, "securityProfileRetrieveByName", s);
    String ips0 = String.valueOf(sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(0).id());
    String ips3 = String.valueOf(sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(3).id());
    soap(sim, "securityProfileSave", s);
    soap(sim, "securityProfileSave", "<sp xsi:nil=\"true\"/>" + s);
    soap(sim, "securityProfileSave", "<sp><name></name></sp>" + s);
    soap(sim, "securityProfileSave", "<sp><ID>99</ID><name>x</name></sp>" + s);
    soap(sim, "securityProfileSave", "<sp><name>Base Policy</name></sp>" + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><name>x</name><parentSecurityProfileID>99</parentSecurityProfileID></sp>" + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><ID>2</ID><name>Linux Server</name><parentSecurityProfileID>4</parentSecurityProfileID></sp>"
            + s);
    soap(sim, "securityProfileSave", "<sp><name>x</name><DPIState>REALTIME</DPIState></sp>" + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><name>x</name><integrityState>REALTIME</integrityState><firewallState>BOGUS</firewallState></sp>"
            + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><name>x</name><recommendationState>DAILY</recommendationState></sp>" + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><name>x</name><DPIRuleIDs><item>1</item></DPIRuleIDs></sp>" + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><name>x</name><DPIRuleIDs><item>x</item></DPIRuleIDs></sp>" + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><ID xsi:nil=\"true\"/><description>d</description><name>Soap Golden</name><DPIRuleIDs><item>"
            + ips0
            + "</item><item>"
            + ips3
            + "</item></DPIRuleIDs><DPIState>PASSIVE</DPIState><applicationTypeIDs><item>101</item><item>102</item></applicationTypeIDs>"
            + "<firewallRuleIDs><item>200002</item></firewallRuleIDs><integrityState>REALTIME</integrityState><recommendationState>ONGOING</recommendationState>"
            + "<parentSecurityProfileID>1</parentSecurityProfileID></sp>"
            + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><name>Soap Top</name><antiMalwareState>INHERITED</antiMalwareState><DPIRuleIDs xsi:nil=\"true\"/></sp>"
            + s);
    soap(
        sim,
        "securityProfileSave",
        "<sp><ID>11</ID><name>Soap Top Renamed</name><description xsi:nil=\"true\"/><logInspectionState>ON</logInspectionState></sp>"
            + s);
    soap(sim, "securityProfileRetrieve", "<id>10</id>" + s);
    rest(sim, "GET", "/api/policies/10", null);
    rest(sim, "GET", "/api/policies/10?overrides=true", null);
    soap(sim, "securityProfileDelete", "<ids>99</ids>" + s);
    soap(sim, "securityProfileDelete", "<ids>2</ids>" + s);
    soap(sim, "securityProfileDelete", "<ids>11</ids><ids>2</ids>" + s);
    soap(sim, "securityProfileDelete", "<ids>11</ids>" + s);
    soap(sim, "securityProfileDelete", s);
    soap(
        sim,
        "securityProfileAssignToHost",
        "<securityProfileID>99</securityProfileID><hostIDs>1</hostIDs>" + s);
    soap(
        sim,
        "securityProfileAssignToHost",
        "<securityProfileID>10</securityProfileID><hostIDs>99</hostIDs>" + s);
    soap(sim, "securityProfileAssignToHost", s);
    soap(
        sim,
        "securityProfileAssignToHost",
        "<securityProfileID>10</securityProfileID><hostIDs>7</hostIDs><hostIDs>8</hostIDs>" + s);
    soap(
        sim,
        "securityProfileRecommendationRuleIDsRetrieve",
        "<securityProfileID>4</securityProfileID><type>2</type>" + s);
    soap(
        sim,
        "securityProfileRecommendationRuleIDsRetrieve",
        "<securityProfileID>5</securityProfileID><type>1</type>" + s);
    soap(
        sim,
        "securityProfileRecommendationRuleIDsRetrieve",
        "<securityProfileID>4</securityProfileID><type>9</type>" + s);
    soap(
        sim,
        "securityProfileRecommendationRuleIDsRetrieve",
        "<securityProfileID>99</securityProfileID><type>3</type>" + s);
    for (int type = 1; type <= 5; type++) {
      soap(
          sim,
          "hostRecommendationRuleIDsRetrieve",
          "<hostID>1</hostID><type>" + type + "</type><onlyunassigned>true</onlyunassigned>" + s);
    }
    soap(
        sim,
        "hostRecommendationRuleIDsRetrieve",
        "<hostID>1</hostID><type>2</type><onlyunassigned>false</onlyunassigned>" + s);
    soap(sim, "hostRecommendationRuleIDsRetrieve", "<hostID>2</hostID><type>2</type>" + s);
    soap(sim, "hostRecommendationRuleIDsRetrieve", "<hostID>99</hostID><type>2</type>" + s);
    soap(
        sim,
        "hostRecommendationRuleIDsRetrieve",
        "<hostID>1</hostID><type>2</type><onlyunassigned>maybe</onlyunassigned>" + s);

    // hosts
    soap(sim, "hostDetailRetrieve", "<hostDetailLevel>HIGH</hostDetailLevel>" + s);
    soap(
        sim,
        "hostDetailRetrieve",
        "<hostFilter xsi:nil=\"true\"/><hostDetailLevel>ULTRA</hostDetailLevel>" + s);
    for (String f :
        List.of(
            "<type>ALL_HOSTS</type>",
            "<type>MY_HOSTS</type>",
            "",
            "<type>SPECIFIC_HOST</type><hostID>3</hostID>",
            "<type>SPECIFIC_HOST</type>",
            "<type>HOSTS_IN_GROUP</type><hostGroupID>1</hostGroupID>",
            "<type>HOSTS_IN_GROUP</type>",
            "<type>HOSTS_IN_GROUP_AND_ALL_SUBGROUPS</type><hostGroupID>2</hostGroupID>",
            "<type>HOSTS_USING_SECURITY_PROFILE</type><securityProfileID>4</securityProfileID>",
            "<type>HOSTS_USING_SECURITY_PROFILE</type>",
            "<type>SOME_HOSTS</type>")) {
      soap(
          sim,
          "hostDetailRetrieve",
          "<hostFilter>" + f + "</hostFilter><hostDetailLevel>LOW</hostDetailLevel>" + s);
    }
    String host = sim.state().computers().get(0).hostName();
    soap(
        sim,
        "hostDetailRetrieveByName",
        "<hostname>" + host.toUpperCase(java.util.Locale.ROOT) + "</hostname>" + s);
    soap(sim, "hostDetailRetrieveByName", "<hostname>nobody</hostname>" + s);
    soap(sim, "hostDetailRetrieveByName", s);
    soap(sim, "hostGetStatus", "<id>1</id>" + s);
    soap(sim, "hostGetStatus", "<id>8</id>" + s);
    soap(sim, "hostGetStatus", "<id>99</id>" + s);
    soap(sim, "hostRecommendationScan", "<hostIDs>2</hostIDs><hostIDs>4</hostIDs>" + s);
    soap(sim, "hostRecommendationScan", "<hostIDs>99</hostIDs>" + s);
    soap(sim, "hostAntiMalwareScan", "<hostIDs>1</hostIDs>" + s);
    soap(sim, "hostIntegrityScan", "<hostIDs>1</hostIDs>" + s);
    soap(sim, "hostUpdateNow", "<hostIDs>1</hostIDs><hostIDs>3</hostIDs>" + s);
    soap(sim, "hostGetEventsNow", "<hostID>1</hostID>" + s);
    soap(sim, "hostGetEventsNow", "<hostID>99</hostID>" + s);
    soap(sim, "hostGetEventsNow", s);
    soap(sim, "hostClearWarningsErrors", "<hostIDs>1</hostIDs>" + s);
    soap(sim, "hostRecommendationRuleIDsRetrieve", "<hostID>2</hostID><type>2</type>" + s);
    soap(
        sim,
        "hostDetailRetrieve",
        "<hostFilter><type>SPECIFIC_HOST</type><hostID>1</hostID></hostFilter>" + s);
    rest(sim, "GET", "/api/computers/1", null);
    rest(sim, "GET", "/api/computers/2/intrusionprevention/assignments", null);

    // lists and groups
    for (String res : List.of("IPList", "hostGroup")) {
      soap(sim, res + "RetrieveAll", s);
      soap(sim, res + "Retrieve", "<id>2</id>" + s);
      soap(sim, res + "Retrieve", "<id>99</id>" + s);
      soap(sim, res + "RetrieveByName", "<name>DNS Servers</name>" + s);
      soap(sim, res + "RetrieveByName", "<name>Staging</name>" + s);
      soap(sim, res + "RetrieveByName", s);
    }

    // rule catalogs
    for (String kind :
        List.of(
            "DPIRule", "firewallRule", "integrityRule", "logInspectionRule", "applicationType")) {
      soap(sim, kind + "RetrieveAll", s);
      soap(sim, kind + "Retrieve", "<id>" + firstId(sim, kind) + "</id>" + s);
      soap(sim, kind + "Retrieve", "<id>1</id>" + s);
      soap(sim, kind + "RetrieveByName", "<name>" + esc(firstName(sim, kind)) + "</name>" + s);
      soap(sim, kind + "RetrieveByName", "<name>no such rule</name>" + s);
    }
    soap(sim, "DPIRuleSave", s);
    soap(sim, "DPIRuleSave", "<ipsf xsi:nil=\"true\"/>" + s);
    soap(sim, "DPIRuleSave", "<ipsf><name>Custom Golden</name></ipsf>" + s);
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><name>Custom Golden</name><applicationTypeID>1</applicationTypeID></ipsf>" + s);
    soap(sim, "DPIRuleSave", "<ipsf><name></name></ipsf>" + s);
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><name>"
            + esc(firstName(sim, "DPIRule"))
            + "</name><applicationTypeID>101</applicationTypeID></ipsf>"
            + s);
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><ID xsi:nil=\"true\"/><description>mine</description><name>Custom Golden</name><applicationTypeID>101</applicationTypeID><detectOnly>true</detectOnly><priority>HIGH</priority><severity>HIGH</severity></ipsf>"
            + s);
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><name>Custom Golden 2</name><applicationTypeID>102</applicationTypeID><severity>EXTREME</severity></ipsf>"
            + s);
    int custom = sim.state().ruleCount(RuleKind.INTRUSION_PREVENTION);
    String customId =
        String.valueOf(sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(custom - 1).id());
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><ID>"
            + customId
            + "</ID><description xsi:nil=\"true\"/><name>Custom Golden</name></ipsf>"
            + s);
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><ID>"
            + customId
            + "</ID><name>Custom Golden 3</name><raiseAlert>true</raiseAlert><ignoreRecommendations>true</ignoreRecommendations><disableEvent>true</disableEvent><includePacketData>true</includePacketData><priority>LOWEST</priority></ipsf>"
            + s);
    soap(sim, "DPIRuleSave", "<ipsf><ID>" + ips0 + "</ID><name>renamed</name></ipsf>" + s);
    soap(sim, "DPIRuleSave", "<ipsf><ID>" + ips0 + "</ID><priority>URGENT</priority></ipsf>" + s);
    soap(
        sim,
        "DPIRuleSave",
        "<ipsf><ID>"
            + ips0
            + "</ID><description>x</description><detectOnly>true</detectOnly></ipsf>"
            + s);
    soap(sim, "DPIRuleSave", "<ipsf><ID>99</ID></ipsf>" + s);
    rest(sim, "GET", "/api/intrusionpreventionrules/" + customId, null);
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/" + customId,
        "{\"name\":\"Custom Golden 4\",\"description\":\"changed\"}");
    soap(sim, "firewallRuleSave", "<fr><name>new</name></fr>" + s);
    soap(
        sim,
        "firewallRuleSave",
        "<fr><ID>200003</ID><raiseAlert>true</raiseAlert><detectOnly>true</detectOnly></fr>" + s);
    soap(
        sim,
        "integrityRuleSave",
        "<irt><ID>210003</ID><ignoreRecommendations>true</ignoreRecommendations></irt>" + s);
    soap(
        sim,
        "integrityRuleSave",
        "<irt><ID>210003</ID><name>" + esc(firstName(sim, "integrityRule")) + "</name></irt>" + s);
    soap(
        sim, "logInspectionRuleSave", "<lirt><ID>220003</ID><raiseAlert>1</raiseAlert></lirt>" + s);
    soap(
        sim,
        "logInspectionRuleSave",
        "<lirt><ID>220003</ID><raiseAlert>often</raiseAlert></lirt>" + s);

    // security updates
    soap(sim, "securityUpdateRetrieveAll", s);
    soap(sim, "updateComponents", s);
    soap(sim, "securityUpdateGetApplierInformation", "<ID>3</ID>" + s);
    soap(sim, "securityUpdateGetApplierInformation", "<ID>9</ID>" + s);
    soap(sim, "securityUpdateApply", "<ID>1</ID><detectOnly>false</detectOnly>" + s);
    soap(sim, "securityUpdateApply", "<ID>9</ID>" + s);
    soap(sim, "securityUpdateApply", "<ID>2</ID>" + s);
    soap(sim, "securityUpdateApply", "<ID>3</ID><detectOnly>true</detectOnly>" + s);
    soap(sim, "securityUpdateApply", "<ID>3</ID><detectOnly>false</detectOnly>" + s);
    soap(sim, "securityUpdateApply", "<ID>2</ID>" + s);
    soap(sim, "securityUpdateRetrieveAll", s);
    soap(sim, "securityUpdateGetApplierInformation", "<ID>3</ID>" + s);
    rest(sim, "GET", "/api/computers/1/intrusionprevention/assignments", null);
    rest(sim, "GET", "/api/policies/4/intrusionprevention/assignments", null);
    rest(
        sim,
        "POST",
        "/api/intrusionpreventionrules/search",
        "{\"searchCriteria\":[{\"idTest\":\"greater-than\",\"idValue\":1300}]}");
    soap(sim, "hostRecommendationScan", "<hostIDs>1</hostIDs>" + s);
    soap(
        sim,
        "hostRecommendationRuleIDsRetrieve",
        "<hostID>1</hostID><type>2</type><onlyunassigned>true</onlyunassigned>" + s);
    rest(sim, "GET", "/api/computers/1/intrusionprevention/assignments", null);

    // settings
    soap(
        sim,
        "systemSettingGet",
        "<keys>CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES</keys><keys>SECURITY_MINUTESTOTIMEOUT</keys>"
            + "<keys>SECURITY_ACTIVESESSIONSALLOWED</keys><keys>CONFIGURATION_WEBSERVICEAPIENABLED</keys><keys>CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS</keys>"
            + s);
    soap(sim, "systemSettingGet", "<keys>lower_case</keys>" + s);
    soap(sim, "systemSettingGet", "<keys></keys>" + s);
    soap(sim, "systemSettingGet", s);
    sim.state().setRuleUpdatesAutoApplied(true);
    sim.state().setPolicyStaging(4, true, true);
    soap(sim, "systemSettingGet", "<keys>CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS</keys>" + s);
    rest(sim, "GET", "/api/systemsettings", null);
    rest(sim, "GET", "/api/policies/4", null);
    soap(
        sim,
        "securityProfileSettingGet",
        "<securityProfileID>4</securityProfileID><keys>CONFIGURATION_DETECTIONENGINESTATEAUTOAPPLYDPIRULES</keys><keys>SECURITY_MINUTESTOTIMEOUT</keys>"
            + s);
    soap(
        sim,
        "securityProfileSettingGet",
        "<securityProfileID>99</securityProfileID><keys>X</keys>" + s);
    soap(sim, "securityProfileSettingGet", s);
    soap(sim, "securityProfileRetrieve", "<id>4</id>" + s);

    // events
    String[] events = {
      "DPIEventRetrieve2",
      "firewallEventRetrieve2",
      "antiMalwareEventRetrieve2",
      "webReputationEventRetrieve2",
      "integrityEventRetrieve2",
      "logInspectionEventRetrieve2",
      "systemEventRetrieve2"
    };
    for (String ev : events) {
      soap(sim, ev, TIME + s);
      soap(
          sim,
          ev.substring(0, ev.length() - 1),
          "<timeFilter><type>LAST_HOUR</type></timeFilter><hostFilter><type>SPECIFIC_HOST</type><hostID>1</hostID></hostFilter>"
              + s);
      soap(
          sim,
          ev,
          "<timeFilter><type>LAST_24_HOURS</type></timeFilter><hostFilter><type>HOSTS_IN_GROUP</type><hostGroupID>1</hostGroupID></hostFilter>"
              + "<eventIdFilter><id>"
              + ((java.util.Arrays.asList(events).indexOf(ev) + 1) * 10_000_000L + 250)
              + "</id><operator>GREATER_THAN</operator></eventIdFilter>"
              + s);
    }
    soap(
        sim,
        "systemEventRetrieve2",
        TIME + "<includeNonHostEvents>true</includeNonHostEvents>" + s);
    soap(
        sim,
        "systemEventRetrieve",
        "<timeFilter><type>LAST_HOUR</type></timeFilter><includeNonHostEvents>true</includeNonHostEvents>"
            + s);
    String dpi = "DPIEventRetrieve2";
    for (String f :
        List.of(
            "<timeFilter xsi:nil=\"true\"/><eventIdFilter><id>10000100</id><operator>LESS_THAN</operator></eventIdFilter>",
            "<eventIdFilter><id>10000100</id><operator>EQUAL</operator></eventIdFilter>",
            "<eventIdFilter><id>10000100</id></eventIdFilter>",
            "<eventIdFilter><id>10000100</id><operator>ABOUT</operator></eventIdFilter>",
            "<eventIdFilter xsi:nil=\"true\"/><timeFilter><type>CUSTOM_RANGE</type><rangeFrom>2024-05-31T00:00:00Z</rangeFrom><rangeTo>2024-05-31T01:00:00.000+00:00</rangeTo></timeFilter>",
            "<timeFilter><type>CUSTOM_RANGE</type><rangeFrom>2024-05-31T00:00:00</rangeFrom><rangeTo>2024-05-31T00:30:00</rangeTo></timeFilter>",
            "<timeFilter><type>CUSTOM_RANGE</type><rangeFrom>2024-05-31T00:00:00Z</rangeFrom></timeFilter>",
            "<timeFilter><type>CUSTOM_RANGE</type><rangeFrom>yesterday</rangeFrom><rangeTo>today</rangeTo></timeFilter>",
            "<timeFilter><type>SPECIFIC_TIME</type><specificTime>2024-05-31T00:00:00Z</specificTime></timeFilter>",
            "<timeFilter><type>SPECIFIC_TIME</type></timeFilter>",
            "<timeFilter><type>PREVIOUS_MONTH</type></timeFilter>",
            "<timeFilter><type>LAST_YEAR</type></timeFilter>",
            "<timeFilter><rangeFrom>2024-05-31T00:00:00Z</rangeFrom></timeFilter>",
            "<timeFilter><type>LAST_HOUR</type></timeFilter><hostFilter><type>HOSTS_USING_SECURITY_PROFILE</type><securityProfileID>4</securityProfileID></hostFilter>",
            "<timeFilter><type>LAST_HOUR</type></timeFilter><hostFilter><type>HOSTS_IN_GROUP_AND_ALL_SUBGROUPS</type><hostGroupID>1</hostGroupID></hostFilter>",
            "<timeFilter><type>LAST_HOUR</type></timeFilter><hostFilter><type>NOWHERE</type></hostFilter>")) {
      soap(sim, dpi, f + s);
    }
    int added =
        sim.state()
            .addEvents(
                EventKind.WEB_REPUTATION,
                5,
                Instant.parse("2024-06-01T11:00:00Z"),
                Instant.parse("2024-06-01T11:10:00Z"),
                3);
    line("addEvents", added);
    sim.state()
        .addEvents(
            EventKind.SYSTEM,
            3,
            Instant.parse("2024-06-01T11:20:00Z"),
            Instant.parse("2024-06-01T11:20:00Z"),
            null);
    soap(
        sim,
        "webReputationEventRetrieve2",
        "<timeFilter><type>LAST_HOUR</type></timeFilter><hostFilter><type>SPECIFIC_HOST</type><hostID>3</hostID></hostFilter>"
            + s);
    soap(
        sim,
        "systemEventRetrieve2",
        "<timeFilter><type>SPECIFIC_TIME</type><specificTime>2024-06-01T11:20:00Z</specificTime></timeFilter><includeNonHostEvents>true</includeNonHostEvents>"
            + s);

    // fixtures seen over the wire
    int fixture = sim.state().addPolicy("Fixture Policy", 4).id();
    sim.state()
        .addIpsRule(
            "Fixture Rule",
            "9999999",
            Severity.HIGH,
            List.of("CVE-2024-1"),
            Instant.parse("2024-05-01T00:00:00Z"));
    int fixtureRule =
        sim.state()
            .rules(RuleKind.INTRUSION_PREVENTION)
            .get(sim.state().ruleCount(RuleKind.INTRUSION_PREVENTION) - 1)
            .id();
    sim.state().assignRules(fixture, RuleKind.INTRUSION_PREVENTION, List.of(fixtureRule));
    rest(sim, "GET", "/api/policies/" + fixture, null);
    rest(sim, "GET", "/api/intrusionpreventionrules/" + fixtureRule, null);
    soap(sim, "DPIRuleRetrieve", "<id>" + fixtureRule + "</id>" + s);
    soap(sim, "securityProfileRetrieve", "<id>" + fixture + "</id>" + s);
    soap(sim, "systemInformationRetrieve", s);

    soap(sim, "endSession", s);
    soap(sim, "endSession", s);
    soap(sim, "endSession", "");
    soap(sim, "securityProfileRetrieveAll", s);
  }

  private String firstId(DsmSimulator sim, String kind) {
    return String.valueOf(sim.state().rules(ruleKind(kind)).get(1).id());
  }

  private String firstName(DsmSimulator sim, String kind) {
    return sim.state().rules(ruleKind(kind)).get(2).name();
  }

  private static RuleKind ruleKind(String kind) {
    return switch (kind) {
      case "DPIRule" -> RuleKind.INTRUSION_PREVENTION;
      case "firewallRule" -> RuleKind.FIREWALL;
      case "integrityRule" -> RuleKind.INTEGRITY_MONITORING;
      case "logInspectionRule" -> RuleKind.LOG_INSPECTION;
      default -> RuleKind.APPLICATION_TYPE;
    };
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  // ------------------------------------------------------------------ the fleet

  /**
   * The computer lifecycle, searches, statuses and alerts (last: earlier answers stay as they
   * were).
   */
  private void fleet(DsmSimulator sim) {
    String s = "<sID>" + login(sim) + "</sID>";
    String full = "<hostDetailLevel>HIGH</hostDetailLevel>" + s;
    rest(
        sim, "GET", "/api/computers/3?expand=computerStatus&expand=ec2VirtualMachineSummary", null);
    rest(sim, "GET", "/api/computers/5?expand=ec2VirtualMachineSummary&expand=interfaces", null);
    rest(sim, "GET", "/api/computers/8?expand=computerStatus&expand=allSecurityModules", null);
    String instance = sim.state().computers().get(0).cloud().instanceId();
    rest(
        sim,
        "POST",
        "/api/computers/search?expand=none",
        "{\"searchCriteria\":[{\"fieldName\":\"ec2VirtualMachineSummary/instanceID\",\"stringValue\":\""
            + instance
            + "\",\"stringWildcards\":false}]}");
    rest(
        sim,
        "POST",
        "/api/computers/search?expand=none",
        "{\"searchCriteria\":[{\"fieldName\":\"lastAgentCommunication\",\"lastDateValue\":"
            + CLOCK.instant().minus(Duration.ofDays(1)).toEpochMilli()
            + ",\"lastDateInclusive\":false}]}");
    rest(
        sim,
        "POST",
        "/api/computers?expand=computerStatus",
        "{\"hostName\":\"new-01.corp.example.com\",\"displayName\":\"New\",\"groupID\":2,\"policyID\":3}");
    rest(sim, "POST", "/api/computers", "{\"hostName\":\"x\",\"groupID\":77}");
    rest(sim, "POST", "/api/computers", "{\"hostName\":\"x\",\"policyID\":77}");
    rest(sim, "DELETE", "/api/computers/9", null);
    rest(sim, "DELETE", "/api/computers/9", null);
    rest(
        sim,
        "POST",
        "/api/agentdeploymentscripts",
        "{\"platform\":\"linux\",\"activationRequired\":true,\"policyID\":3,\"computerGroupID\":1}");
    rest(sim, "POST", "/api/agentdeploymentscripts", "{\"platform\":\"windows\"}");
    rest(sim, "POST", "/api/agentdeploymentscripts", "{\"platform\":\"beos\"}");
    rest(sim, "POST", "/api/agentdeploymentscripts", "{\"platform\":\"aix\",\"policyID\":77}");
    soap(
        sim,
        "hostDetailRetrieveByNameStartsWith",
        "<startsWithHostname>WIN-</startsWithHostname>" + full);
    soap(sim, "hostDetailRetrieveByNameStartsWith", full);
    soap(
        sim,
        "hostDetailRetrieveByExternal",
        "<externalFilter><hostExternalID>ext-1001</hostExternalID><type>SPECIFIC_EXT_HOST</type>"
            + "</externalFilter>"
            + full);
    soap(
        sim,
        "hostDetailRetrieveByExternal",
        "<externalFilter><type>ALL_EXT_HOSTS</type></externalFilter>" + full);
    soap(
        sim,
        "hostDetailRetrieveByExternal",
        "<externalFilter><type>OTHER</type></externalFilter>" + full);
    soap(sim, "alertStatusRetrieve", "<count>10</count>" + s);
    soap(sim, "alertStatusRetrieve", "<count>1</count>" + s);
    soap(
        sim,
        "hostCreate",
        "<host><ID xsi:nil=\"true\"/><description>d</description><name>new-02</name>"
            + "<displayName>N2</displayName><external>false</external><hostGroupID>1</hostGroupID>"
            + "<hostType>STANDARD</hostType><securityProfileID>2</securityProfileID></host>"
            + s);
    soap(sim, "hostCreate", "<host><name>bad</name><hostGroupID>77</hostGroupID></host>" + s);
    soap(sim, "hostMoveToHostGroup", "<hostIDs>10</hostIDs><hostGroupID>2</hostGroupID>" + s);
    soap(sim, "hostMoveToHostGroup", "<hostIDs>10</hostIDs><hostGroupID>77</hostGroupID>" + s);
    soap(sim, "hostAgentActivate", "<hostIDs>10</hostIDs>" + s);
    soap(
        sim,
        "hostDetailRetrieve",
        "<hostFilter><type>SPECIFIC_HOST</type><hostID>10</hostID></hostFilter>" + full);
    soap(sim, "hostAgentDeactivate", "<hostIDs>1</hostIDs><hostIDs>4</hostIDs>" + s);
    soap(sim, "hostClearWarningsErrors", "<hostIDs>6</hostIDs>" + s);
    soap(sim, "alertStatusRetrieve", "<count>10</count>" + s);
    soap(sim, "hostDelete", "<ids>10</ids><ids>99</ids>" + s);
    soap(sim, "hostDelete", "<ids>10</ids>" + s);
    line("computers", sim.state().computers().size());
    line("deploymentScripts", sim.state().deploymentScripts());
  }

  // ------------------------------------------------------------------ other simulators

  private void faults(DsmSimulator sim) {
    for (Fault f : List.of(Fault.HTTP_500, Fault.MALFORMED_BODY, Fault.HTML_ERROR_PAGE)) {
      sim.injectFault(f, 2);
      rest(sim, "GET", "/api/policies", null);
      soap(sim, "getApiVersion", "");
    }
    sim.injectFault(Fault.HTTP_500, 1);
    rest(sim, "GET", "/nothing", null);
    sim.injectFault(Fault.HTTP_500, 3);
    sim.injectFault(Fault.HTTP_500, 0);
    rest(sim, "GET", "/api/policies/1", null);
  }

  private void stateViews(DsmSimulator sim) {
    SimulatorState st = sim.state();
    // Policy.moduleStates() is an unordered map: print it sorted.
    line("policies", st.policies().stream().map(GoldenAnswersTest::policy).toList());
    line("policy 4", st.policy(4).map(GoldenAnswersTest::policy));
    line("policy 99", st.policy(99).map(GoldenAnswersTest::policy));
    for (RuleKind k : RuleKind.values()) {
      line("ruleCount " + k, st.ruleCount(k));
      line("direct 8 " + k, st.directRuleIds(8, k));
      line("effective 8 " + k, st.effectiveRuleIds(8, k));
      line("rule " + k, st.rule(k, st.rules(k).get(0).id()));
    }
    line("computers", st.computers());
    line("securityUpdates", st.securityUpdates());
    for (EventKind k : EventKind.values()) {
      line("eventCount " + k, st.eventCount(k));
    }
    line("sessionsOpened", st.sessionsOpened());
    line("sessionsEnded", st.sessionsEnded());
    line("activeSessions", st.activeSessions());
    line("requestCount", st.requestCount());
    line("operationCounts", new TreeMap<>(st.operationCounts()));
  }

  private static String policy(io.dsm4j.model.Policy p) {
    return p.id()
        + "|"
        + p.name()
        + "|"
        + p.description()
        + "|"
        + p.parentId()
        + "|"
        + new TreeMap<>(p.moduleStates());
  }

  private void tenantAndSessions(DsmSimulator sim) {
    rest(sim, "GET", "/api/apikeys/current", null);
    soap(sim, "authenticate", "<username>dsm4j</username><password>simulator</password>");
    soap(
        sim,
        "authenticateTenant",
        "<tenantName>Other</tenantName><username>dsm4j</username><password>simulator</password>");
    soap(
        sim,
        "authenticateTenant",
        "<tenantName>acme</tenantName><username>dsm4j</username><password>simulator</password>");
    soap(
        sim,
        "authenticateTenant",
        "<tenantName>Acme</tenantName><username>dsm4j</username><password>simulator</password>");
    soap(
        sim,
        "authenticateTenant",
        "<tenantName>Acme</tenantName><username>dsm4j</username><password>simulator</password>");
    soap(
        sim,
        "systemSettingGet",
        "<keys>SECURITY_ACTIVESESSIONSALLOWED</keys><keys>SECURITY_MINUTESTOTIMEOUT</keys><sID>x</sID>");
    rest(sim, "GET", "/api/policies", null);
    rest(sim, "GET", "/api/computers?expand=none", null);
    line("sessions", sim.state().sessionsOpened() + " " + sim.state().activeSessions());
  }

  /** Administrators, roles, tenants and cloud connectors (no API key: its secret is random). */
  private void administration(DsmSimulator sim) {
    line("sim", "administration");
    sim.state().administration().setTenantActivationDelay(Duration.ofDays(1));
    rest(sim, "GET", "/api/administrators", null);
    rest(sim, "GET", "/api/roles/1", null);
    rest(sim, "POST", "/api/roles", "{\"name\":\"Ops\",\"allowWebService\":true}");
    rest(sim, "POST", "/api/roles/3", "{\"description\":\"operations\"}");
    rest(sim, "POST", "/api/roles/1", "{\"description\":\"x\"}");
    rest(sim, "POST", "/api/roles/3", "{\"urn\":\"x\"}");
    rest(
        sim,
        "POST",
        "/api/administrators",
        "{\"username\":\"ops\",\"password\":\"Ops-pass-1\",\"roleID\":3}");
    rest(
        sim,
        "POST",
        "/api/administrators",
        "{\"username\":\"OPS\",\"password\":\"Ops-pass-1\",\"roleID\":3}");
    rest(
        sim,
        "POST",
        "/api/administrators/search",
        "{\"searchCriteria\":[{\"fieldName\":" + "\"username\",\"stringValue\":\"ops\"}]}");
    rest(sim, "DELETE", "/api/roles/3", null);
    rest(sim, "GET", "/api/administrators/99", null);
    rest(sim, "GET", "/api/apikeys", null);
    rest(sim, "GET", "/api/tenants", null);
    rest(
        sim,
        "POST",
        "/api/tenants?confirmationRequired=false&asynchronous=true",
        "{\"name\":\"Beta\",\"modulesVisible\":[\"firewall\"],\"administrator\":"
            + "{\"username\":\"b-admin\",\"password\":\"Beta-pass-1\"}}");
    rest(sim, "POST", "/api/tenants", "{\"name\":\"beta\",\"administrator\":{}}");
    rest(sim, "GET", "/api/tenants/1", null);
    rest(sim, "POST", "/api/tenants/1/apikeys", "{\"keyName\":\"k\",\"roleID\":1}");
    rest(sim, "GET", "/api/tenants/2", null);
    rest(
        sim,
        "POST",
        "/api/gcpconnectors",
        "{\"name\":\"gcp\",\"serviceAccount\":\"eyJwcm9qZWN0X2lkIjoicCJ9\"}");
    rest(sim, "POST", "/api/gcpconnectors", "{\"name\":\"gcp\",\"serviceAccount\":\"bm8=\"}");
    rest(sim, "POST", "/api/gcpconnectors/1/actions", "{\"type\":\"synchronize\"}");
    rest(sim, "GET", "/api/gcpconnectors/1/actions/1", null);
    rest(
        sim,
        "POST",
        "/api/vcenterconnectors",
        "{\"vCenter\":{\"name\":\"vc\",\"host\":\"vc.example\",\"username\":\"a\","
            + "\"password\":\"cA==\"}}");
    rest(sim, "GET", "/api/vcenterconnectors", null);
    rest(sim, "POST", "/api/vcenterconnectors/search", "{}");
    rest(sim, "POST", "/api/awsconnectors", "{\"displayName\":\"aws\"}");
    rest(
        sim,
        "POST",
        "/api/awsconnectors",
        "{\"displayName\":\"aws\",\"crossAccountRoleArn\":\"arn:aws:iam::1:role/r\"}");
    rest(sim, "POST", "/api/awsconnectors/search", "{}");
    rest(sim, "POST", "/api/awsconnectors/1/actions", "{\"type\":\"synchronize\"}");
    String s = "<sID>" + login(sim) + "</sID>";
    soap(sim, "userRetrieveAll", s);
    soap(sim, "userRetrieveByName", "<name>ops</name>" + s);
    soap(sim, "userRetrieve", "<id>77</id>" + s);
    soap(
        sim,
        "userSave",
        "<ipl><ID xsi:nil=\"true\"/><lockedOut>false</lockedOut>"
            + "<passwordNeverExpires>false</passwordNeverExpires>"
            + "<receiveNotifications>false</receiveNotifications><roleID>1</roleID>"
            + "<username>ops</username><password>x-pass-1</password></ipl>"
            + s);
    soap(sim, "userDelete", "<ids>77</ids>" + s);
    soap(sim, "signInAsTenant", "<tenantName>Beta</tenantName>" + s);
    soap(sim, "signInAsTenant", "<tenantName>Nobody</tenantName>" + s);
  }

  private void legacyEvents(DsmSimulator sim, String label) {
    line("sim", label);
    String s = "<sID>" + login(sim) + "</sID>";
    soap(sim, "DPIEventRetrieve2", TIME + s);
    soap(sim, "DPIEventRetrieve", TIME + s);
    soap(sim, "systemEventRetrieve", "<includeNonHostEvents>true</includeNonHostEvents>" + s);
    soap(
        sim,
        "firewallEventRetrieve",
        "<eventIdFilter><id>20000003</id><operator>GREATER_THAN</operator></eventIdFilter>" + s);
    soap(sim, "DPIRuleRetrieveAll", s);
    rest(sim, "GET", "/api/intrusionpreventionrules", null);
    rest(sim, "GET", "/api/policies", null);
    soap(sim, "securityProfileRetrieveAll", s);
  }

  private void idDescendingAndRateLimit(DsmSimulator sim) {
    String s = "<sID>" + login(sim) + "</sID>";
    soap(sim, "integrityEventRetrieve2", s);
    soap(sim, "logInspectionEventRetrieve2", s);
    soap(sim, "antiMalwareEventRetrieve2", s);
    rest(sim, "GET", "/api/apikeys/current", null);
    rest(sim, "GET", "/api/policies/1", null);
    rest(sim, "GET", "/api/policies/1", null);
    raw(
        sim,
        "GET",
        "/api/policies/1",
        Map.of("api-secret-key", "2:other", "api-version", "v1"),
        null);
    soap(sim, "getApiVersion", "");
  }

  // ------------------------------------------------------------------ recording

  private String login(DsmSimulator sim) {
    HttpResponse<String> r =
        soap(
            sim,
            "authenticate",
            "<username>"
                + sim.username()
                + "</username><password>"
                + sim.password()
                + "</password>");
    String body = r.body();
    int from = body.indexOf("<authenticateReturn>") + "<authenticateReturn>".length();
    return body.substring(from, body.indexOf("</authenticateReturn>"));
  }

  private HttpResponse<String> rest(DsmSimulator sim, String method, String path, String body) {
    return raw(
        sim,
        method,
        path,
        Map.of(
            "api-secret-key",
            sim.apiKey(),
            "api-version",
            "v1",
            "Content-Type",
            "application/json"),
        body);
  }

  private HttpResponse<String> raw(
      DsmSimulator sim, String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.url() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    new TreeMap<>(headers).forEach(b::header);
    HttpResponse<String> r = Wire.send(b);
    record(method + " " + path + " " + new TreeMap<>(headers).keySet(), body, r);
    return r;
  }

  private HttpResponse<String> soap(DsmSimulator sim, String op, String inner) {
    return soapBody(sim, Wire.envelope(op, inner));
  }

  private HttpResponse<String> soapBody(DsmSimulator sim, String envelope) {
    HttpResponse<String> r =
        Wire.send(
            HttpRequest.newBuilder(URI.create(sim.url() + "/webservice/Manager"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)));
    String shown = envelope;
    int b = shown.indexOf("<soapenv:Body>");
    if (b >= 0) {
      shown =
          shown
              .substring(b + "<soapenv:Body>".length())
              .replace("</soapenv:Body></soapenv:Envelope>", "");
    }
    record("SOAP", shown, r);
    return r;
  }

  private void record(String request, String body, HttpResponse<String> r) {
    out.append("\n### ").append(++seq).append(' ').append(request).append('\n');
    if (body != null) {
      out.append("> ").append(body).append('\n');
    }
    out.append("< ")
        .append(r.statusCode())
        .append(" | ")
        .append(r.headers().firstValue("Content-Type").orElse("-"))
        .append(" | ")
        .append(r.headers().firstValue("X-DSM-Version").orElse("-"))
        .append('\n');
    String text = r.body();
    for (String tag : List.of("authenticateReturn", "authenticateTenantReturn")) {
      int from = text.indexOf("<" + tag + ">");
      if (from >= 0) {
        String sid = text.substring(from + tag.length() + 2, text.indexOf("</" + tag + ">"));
        secrets.putIfAbsent(sid, "<SID-" + (secrets.size() + 1) + ">");
      }
    }
    if (text.length() > INLINE_LIMIT) {
      out.append("sha256=")
          .append(sha256(text))
          .append(" length=")
          .append(text.length())
          .append(" start=")
          .append(text, 0, 2000)
          .append('\n');
    } else {
      out.append(text).append('\n');
    }
  }

  private void line(String what, Object value) {
    out.append("\n### ").append(++seq).append(" state ").append(what).append('\n');
    out.append(value).append('\n');
  }

  private String normalise(String text) {
    String t = text;
    for (Map.Entry<String, String> e : secrets.entrySet()) {
      t = t.replace(e.getKey(), e.getValue());
    }
    return t;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
