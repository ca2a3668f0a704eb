package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerStatus;
import io.dsm4j.model.ModuleStatus;
import io.dsm4j.model.SecurityModule;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Computers with their status, in the listing itself: agent status, last communication, policy
 * sent, module states, addresses and cloud instance, read in one paged listing (never one call per
 * computer) and the same as the manager's own. Part of {@link ManagerContractTest}.
 */
public interface ComputerStatusContract extends ContractFixture {

  @Test
  default void computersList_carriesEachComputersStatus_asTheManagerHasIt() {
    // Every status is present, so a mapping that confuses two of them fails.
    List<Computer> added = state().addComputers(5);
    AgentStatus[] each = {
      AgentStatus.ONLINE,
      AgentStatus.OFFLINE,
      AgentStatus.WARNING,
      AgentStatus.ERROR,
      AgentStatus.UNMANAGED
    };
    for (int i = 0; i < each.length; i++) {
      state().setAgentStatus(added.get(i).id(), each[i]);
    }
    Map<Integer, Computer> truth =
        state().computers().stream().collect(Collectors.toMap(Computer::id, c -> c));
    assertThat(truth.values().stream().map(c -> c.status().agent()).collect(Collectors.toSet()))
        .containsAll(List.of(each));

    List<Computer> listed = manager().computers().list().stream().toList();
    // REST reads every module's status; SOAP host details have no application control or activity
    // monitoring.
    boolean restReadsComputers =
        manager().backendFor(Capability.COMPUTERS, null).orElseThrow() == Backend.REST;

    assertThat(listed).extracting(Computer::id).containsExactlyInAnyOrderElementsOf(truth.keySet());
    for (Computer c : listed) {
      Computer t = truth.get(c.id());
      String who = "computer " + c.id() + " (" + t.status().agent() + ")";
      ComputerStatus s = c.status();
      assertThat(s.agent()).as(who).isEqualTo(t.status().agent());
      assertThat(s.lastCommunication()).as(who).isEqualTo(t.status().lastCommunication());
      assertThat(s.lastPolicySent()).as(who).isEqualTo(t.status().lastPolicySent());
      assertThat(s.messages()).as(who).isNotEmpty();
      assertThat(s.messages().get(0)).as(who).isEqualTo(t.status().messages().get(0));
      assertThat(c.ipAddresses()).as(who).isEqualTo(t.ipAddresses());
      assertThat(c.cloud() == null ? null : c.cloud().instanceId())
          .as(who)
          .isEqualTo(t.cloud() == null ? null : t.cloud().instanceId());
      assertThat(c.agentVersion()).as(who).isEqualTo(t.agentVersion());
      for (SecurityModule m : SecurityModule.values()) {
        if (!restReadsComputers
            && (m == SecurityModule.APPLICATION_CONTROL
                || m == SecurityModule.ACTIVITY_MONITORING)) {
          continue; // not in SOAP host details
        }
        ModuleStatus got = s.modules().get(m);
        assertThat(got).as(who + " " + m).isNotNull();
        assertThat(got.state()).as(who + " " + m).isEqualTo(t.status().modules().get(m).state());
        assertThat(got.health()).as(who + " " + m).isEqualTo(t.status().modules().get(m).health());
      }
    }
  }

  @Test
  default void computersList_readsTheStatusInTheListing_neverPerComputer() {
    state().addComputers(120);
    int computers = state().computers().size();
    Map<String, Integer> before = state().operationCounts();

    long withStatus =
        manager().computers().list().stream()
            .filter(c -> c.status().agent() != AgentStatus.UNKNOWN)
            .count();

    assertThat(withStatus).isEqualTo(computers);
    Map<String, Integer> used = delta(before, state().operationCounts());
    // Pages of 50 on REST, one answer on SOAP; nothing per computer.
    assertThat(used.keySet())
        .as("operations the listing used: %s", used)
        .allMatch(op -> op.equals("POST /api/computers/search") || op.startsWith("soap:"));
    int requests = used.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(requests).as("requests for %d computers: %s", computers, used).isLessThan(10);
    if (backend() == Backend.SOAP) {
      assertThat(used).containsEntry("soap:hostDetailRetrieve", 1);
    }
  }

  @Test
  default void computersGet_andFind_carryTheStatus() {
    Computer offline =
        state().setAgentStatus(state().addComputers(1).get(0).id(), AgentStatus.OFFLINE);
    Set<AgentStatus> seen = EnumSet.noneOf(AgentStatus.class);

    Computer got = manager().computers().get(offline.id());
    Computer found = manager().computers().findByName(offline.hostName()).orElseThrow();

    for (Computer c : List.of(got, found)) {
      assertThat(c.id()).isEqualTo(offline.id());
      assertThat(c.status().agent()).isEqualTo(AgentStatus.OFFLINE);
      assertThat(c.status().lastCommunication()).isEqualTo(offline.status().lastCommunication());
      seen.add(c.status().agent());
    }
    assertThat(seen).containsOnly(AgentStatus.OFFLINE);
  }

  /** What each operation was used for between two snapshots of the counts. */
  static Map<String, Integer> delta(Map<String, Integer> before, Map<String, Integer> after) {
    Map<String, Integer> out = new HashMap<>();
    after.forEach(
        (op, n) -> {
          int d = n - before.getOrDefault(op, 0);
          if (d > 0 && !op.equals("soap:authenticate")) {
            out.put(op, d);
          }
        });
    return out;
  }
}
