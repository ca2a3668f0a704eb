package io.dsm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.DsmSimulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each one-task example runs against the simulator (through the JUnit extension, as users would).
 */
@ExtendWith(DsmSimulatorExtension.class)
class ExamplesSmokeTest {
  private static String run(Manager manager, BiConsumer<Manager, PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(manager, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void connect(Manager manager) {
    assertThat(run(manager, ConnectExample::run)).contains("20.0.877").contains("REST");
  }

  @Test
  void listPolicies(Manager manager, DsmSimulator sim) {
    assertThat(run(manager, ListPoliciesExample::run).lines())
        .hasSize(sim.state().policies().size());
  }

  @Test
  void pageThroughRules(DsmSimulator sim) {
    try (Manager small = sim.managerBuilder(Backend.REST).pageSize(100).build()) {
      int rules = sim.state().ruleCount(RuleKind.INTRUSION_PREVENTION);
      assertThat(run(small, PageThroughRulesExample::run))
          .contains(rules + " intrusion prevention rules in " + (rules + 99) / 100 + " page(s)");
    }
  }

  @Test
  void assignRules(Manager manager, DsmSimulator sim) {
    assertThat(run(manager, AssignRulesExample::run)).contains("rules assigned directly");
    assertThat(sim.state().directRuleIds(1, RuleKind.INTRUSION_PREVENTION)).isNotEmpty();
  }

  @Test
  void recommendationScan(Manager manager, DsmSimulator sim) {
    assertThat(run(manager, RecommendationScanExample::run))
        .contains("scan requested for " + sim.state().computers().size() + " computer(s)");
  }
}
