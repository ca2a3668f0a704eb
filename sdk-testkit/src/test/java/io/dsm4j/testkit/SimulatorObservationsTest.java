package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.model.RuleKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The read-only observations {@link SimulatorState} offers contract tests. */
class SimulatorObservationsTest {
  @Test
  void policyDetectOnlyOverridesFollowTheRestOverrides() {
    try (DsmSimulator sim = DsmSimulator.builder().start()) {
      SimulatorState st = sim.state();
      List<Integer> rules = st.effectiveRuleIds(4, RuleKind.INTRUSION_PREVENTION);
      String base = "/api/policies/4/intrusionprevention/rules/";
      assertThat(st.policyDetectOnlyOverrides(4)).isEmpty();
      Wire.restJson(sim, "POST", base + rules.get(1), "{\"detectOnly\":true}");
      Wire.restJson(sim, "POST", base + rules.get(0), "{\"detectOnly\":false}");
      Wire.restJson(sim, "POST", base + rules.get(2), "{\"alertEnabled\":true}");
      assertThat(st.policyDetectOnlyOverrides(4))
          .containsExactly(Map.entry(rules.get(0), false), Map.entry(rules.get(1), true));
      Wire.restJson(sim, "DELETE", base + rules.get(1), null);
      assertThat(st.policyDetectOnlyOverrides(4)).containsOnlyKeys(rules.get(0));
      assertThat(st.policyDetectOnlyOverrides(3)).isEmpty();
      assertThat(st.policyDetectOnlyOverrides(999)).isEmpty();
      // the catalog rule is not touched
      assertThat(st.rule(RuleKind.INTRUSION_PREVENTION, rules.get(1)).orElseThrow().detectOnly())
          .isFalse();
    }
  }

  @Test
  void computerActionsAreCountedPerActionAndComputer() {
    try (DsmSimulator sim = DsmSimulator.builder().scanDelay(Duration.ZERO).start()) {
      SimulatorState st = sim.state();
      String sid = Wire.login(sim);
      Wire.soapOk(sim, sid, "hostRecommendationScan", "<hostIDs>1</hostIDs><hostIDs>2</hostIDs>");
      Wire.soapOk(sim, sid, "hostUpdateNow", "<hostIDs>2</hostIDs>");
      Wire.soapOk(sim, sid, "hostGetEventsNow", "<hostID>3</hostID>");
      Wire.restJson(
          sim,
          "POST",
          "/api/scheduledtasks",
          "{\"name\":\"t\",\"type\":\"scan-for-recommendations\",\"runNow\":true,"
              + "\"scanForRecommendationsTaskParameters\":{\"computerFilter\":{\"type\":\"computer\",\"computerID\":2}}}");
      Wire.restJson(
          sim,
          "POST",
          "/api/scheduledtasks",
          "{\"name\":\"later\",\"type\":\"scan-for-malware\","
              + "\"scanForMalwareTaskParameters\":{\"computerFilter\":{\"type\":\"all-computers\"}}}");
      // a failed host action (unknown host) runs nothing
      Wire.soap(sim, "hostAntiMalwareScan", "<hostIDs>99</hostIDs><sID>" + sid + "</sID>");
      assertThat(st.computerActionCounts())
          .containsExactly(
              Map.entry("get-events-now", 1),
              Map.entry("scan-for-recommendations", 2),
              Map.entry("send-policy", 1));
      assertThat(st.computerActionCounts(2))
          .containsExactly(Map.entry("scan-for-recommendations", 2), Map.entry("send-policy", 1));
      assertThat(st.computerActionCounts(1))
          .containsExactly(Map.entry("scan-for-recommendations", 1));
      assertThat(st.computerActionCounts(5)).isEmpty();
    }
  }

  @Test
  void appliedSecurityUpdatesRecordHowTheyWereApplied() {
    try (DsmSimulator sim = DsmSimulator.builder().start()) {
      String sid = Wire.login(sim);
      assertThat(sim.state().appliedSecurityUpdates()).isEmpty();
      Wire.soapOk(sim, sid, "securityUpdateApply", "<ID>3</ID><detectOnly>true</detectOnly>");
      Wire.soapOk(sim, sid, "securityUpdateApply", "<ID>3</ID><detectOnly>false</detectOnly>");
      assertThat(sim.state().appliedSecurityUpdates()).containsExactly(Map.entry(3, true));
    }
  }

  @Test
  void recommendationsMatchWhatSoapAnswers() {
    try (DsmSimulator sim = DsmSimulator.builder().start()) {
      SimulatorState st = sim.state();
      String sid = Wire.login(sim);
      // computer 1 was scanned before start (seeded), computer 2 never
      Document host =
          Wire.soapOk(
              sim,
              sid,
              "hostRecommendationRuleIDsRetrieve",
              "<hostID>1</hostID><type>2</type><onlyunassigned>false</onlyunassigned>");
      List<Integer> expected =
          Wire.text(host, "hostRecommendationRuleIDsRetrieveReturn").stream()
              .map(Integer::valueOf)
              .toList();
      assertThat(expected).isNotEmpty();
      assertThat(st.recommendedRuleIds(1, RuleKind.INTRUSION_PREVENTION)).isEqualTo(expected);
      assertThat(st.recommendedRuleIds(2, RuleKind.INTRUSION_PREVENTION)).isEmpty();
      Document policy =
          Wire.soapOk(
              sim,
              sid,
              "securityProfileRecommendationRuleIDsRetrieve",
              "<securityProfileID>4</securityProfileID><type>4</type>");
      assertThat(st.policyRecommendedRuleIds(4, RuleKind.INTEGRITY_MONITORING))
          .isEqualTo(
              Wire.text(policy, "securityProfileRecommendationRuleIDsRetrieveReturn").stream()
                  .map(Integer::valueOf)
                  .toList())
          .isNotEmpty();
      assertThatThrownBy(() -> st.recommendedRuleIds(99, RuleKind.FIREWALL))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> st.policyRecommendedRuleIds(99, RuleKind.FIREWALL))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyServedRestRouteIsRoutedAndCountedUnderItsOwnName() {
    try (DsmSimulator sim = DsmSimulator.builder().start()) {
      for (String route : DsmSimulator.servedRestRoutes()) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "1");
        var r = Wire.rest(sim, method, path, method.equals("GET") ? null : "{}");
        assertThat(r.statusCode()).as(route + " " + r.body()).isNotEqualTo(405);
        assertThat(r.body()).as(route).doesNotContain("\"Not found.\"");
      }
      assertThat(DsmSimulator.servedRestRoutes())
          .containsAll(sim.state().operationCounts().keySet());
    }
  }
}
