package io.dsm4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.EventKind;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataGenerationTest {
  @Test
  void sameSeedSameDataDifferentSeedDifferentData() {
    Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    try (DsmSimulator a = DsmSimulator.builder().seed(7).clock(clock).start();
        DsmSimulator b = DsmSimulator.builder().seed(7).clock(clock).start();
        DsmSimulator c = DsmSimulator.builder().seed(8).clock(clock).start()) {
      assertThat(a.state().rules(RuleKind.INTRUSION_PREVENTION))
          .isEqualTo(b.state().rules(RuleKind.INTRUSION_PREVENTION));
      assertThat(a.state().policies()).isEqualTo(b.state().policies());
      assertThat(a.state().rules(RuleKind.INTRUSION_PREVENTION))
          .isNotEqualTo(c.state().rules(RuleKind.INTRUSION_PREVENTION));
      SimulatorState s = a.state();
      assertThat(s.policies()).hasSize(6);
      assertThat(s.policies().get(0).name()).isEqualTo("Base Policy");
      assertThat(s.computers()).hasSize(8);
      assertThat(s.ruleCount(RuleKind.INTRUSION_PREVENTION)).isEqualTo(300);
      assertThat(s.ruleCount(RuleKind.FIREWALL)).isEqualTo(40);
      assertThat(s.ruleCount(RuleKind.APPLICATION_TYPE)).isEqualTo(30);
      assertThat(s.eventCount(EventKind.SYSTEM)).isEqualTo(500);
      // inherited rules are effective but not direct
      assertThat(s.effectiveRuleIds(4, RuleKind.INTRUSION_PREVENTION))
          .containsAll(s.directRuleIds(1, RuleKind.INTRUSION_PREVENTION))
          .containsAll(s.directRuleIds(2, RuleKind.INTRUSION_PREVENTION));
      assertThat(s.directRuleIds(4, RuleKind.INTRUSION_PREVENTION))
          .doesNotContainAnyElementsOf(s.directRuleIds(1, RuleKind.INTRUSION_PREVENTION));
    }
  }

  @Test
  void fullSizeStartsQuicklyWithTrendStyleRules() {
    long t0 = System.nanoTime();
    try (DsmSimulator sim = DsmSimulator.builder().size(Size.FULL).start()) {
      Duration startup = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(startup).isLessThan(Duration.ofSeconds(5));
      List<Rule> ips = sim.state().rules(RuleKind.INTRUSION_PREVENTION);
      assertThat(ips).hasSize(10_000);
      Set<String> identifiers = new HashSet<>();
      for (Rule r : ips) {
        assertThat(r.identifier()).matches("\\d{7}");
        assertThat(r.cves())
            .hasSizeLessThanOrEqualTo(3)
            .allMatch(c -> c.matches("CVE-\\d{4}-\\d{4,5}"));
        assertThat(r.lastUpdated()).isAfterOrEqualTo(r.issued());
        identifiers.add(r.identifier());
      }
      assertThat(identifiers).hasSize(10_000);
      assertThat(
              ips.stream().map(r -> r.issued().atZone(ZoneOffset.UTC).getYear()).distinct().count())
          .isGreaterThan(8);
      assertThat(sim.state().ruleCount(RuleKind.INTEGRITY_MONITORING)).isGreaterThan(200);
      assertThat(sim.state().eventCount(EventKind.INTRUSION_PREVENTION)).isEqualTo(5000);
      Runtime rt = Runtime.getRuntime();
      assertThat(rt.totalMemory() - rt.freeMemory()).isLessThan(512L * 1024 * 1024);
    }
  }

  @Test
  void eventsSpreadOverTheLastWeekAndConcentrateOnOneComputer() {
    Instant now = Instant.parse("2025-06-01T12:00:00Z");
    try (DsmSimulator sim =
        DsmSimulator.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).eventCap(5000).start()) {
      String sid = Wire.login(sim);
      var d =
          Wire.soapOk(
              sim,
              sid,
              "DPIEventRetrieve2",
              "<timeFilter><rangeFrom>"
                  + now.minus(Duration.ofDays(8))
                  + "</rangeFrom><rangeTo>"
                  + now
                  + "</rangeTo><type>CUSTOM_RANGE</type></timeFilter><hostFilter><type>ALL_HOSTS</type></hostFilter><eventIdFilter xsi:nil=\"true\"/>");
      List<Instant> times = Wire.text(d, "startTime").stream().map(Instant::parse).toList();
      assertThat(times)
          .hasSize(500)
          .allMatch(
              t -> !t.isAfter(now) && t.isAfter(now.minus(Duration.ofDays(7).plusSeconds(1))));
      long onFirst = Wire.text(d, "hostID").stream().filter("1"::equals).count();
      assertThat(onFirst).isBetween(200L, 350L);
    }
  }
}
