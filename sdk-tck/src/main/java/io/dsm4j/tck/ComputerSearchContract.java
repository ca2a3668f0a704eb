package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Computer searches: every criterion finds exactly the computers the manager has that meet it
 * (never an empty or unfiltered list), on the manager where the API can. Part of {@link
 * ManagerContractTest}.
 */
public interface ComputerSearchContract extends ContractFixture {

  /** The IDs the query lists, compared with the manager's computers that pass the test. */
  private void assertFinds(ComputerQuery q, Predicate<Computer> expected) {
    List<Integer> want =
        state().computers().stream().filter(expected).map(Computer::id).sorted().toList();
    assertThat(want).as("the fixture has something to find for %s", q).isNotEmpty();
    List<Integer> got = manager().computers().list(q).stream().map(Computer::id).sorted().toList();
    assertThat(got).as("%s", q).containsExactlyElementsOf(want);
  }

  @ParameterizedTest
  @EnumSource(
      value = AgentStatus.class,
      names = {"ONLINE", "OFFLINE", "WARNING", "ERROR", "UNMANAGED"})
  default void computersSearch_byStatus(AgentStatus status) {
    state().setAgentStatus(state().addComputers(1).get(0).id(), status);

    assertFinds(ComputerQuery.builder().status(status).build(), c -> c.status().agent() == status);
  }

  @Test
  default void computersSearch_byStatuses_anyOfThem() {
    assertFinds(
        ComputerQuery.builder().status(AgentStatus.OFFLINE, AgentStatus.ERROR).build(),
        c -> Set.of(AgentStatus.OFFLINE, AgentStatus.ERROR).contains(c.status().agent()));
  }

  @Test
  default void computersSearch_byHostName_exactPrefixAndWildcard_ignoringCase() {
    Computer one = state().computers().get(1);
    assertFinds(
        ComputerQuery.builder().hostName(one.hostName().toUpperCase(Locale.ROOT)).build(),
        c -> c.hostName().equalsIgnoreCase(one.hostName()));
    assertFinds(
        ComputerQuery.builder().hostName("LNX-*").build(),
        c -> c.hostName().toLowerCase(Locale.ROOT).startsWith("lnx-"));
    assertFinds(
        ComputerQuery.builder().hostName("win-*-0*.corp.EXAMPLE.com").build(),
        c -> c.hostName().matches("(?i)win-.*-0.*\\.corp\\.example\\.com"));
    assertThat(
            manager()
                .computers()
                .list(ComputerQuery.builder().hostName("nohost-*").build())
                .stream())
        .isEmpty();
  }

  @Test
  default void computersSearch_byDisplayName_andSearchInEither() {
    assertFinds(
        ComputerQuery.builder().displayName("sql *").build(),
        c -> c.displayName().toLowerCase(Locale.ROOT).startsWith("sql "));
    // "web" is in host names (lnx-web-…) and in display names (WEB server …): either counts.
    assertFinds(
        ComputerQuery.builder().search("*WEB*").build(),
        c ->
            c.hostName().toLowerCase(Locale.ROOT).contains("web")
                || c.displayName().toLowerCase(Locale.ROOT).contains("web"));
  }

  @Test
  default void computersSearch_byGroup_withAndWithoutSubgroups() {
    String name = ContractFixture.unique("tck-parent");
    int parent = state().fleet().addComputerGroup(name, null).id();
    int child = state().fleet().addComputerGroup(name + "-child", parent).id();
    int grandchild = state().fleet().addComputerGroup(name + "-grandchild", child).id();
    List<Computer> added = state().addComputers(3);
    assertThat(manager().computers().moveToGroup(List.of(added.get(0).id()), parent).allSucceeded())
        .isTrue();
    manager().computers().moveToGroup(List.of(added.get(1).id()), child);
    manager().computers().moveToGroup(List.of(added.get(2).id()), grandchild);

    assertFinds(
        ComputerQuery.builder().group(parent).build(),
        c -> c.groupId() != null && c.groupId() == parent);
    assertFinds(
        ComputerQuery.builder().group(parent, true).build(),
        c -> c.groupId() != null && Set.of(parent, child, grandchild).contains(c.groupId()));
    assertFinds(
        ComputerQuery.builder().group(child, true).status(added.get(2).status().agent()).build(),
        c ->
            c.groupId() != null
                && Set.of(child, grandchild).contains(c.groupId())
                && c.status().agent() == added.get(2).status().agent());
  }

  @Test
  default void computersSearch_byPolicy_instanceId_andLastSeen() {
    Computer withPolicy =
        state().computers().stream().filter(c -> c.policyId() != null).findFirst().orElseThrow();
    assertFinds(
        ComputerQuery.builder().policy(withPolicy.policyId()).build(),
        c -> withPolicy.policyId().equals(c.policyId()));
    Computer ec2 =
        state().computers().stream().filter(c -> c.cloud() != null).findFirst().orElseThrow();
    assertFinds(
        ComputerQuery.builder().instanceId(ec2.cloud().instanceId()).build(),
        c -> c.cloud() != null && c.cloud().instanceId().equals(ec2.cloud().instanceId()));
    Instant dayAgo = Instant.now().minusSeconds(86_400);
    assertFinds(
        ComputerQuery.builder().lastSeenBefore(dayAgo).build(),
        c ->
            c.status().lastCommunication() != null
                && c.status().lastCommunication().isBefore(dayAgo));
    assertFinds(
        ComputerQuery.builder().lastSeenAfter(dayAgo).policy(withPolicy.policyId()).build(),
        c ->
            c.status().lastCommunication() != null
                && !c.status().lastCommunication().isBefore(dayAgo)
                && withPolicy.policyId().equals(c.policyId()));
  }

  @Test
  default void computersSearch_byExternalId_whereDeclared() {
    Computer external =
        state().computers().stream()
            .filter(c -> c.extra().has("externalID"))
            .findFirst()
            .orElseThrow();
    String ext = external.extra().string("externalID").orElseThrow();
    ComputerQuery q = ComputerQuery.builder().externalId(ext).build();
    if (!supports(Capability.COMPUTER_QUERY_EXTERNAL_ID)) {
      assertUnsupported(() -> manager().computers().list(q));
      return;
    }
    assertFinds(q, c -> ext.equals(c.extra().string("externalID").orElse(null)));
  }

  @Test
  default void computersSearch_runsOnTheManagerWhereTheApiCan() {
    Computer one = state().computers().get(2);
    Map<String, Integer> before = state().operationCounts();

    manager().computers().list(ComputerQuery.builder().hostName(one.hostName()).build()).stream()
        .toList();
    manager().computers().list(ComputerQuery.builder().hostName("lnx-*").build()).stream().toList();

    Map<String, Integer> used = ComputerStatusContract.delta(before, state().operationCounts());
    if (backend() == Backend.SOAP) {
      // A name and a prefix are SOAP's own searches, not the whole fleet.
      assertThat(used)
          .containsEntry("soap:hostDetailRetrieveByName", 1)
          .containsEntry("soap:hostDetailRetrieveByNameStartsWith", 1)
          .doesNotContainKey("soap:hostDetailRetrieve");
    } else {
      assertThat(used).containsOnlyKeys("POST /api/computers/search");
    }
  }
}
