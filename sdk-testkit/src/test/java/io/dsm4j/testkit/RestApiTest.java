package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.RuleKind;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestApiTest {
  static DsmSimulator sim;

  @BeforeAll
  static void start() {
    sim = DsmSimulator.builder().scanDelay(Duration.ZERO).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static List<Integer> ids(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.has("ID") ? n.get("ID").asInt() : n.asInt()));
    return out;
  }

  @Test
  void authenticationAndHeaders() {
    HttpResponse<String> none =
        Wire.send(
            HttpRequest.newBuilder(URI.create(sim.url() + "/api/policies"))
                .header("api-version", "v1"));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(Wire.json(none.body()).get("message").asText()).isNotBlank();
    assertThat(none.headers().firstValue("X-DSM-Version")).contains("Deep Security/20.0.877");
    assertThat(none.headers().firstValue("Content-Type")).contains("application/json");

    HttpResponse<String> wrong =
        Wire.send(
            HttpRequest.newBuilder(URI.create(sim.url() + "/api/policies"))
                .header("api-secret-key", "2:wrong")
                .header("api-version", "v1"));
    assertThat(wrong.statusCode()).isEqualTo(401);

    HttpResponse<String> cloudOne =
        Wire.send(
            HttpRequest.newBuilder(URI.create(sim.url() + "/api/apikeys/current"))
                .header("Authorization", "ApiKey " + sim.apiKey())
                .header("api-version", "v1"));
    assertThat(cloudOne.statusCode()).isEqualTo(200);
    assertThat(Wire.json(cloudOne.body()).get("ID").asInt()).isEqualTo(2);

    HttpResponse<String> noVersion =
        Wire.send(
            HttpRequest.newBuilder(URI.create(sim.url() + "/api/policies"))
                .header("api-secret-key", sim.apiKey()));
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(Wire.json(noVersion.body()).get("message").asText()).contains("api-version");
  }

  @Test
  void searchPagesByIdUntilAnEmptyPage() {
    List<Integer> seen = new ArrayList<>();
    int last = 0;
    int pages = 0;
    while (true) {
      JsonNode page =
          Wire.restJson(
              sim,
              "POST",
              "/api/intrusionpreventionrules/search",
              "{\"maxItems\":100,\"sortByObjectID\":true,\"searchCriteria\":[{\"idTest\":\"greater-than\",\"idValue\":"
                  + last
                  + "}]}");
      List<Integer> ids = ids(page.get("intrusionPreventionRules"));
      pages++;
      if (ids.isEmpty()) {
        break;
      }
      assertThat(ids).isSorted().allMatch(i -> i > 0);
      assertThat(ids.get(0)).isGreaterThan(last);
      seen.addAll(ids);
      last = ids.get(ids.size() - 1);
    }
    assertThat(pages).isEqualTo(4); // 300 rules in pages of 100, then the empty page
    assertThat(seen)
        .hasSize(sim.state().ruleCount(RuleKind.INTRUSION_PREVENTION))
        .doesNotHaveDuplicates();
  }

  @Test
  void searchCriteriaWildcardsChoicesNumbersAndDates() {
    JsonNode log4j =
        Wire.restJson(
            sim,
            "POST",
            "/api/intrusionpreventionrules/search",
            "{\"searchCriteria\":[{\"fieldName\":\"CVE\",\"stringValue\":\"%cve-2021-44228%\"}]}");
    assertThat(log4j.get("intrusionPreventionRules")).hasSize(1);
    assertThat(log4j.get("intrusionPreventionRules").get(0).get("name").asText()).contains("Log4j");

    JsonNode literal =
        Wire.restJson(
            sim,
            "POST",
            "/api/intrusionpreventionrules/search",
            "{\"searchCriteria\":[{\"fieldName\":\"name\",\"stringValue\":\"Apache Log4j%\",\"stringWildcards\":false}]}");
    assertThat(literal.get("intrusionPreventionRules")).isEmpty();

    JsonNode underscore =
        Wire.restJson(
            sim,
            "POST",
            "/api/intrusionpreventionrules/search",
            "{\"searchCriteria\":[{\"fieldName\":\"CVE\",\"stringValue\":\"CVE-2021-4422_\"}]}");
    assertThat(ids(underscore.get("intrusionPreventionRules")))
        .isEqualTo(ids(log4j.get("intrusionPreventionRules")));

    long critical =
        sim.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .filter(r -> r.severity() == io.dsm4j.model.Severity.CRITICAL)
            .count();
    JsonNode crit =
        Wire.restJson(
            sim,
            "POST",
            "/api/intrusionpreventionrules/search",
            "{\"searchCriteria\":[{\"fieldName\":\"severity\",\"choiceTest\":\"equal\",\"choiceValue\":\"critical\"}]}");
    assertThat(crit.get("intrusionPreventionRules")).hasSize((int) critical);

    JsonNode high =
        Wire.restJson(
            sim,
            "POST",
            "/api/intrusionpreventionrules/search",
            "{\"searchCriteria\":[{\"fieldName\":\"CVSSScore\",\"numericTest\":\"greater-than-or-equal\",\"numericValue\":9.5},"
                + "{\"fieldName\":\"severity\",\"choiceTest\":\"not-equal\",\"choiceValue\":\"low\"}]}");
    assertThat(high.get("intrusionPreventionRules")).isNotEmpty();
    high.get("intrusionPreventionRules")
        .forEach(r -> assertThat(r.get("CVSSScore").asDouble()).isGreaterThanOrEqualTo(9.5));

    long since = java.time.Instant.now().minus(Duration.ofDays(365)).toEpochMilli();
    JsonNode recent =
        Wire.restJson(
            sim,
            "POST",
            "/api/intrusionpreventionrules/search",
            "{\"searchCriteria\":[{\"fieldName\":\"lastUpdated\",\"firstDateValue\":"
                + since
                + "}]}");
    long expected =
        sim.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .filter(r -> r.lastUpdated().toEpochMilli() >= since)
            .count();
    assertThat(recent.get("intrusionPreventionRules")).hasSize((int) expected);
  }

  @Test
  void malformedRequestsAreRejected() {
    HttpResponse<String> bad = Wire.rest(sim, "POST", "/api/policies/search", "{\"maxItems\":");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Wire.json(bad.body()).get("message").asText()).isNotBlank();
    assertThat(
            Wire.rest(sim, "POST", "/api/policies/search", "{\"maxItems\":\"many\"}").statusCode())
        .isEqualTo(400);
    assertThat(
            Wire.rest(
                    sim,
                    "POST",
                    "/api/policies/search",
                    "{\"searchCriteria\":{\"idTest\":\"equal\"}}")
                .statusCode())
        .isEqualTo(400);
    // Unknown fields are tolerated.
    assertThat(Wire.rest(sim, "POST", "/api/policies/search", "{\"futureField\":1}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> missing = Wire.rest(sim, "GET", "/api/policies/9999", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Wire.json(missing.body()).get("message").asText())
        .isEqualTo("The policy does not exist.");
    assertThat(Wire.rest(sim, "GET", "/api/intrusionpreventionrules/1", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void policyLifecycle() {
    JsonNode created =
        Wire.restJson(
            sim,
            "POST",
            "/api/policies",
            "{\"name\":\"REST Test Policy\",\"parentID\":2,\"intrusionPrevention\":{\"state\":\"detect\"}}");
    int id = created.get("ID").asInt();
    assertThat(created.get("parentID").asInt()).isEqualTo(2);
    assertThat(created.get("intrusionPrevention").get("state").asText()).isEqualTo("detect");
    // effective (inherited) rules without overrides, nothing direct with overrides=true
    assertThat(ids(created.get("intrusionPrevention").get("ruleIDs")))
        .isEqualTo(sim.state().effectiveRuleIds(2, RuleKind.INTRUSION_PREVENTION));
    JsonNode own = Wire.restJson(sim, "GET", "/api/policies/" + id + "?overrides=true", null);
    assertThat(own.get("intrusionPrevention").has("ruleIDs")).isFalse();
    assertThat(own.has("firewall")).isFalse();

    HttpResponse<String> dup =
        Wire.rest(sim, "POST", "/api/policies", "{\"name\":\"REST Test Policy\"}");
    assertThat(dup.statusCode()).isEqualTo(400);
    assertThat(Wire.json(dup.body()).get("message").asText()).contains("already exists");

    JsonNode renamed =
        Wire.restJson(sim, "POST", "/api/policies/" + id, "{\"name\":\"REST Test Policy 2\"}");
    assertThat(renamed.get("name").asText()).isEqualTo("REST Test Policy 2");
    assertThat(sim.state().policy(id))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("REST Test Policy 2"));
    assertThat(
            Wire.rest(sim, "POST", "/api/policies/" + id, "{\"parentID\":" + id + "}").statusCode())
        .isEqualTo(400);

    assertThat(Wire.rest(sim, "DELETE", "/api/policies/2", null).statusCode())
        .isEqualTo(400); // in use
    assertThat(Wire.rest(sim, "DELETE", "/api/policies/" + id, null).statusCode()).isEqualTo(200);
    assertThat(Wire.rest(sim, "GET", "/api/policies/" + id, null).statusCode()).isEqualTo(404);
  }

  @Test
  void assignmentSemantics() {
    int id = sim.state().addPolicy("Assignment Policy", 2).id();
    List<Integer> inherited = sim.state().effectiveRuleIds(2, RuleKind.INTRUSION_PREVENTION);
    List<Integer> all =
        sim.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .map(io.dsm4j.model.Rule::id)
            .toList();
    int a = all.stream().filter(r -> !inherited.contains(r)).findFirst().orElseThrow();
    int b = all.stream().filter(r -> !inherited.contains(r) && r != a).findFirst().orElseThrow();
    String base = "/api/policies/" + id + "/intrusionprevention/assignments";

    JsonNode added =
        Wire.restJson(sim, "POST", base + "?overrides=true", "{\"ruleIDs\":[" + a + "]}");
    assertThat(ids(added.get("assignedRuleIDs"))).containsExactly(a);
    Wire.restJson(sim, "POST", base, "{\"ruleIDs\":[" + b + "]}");
    assertThat(sim.state().directRuleIds(id, RuleKind.INTRUSION_PREVENTION))
        .containsExactly(Math.min(a, b), Math.max(a, b));
    JsonNode effective = Wire.restJson(sim, "GET", base, null);
    assertThat(ids(effective.get("assignedRuleIDs")))
        .containsAll(inherited)
        .contains(a, b)
        .isSorted();
    assertThat(effective.has("recommendationScanStatus")).isTrue();
    assertThat(effective.has("assignedApplicationTypeIDs")).isTrue();

    JsonNode replaced =
        Wire.restJson(sim, "PUT", base + "?overrides=true", "{\"ruleIDs\":[" + b + "]}");
    assertThat(ids(replaced.get("assignedRuleIDs"))).containsExactly(b);
    JsonNode removed = Wire.restJson(sim, "DELETE", base + "/" + b + "?overrides=true", null);
    assertThat(ids(removed.get("assignedRuleIDs"))).isEmpty();
    assertThat(Wire.rest(sim, "POST", base, "{\"ruleIDs\":[200001]}").statusCode()).isEqualTo(400);

    JsonNode fw = Wire.restJson(sim, "GET", "/api/policies/" + id + "/firewall/assignments", null);
    assertThat(fw.has("recommendationScanStatus")).isFalse();
    assertThat(ids(fw.get("assignedRuleIDs")))
        .isEqualTo(sim.state().effectiveRuleIds(id, RuleKind.FIREWALL));
  }

  @Test
  void policyLevelRuleOverride() {
    int rule = sim.state().effectiveRuleIds(4, RuleKind.INTRUSION_PREVENTION).get(0);
    String path = "/api/policies/4/intrusionprevention/rules/" + rule;
    assertThat(Wire.restJson(sim, "GET", path, null).get("detectOnly").asBoolean()).isFalse();
    JsonNode set = Wire.restJson(sim, "POST", path, "{\"detectOnly\":true}");
    assertThat(set.get("detectOnly").asBoolean()).isTrue();
    assertThat(Wire.restJson(sim, "GET", path, null).get("detectOnly").asBoolean()).isTrue();
    assertThat(
            Wire.restJson(sim, "GET", path + "?overrides=true", null).get("detectOnly").asBoolean())
        .isTrue();
    // the catalog rule itself is unchanged
    assertThat(
            Wire.restJson(sim, "GET", "/api/intrusionpreventionrules/" + rule, null)
                .get("detectOnly")
                .asBoolean())
        .isFalse();
    Wire.restJson(sim, "DELETE", path, null);
    assertThat(Wire.restJson(sim, "GET", path, null).get("detectOnly").asBoolean()).isFalse();
  }

  @Test
  void ruleModifyAndOtherCatalogs() {
    int rule = sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(5).id();
    JsonNode modified =
        Wire.restJson(
            sim, "POST", "/api/intrusionpreventionrules/" + rule, "{\"detectOnly\":true}");
    assertThat(modified.get("detectOnly").asBoolean()).isTrue();
    assertThat(sim.state().rule(RuleKind.INTRUSION_PREVENTION, rule).orElseThrow().detectOnly())
        .isTrue();
    assertThat(
            Wire.rest(sim, "POST", "/api/intrusionpreventionrules/" + rule, "{\"name\":\"hacked\"}")
                .statusCode())
        .isEqualTo(403);
    for (String[] res :
        new String[][] {
          {"firewallrules", "firewallRules"},
          {"integritymonitoringrules", "integrityMonitoringRules"},
          {"loginspectionrules", "logInspectionRules"},
          {"applicationtypes", "applicationTypes"},
          {"iplists", "ipLists"},
          {"computergroups", "computerGroups"}
        }) {
      JsonNode page = Wire.restJson(sim, "POST", "/api/" + res[0] + "/search", "{\"maxItems\":3}");
      assertThat(page.get(res[1])).as(res[0]).hasSizeBetween(1, 3);
      int first = page.get(res[1]).get(0).get("ID").asInt();
      assertThat(Wire.restJson(sim, "GET", "/api/" + res[0] + "/" + first, null).get("ID").asInt())
          .isEqualTo(first);
    }
  }

  @Test
  void computersExpandAndModify() {
    JsonNode bare = Wire.restJson(sim, "GET", "/api/computers/3?expand=none", null);
    assertThat(bare.has("computerStatus")).isFalse();
    assertThat(bare.has("intrusionPrevention")).isFalse();
    assertThat(bare.get("hostName").asText()).isNotBlank();
    JsonNode status =
        Wire.restJson(
            sim, "GET", "/api/computers/3?expand=computerStatus&expand=intrusionPrevention", null);
    assertThat(status.has("computerStatus")).isTrue();
    assertThat(status.has("intrusionPrevention")).isTrue();
    assertThat(status.has("firewall")).isFalse();
    JsonNode moved = Wire.restJson(sim, "POST", "/api/computers/3?expand=none", "{\"policyID\":5}");
    assertThat(moved.get("policyID").asInt()).isEqualTo(5);
    assertThat(sim.state().computers().get(2).policyId()).isEqualTo(5);
    assertThat(Wire.rest(sim, "POST", "/api/computers/3", "{\"policyID\":\"five\"}").statusCode())
        .isEqualTo(400);
    JsonNode search =
        Wire.restJson(
            sim,
            "POST",
            "/api/computers/search?expand=none",
            "{\"searchCriteria\":[{\"fieldName\":\"hostName\",\"stringValue\":\"lnx-%\"}]}");
    assertThat(search.get("computers"))
        .allMatch(c -> c.get("hostName").asText().startsWith("lnx-"));
    assertThat(search.get("computers")).hasSize(4);
  }

  @Test
  void recommendationScanTaskCompletesAfterTheScanDelay() throws Exception {
    // The delay is the variable under test, far from the machine's speed: an hour (not done yet,
    // however slow the machine) against none (done at once).
    try (DsmSimulator slow = DsmSimulator.builder().scanDelay(Duration.ofHours(1)).start()) {
      scanNow(slow, 2);
      assertThat(
              Wire.restJson(slow, "GET", assignments(2), null)
                  .get("recommendationScanStatus")
                  .asText())
          .isEqualTo("none");
    }
    int computer = 2; // never scanned at start (odd index)
    String path = assignments(computer);
    assertThat(Wire.restJson(sim, "GET", path, null).get("recommendationScanStatus").asText())
        .isEqualTo("none");
    JsonNode task =
        Wire.restJson(
            sim,
            "POST",
            "/api/scheduledtasks",
            "{\"name\":\"scan now\",\"type\":\"scan-for-recommendations\",\"runNow\":true,"
                + "\"scheduleDetails\":{\"recurrenceType\":\"none\",\"recurrenceCount\":1,\"onceOnlyScheduleParameters\":{\"startTime\":0}},"
                + "\"scanForRecommendationsTaskParameters\":{\"computerFilter\":{\"type\":\"computer\",\"computerID\":"
                + computer
                + "}}}");
    assertThat(task.get("ID").asInt()).isPositive();
    JsonNode done = Wire.restJson(sim, "GET", path, null);
    assertThat(done.get("recommendationScanStatus").asText()).isEqualTo("valid");
    assertThat(done.has("lastRecommendationScanDate")).isTrue();
    assertThat(done.get("recommendedToAssignRuleIDs")).isNotEmpty();
    assertThat(
            Wire.rest(sim, "DELETE", "/api/scheduledtasks/" + task.get("ID").asInt(), null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Wire.rest(sim, "GET", "/api/scheduledtasks/" + task.get("ID").asInt(), null)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Wire.rest(
                    sim,
                    "POST",
                    "/api/scheduledtasks",
                    "{\"name\":\"x\",\"type\":\"scan-for-malware\",\"runNow\":true}")
                .statusCode())
        .isEqualTo(400);
    assertThat(sim.state().operationCounts()).containsKey("POST /api/scheduledtasks");
  }

  @Test
  void rateLimitAnswers429PerKey() {
    try (DsmSimulator limited = DsmSimulator.builder().rateLimitPerMinute(3).start()) {
      for (int i = 0; i < 3; i++) {
        assertThat(Wire.rest(limited, "GET", "/api/apikeys/current", null).statusCode())
            .isEqualTo(200);
      }
      HttpResponse<String> r = Wire.rest(limited, "GET", "/api/apikeys/current", null);
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(Wire.json(r.body()).get("message").asText()).isEqualTo("Too many API requests");
      // SOAP is not rate limited
      assertThat(Wire.login(limited)).isNotBlank();
    }
  }

  private static String assignments(int computer) {
    return "/api/computers/" + computer + "/intrusionprevention/assignments";
  }

  private static void scanNow(DsmSimulator s, int computer) throws Exception {
    Wire.restJson(
        s,
        "POST",
        "/api/scheduledtasks",
        "{\"name\":\"scan now\",\"type\":\"scan-for-recommendations\",\"runNow\":true,"
            + "\"scheduleDetails\":{\"recurrenceType\":\"none\",\"recurrenceCount\":1,"
            + "\"onceOnlyScheduleParameters\":{\"startTime\":0}},"
            + "\"scanForRecommendationsTaskParameters\":{\"computerFilter\":{\"type\":\"computer\","
            + "\"computerID\":"
            + computer
            + "}}}");
  }
}
