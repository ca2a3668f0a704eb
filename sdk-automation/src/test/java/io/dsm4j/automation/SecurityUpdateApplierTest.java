package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.testkit.DsmSimulator;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityUpdateApplierTest {
  static SecurityUpdate pending(DsmSimulator sim) {
    return sim.state().securityUpdates().stream()
        .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsTheRulesAnUpdateAddedAndChangedAndRefusesToApplyItAgain() {
    try (DsmSimulator sim = DsmSimulator.builder().seed(42).start();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      SecurityUpdate u = pending(sim);
      int rulesBefore = sim.state().ruleCount(RuleKind.INTRUSION_PREVENTION);

      AppliedUpdate a = SecurityUpdateApplier.apply(m, u.id(), true, false);

      int added = sim.state().ruleCount(RuleKind.INTRUSION_PREVENTION) - rulesBefore;
      assertThat(added).isPositive();
      assertThat(a.changes())
          .filteredOn(c -> c.change() == RuleChange.Change.ADDED)
          .hasSize(added)
          .allSatisfy(
              c -> {
                assertThat(c.kind()).isEqualTo(RuleKind.INTRUSION_PREVENTION);
                assertThat(c.identifier()).isNotBlank();
                assertThat(c.name()).isNotBlank();
                assertThat(sim.state().rule(RuleKind.INTRUSION_PREVENTION, c.ruleId()))
                    .get()
                    .satisfies(r -> assertThat(r.detectOnly()).isTrue());
              });
      assertThat(a.changes()).anyMatch(c -> c.change() == RuleChange.Change.UPDATED);
      assertThat(a.changes())
          .isSortedAccordingTo(
              java.util.Comparator.comparing(RuleChange::kind).thenComparing(RuleChange::change));

      int applies = sim.state().operationCounts().get("soap:securityUpdateApply");
      assertThatThrownBy(() -> SecurityUpdateApplier.apply(m, u.id(), false, false))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("is already applied with its new rules detect-only")
          .hasMessageContaining("released " + u.released().truncatedTo(ChronoUnit.MILLIS))
          .hasMessageContaining("--force");
      assertThat(sim.state().operationCounts().get("soap:securityUpdateApply")).isEqualTo(applies);
      assertThat(SecurityUpdateApplier.apply(m, u.id(), true, true).changes()).isEmpty();
    }
  }

  @Test
  void overSoapAloneUpdatedRulesCannotBeListedAndItSaysSo() {
    try (DsmSimulator sim = DsmSimulator.builder().seed(42).start();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      AppliedUpdate a = SecurityUpdateApplier.apply(m, pending(sim).id(), false, false);
      assertThat(a.changes()).isNotEmpty().allMatch(c -> c.change() == RuleChange.Change.ADDED);
      assertThat(a.notes()).anyMatch(n -> n.startsWith("ips: the SOAP API reports no"));
      assertThat(a.detectOnly()).isFalse();
      assertThat(List.of(a.update().appliedState())).containsExactly(AppliedState.NOT_APPLIED);
    }
  }
}
