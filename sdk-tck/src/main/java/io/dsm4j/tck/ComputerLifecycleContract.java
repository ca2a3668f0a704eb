package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Capability;
import io.dsm4j.model.AgentPlatform;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Alert;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerDraft;
import io.dsm4j.model.DeploymentScriptOptions;
import io.dsm4j.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The computer lifecycle (create, move, delete, activate, deactivate, clear warnings, deployment
 * scripts) and the manager's alerts, observed on the manager. Part of {@link ManagerContractTest}.
 */
public interface ComputerLifecycleContract extends ContractFixture {

  private Computer truth(int id) {
    return state().computer(id).orElseThrow();
  }

  @Test
  default void computersCreate_moveAndDelete() {
    assertThat(supports(Capability.COMPUTER_WRITE)).isTrue();
    Policy policy = state().policies().get(1);
    int group = state().fleet().addComputerGroup(ContractFixture.unique("tck-new"), null).id();
    String host = ContractFixture.unique("tck-host") + ".example.com";

    Computer created =
        manager()
            .computers()
            .create(
                ComputerDraft.builder(host)
                    .displayName("TCK host")
                    .groupId(group)
                    .policyId(policy.id())
                    .build());

    Computer t = truth(created.id());
    assertThat(t.hostName()).isEqualTo(host);
    assertThat(t.displayName()).isEqualTo("TCK host");
    assertThat(t.groupId()).isEqualTo(group);
    assertThat(t.policyId()).isEqualTo(policy.id());
    assertThat(t.status().agent()).isEqualTo(AgentStatus.UNMANAGED);
    assertThat(created.hostName()).isEqualTo(host);
    assertThat(manager().computers().get(created.id()).status().agent())
        .isEqualTo(AgentStatus.UNMANAGED);

    Computer other = manager().computers().create(ComputerDraft.builder(host + "2").build());
    int target = state().fleet().addComputerGroup(ContractFixture.unique("tck-target"), null).id();
    BulkResult moved = manager().computers().moveToGroup(List.of(created.id(), other.id()), target);
    assertThat(moved.succeeded()).containsExactlyInAnyOrder(created.id(), other.id());
    assertThat(truth(created.id()).groupId()).isEqualTo(target);
    assertThat(truth(other.id()).groupId()).isEqualTo(target);

    BulkResult deleted = manager().computers().delete(List.of(created.id(), other.id()));
    assertThat(deleted.allSucceeded()).isTrue();
    assertThat(state().computer(created.id())).isEmpty();
    assertThat(state().computer(other.id())).isEmpty();
  }

  @Test
  default void computersDelete_anUnknownComputer_isReportedAsFailed() {
    Computer c = manager().computers().create(ComputerDraft.builder("tck-del.example.com").build());

    BulkResult r = manager().computers().delete(List.of(c.id(), 987_659));

    assertThat(r.failed()).containsKey(987_659);
    assertThat(r.allSucceeded()).isFalse();
    if (r.succeeded().contains(c.id())) {
      assertThat(state().computer(c.id())).isEmpty(); // REST: one request per computer
    } else {
      assertThat(state().computer(c.id())).isPresent(); // SOAP: one call, refused whole
      manager().computers().delete(List.of(c.id()));
    }
  }

  @Test
  default void agentActivateAndDeactivate_whereDeclared() {
    Computer c = state().setAgentStatus(state().addComputers(1).get(0).id(), AgentStatus.UNMANAGED);
    List<Integer> ids = List.of(c.id());
    if (!supports(Capability.ACTION_ACTIVATE_AGENT)) {
      assertUnsupported(() -> manager().computers().run(ComputerAction.ACTIVATE_AGENT, ids));
      assertUnsupported(() -> manager().computers().run(ComputerAction.DEACTIVATE_AGENT, ids));
      return;
    }

    assertThat(manager().computers().run(ComputerAction.ACTIVATE_AGENT, ids).allSucceeded())
        .isTrue();
    assertThat(truth(c.id()).status().agent()).isEqualTo(AgentStatus.ONLINE);
    assertThat(manager().computers().get(c.id()).status().agent()).isEqualTo(AgentStatus.ONLINE);

    assertThat(manager().computers().run(ComputerAction.DEACTIVATE_AGENT, ids).allSucceeded())
        .isTrue();
    assertThat(truth(c.id()).status().agent()).isEqualTo(AgentStatus.UNMANAGED);
  }

  @Test
  default void clearWarningsAndErrors_whereDeclared() {
    Computer warned =
        state().setAgentStatus(state().addComputers(1).get(0).id(), AgentStatus.WARNING);
    Computer failed =
        state().setAgentStatus(state().addComputers(1).get(0).id(), AgentStatus.ERROR);
    List<Integer> ids = List.of(warned.id(), failed.id());
    ComputerAction clear = ComputerAction.CLEAR_WARNINGS_AND_ERRORS;
    if (!supports(clear.capability())) {
      assertUnsupported(() -> manager().computers().run(clear, ids));
      return;
    }

    assertThat(manager().computers().run(clear, ids).allSucceeded()).isTrue();

    assertThat(truth(warned.id()).status().agent()).isEqualTo(AgentStatus.ONLINE);
    assertThat(truth(failed.id()).status().agent()).isEqualTo(AgentStatus.ONLINE);
  }

  @Test
  default void deploymentScript_whereDeclared() {
    Policy policy = state().policies().get(2);
    int group = state().fleet().addComputerGroup(ContractFixture.unique("tck-deploy"), null).id();
    DeploymentScriptOptions o =
        DeploymentScriptOptions.builder(AgentPlatform.LINUX)
            .activate(true)
            .policyId(policy.id())
            .groupId(group)
            .build();
    if (!supports(Capability.AGENT_DEPLOYMENT_SCRIPTS)) {
      assertUnsupported(() -> manager().computers().deploymentScript(o));
      return;
    }
    int before = state().deploymentScripts().getOrDefault("linux", 0);

    String script = manager().computers().deploymentScript(o);

    assertThat(script).startsWith("#!").contains("policyid:" + policy.id(), "groupid:" + group);
    assertThat(state().deploymentScripts()).containsEntry("linux", before + 1);
  }

  @Test
  default void alerts_whereDeclared() {
    state().setAgentStatus(state().addComputers(1).get(0).id(), AgentStatus.ERROR);
    if (!supports(Capability.ALERTS)) {
      assertUnsupported(() -> manager().alerts().list(50));
      return;
    }
    List<Alert> expected = state().alerts();
    assertThat(expected).extracting(Alert::type).contains("Agent/Appliance Error");

    assertThat(manager().alerts().list(50)).containsExactlyElementsOf(expected);
    assertThat(manager().alerts().list(1)).containsExactly(expected.get(0));
  }
}
