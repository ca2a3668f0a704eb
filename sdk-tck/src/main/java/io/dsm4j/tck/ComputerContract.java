package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Computers: reads, policy assignment, actions, recommendations. Part of {@link
 * ManagerContractTest}.
 */
public interface ComputerContract extends ContractFixture {

  @Test
  default void computers_listGetFind() {
    List<Computer> expected = state().computers();

    List<Computer> listed = manager().computers().list().stream().toList();

    assertThat(listed)
        .extracting(Computer::id)
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Computer::id).toList());
    Computer one = expected.get(expected.size() - 1);
    assertThat(manager().computers().get(one.id()).hostName()).isEqualTo(one.hostName());
    assertThat(manager().computers().findByName(one.hostName()))
        .map(Computer::id)
        .contains(one.id());
    // Host names are DNS names: the same computer whatever the case, on every backend.
    assertThat(manager().computers().findByName(one.hostName().toUpperCase(java.util.Locale.ROOT)))
        .map(Computer::id)
        .contains(one.id());
    assertThat(manager().computers().findByName(ContractFixture.unique("nohost"))).isEmpty();
    assertThatThrownBy(() -> manager().computers().get(987_657))
        .isInstanceOf(NotFoundException.class);
    // The status comes with the computer: the same as the manager's own.
    assertThat(manager().computers().get(one.id()).status().agent())
        .isEqualTo(state().computer(one.id()).orElseThrow().status().agent());
  }

  @Test
  default void computers_assignPolicy_isSeenByTheManager() {
    Policy p = state().addPolicy(ContractFixture.unique("tck-assign"), null);
    Computer c = state().computers().get(0);

    manager().computers().assignPolicy(p.id(), List.of(c.id()));

    Computer after =
        state().computers().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
    assertThat(after.policyId()).isEqualTo(p.id());
    assertThat(manager().computers().get(c.id()).policyId()).isEqualTo(p.id());
  }

  @ParameterizedTest
  @EnumSource(ComputerAction.class)
  default void computersRun_eachAction_whereDeclared(ComputerAction action) {
    List<Integer> ids = state().computers().stream().map(Computer::id).limit(2).toList();
    Capability cap = action.capability();
    if (!supports(cap)) {
      assertUnsupported(() -> manager().computers().run(action, ids));
      return;
    }
    String name = ACTION_NAMES.get(action);
    Map<Integer, Integer> before = new java.util.HashMap<>();
    ids.forEach(id -> before.put(id, state().computerActionCounts(id).getOrDefault(name, 0)));

    BulkResult r = manager().computers().run(action, ids);

    assertThat(r.failed()).isEmpty();
    assertThat(r.succeeded()).containsExactlyInAnyOrderElementsOf(ids);
    // The manager really ran the action on each computer, once.
    for (int id : ids) {
      assertThat(state().computerActionCounts(id).getOrDefault(name, 0))
          .as("%s runs on computer %d", name, id)
          .isEqualTo(before.get(id) + 1);
    }
  }

  /** The simulator's names of the actions (its REST scheduled-task types). */
  Map<ComputerAction, String> ACTION_NAMES =
      Map.of(
          ComputerAction.SCAN_FOR_RECOMMENDATIONS, "scan-for-recommendations",
          ComputerAction.SCAN_FOR_MALWARE, "scan-for-malware",
          ComputerAction.SCAN_FOR_INTEGRITY_CHANGES, "scan-for-integrity-changes",
          ComputerAction.SEND_POLICY, "send-policy",
          ComputerAction.GET_EVENTS_NOW, "get-events-now",
          ComputerAction.CLEAR_WARNINGS_AND_ERRORS, "clear-warnings-errors",
          ComputerAction.ACTIVATE_AGENT, "activate",
          ComputerAction.DEACTIVATE_AGENT, "deactivate");

  @Test
  default void computersRun_onUnknownComputer_reportsItAsFailed() {
    assertThat(supports(Capability.ACTION_SEND_POLICY)).isTrue();
    int real = state().computers().get(0).id();

    BulkResult r = manager().computers().run(ComputerAction.SEND_POLICY, List.of(real, 987_658));

    assertThat(r.allSucceeded()).isFalse();
    assertThat(r.failed()).containsKey(987_658);
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  default void computerRecommendations_whereDeclared(RuleKind kind) {
    // A computer whose last scan recommended something, when there is one.
    int id =
        state().computers().stream()
            .map(Computer::id)
            .filter(c -> !state().recommendedRuleIds(c, kind).isEmpty())
            .findFirst()
            .orElse(state().computers().get(0).id());
    if (!supports(Capability.COMPUTER_RECOMMENDATIONS, kind)) {
      assertUnsupported(() -> manager().computers().recommendations(id, kind));
      return;
    }

    Recommendations r = manager().computers().recommendations(id, kind);

    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r.toAssign()).doesNotHaveDuplicates();
    // What the manager's last scan recommended and the computer does not have yet.
    Computer c = state().computers().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    Set<Integer> expected = new HashSet<>(state().recommendedRuleIds(id, kind));
    if (c.policyId() != null) {
      expected.removeAll(state().effectiveRuleIds(c.policyId(), kind));
    }
    assertThat(r.toAssign()).containsExactlyInAnyOrderElementsOf(expected);
  }
}
