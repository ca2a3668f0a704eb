package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Computer;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.SimulatorState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code dsm4j computers …} and {@code dsm4j alerts list} against a simulator: the fleet with its
 * status, searches, lifecycle, bulk exit codes and per-item lines, what each backend lacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputerCommandsTest {
  private DsmSimulator sim;
  private SimulatorState state;

  @BeforeAll
  void start() {
    sim = DsmSimulator.builder().start();
    state = sim.state();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  /** Both credentials (REST answers what it can, SOAP the rest), or one backend. */
  private CliRunner.Run runOn(String backend, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("DSM_URL", sim.url().toString());
    if (!backend.equals("soap")) {
      env.put("DSM_API_KEY", sim.apiKey());
    }
    if (!backend.equals("rest")) {
      env.put("DSM_USERNAME", sim.username());
      env.put("DSM_PASSWORD", sim.password());
    }
    return CliRunner.run(env, args);
  }

  private CliRunner.Run run(String... args) {
    return runOn("auto", args);
  }

  private List<Integer> ids(CliRunner.Run r) throws Exception {
    assertThat(r.code()).as(r.err()).isZero();
    return r.json().stream().map(n -> n.get("id").asInt()).toList();
  }

  private List<Integer> expected(Predicate<Computer> p) {
    List<Integer> ids = state.computers().stream().filter(p).map(Computer::id).toList();
    assertThat(ids).as("the fixture has something to find").isNotEmpty();
    return ids;
  }

  @Test
  void list_showsTheStatus_andFiltersByIt_onEveryBackend() throws Exception {
    for (String backend : List.of("rest", "soap", "auto")) {
      CliRunner.Run all = runOn(backend, "--output", "json", "computers", "list");
      assertThat(ids(all)).isSorted().hasSize(state.computers().size());
      JsonNode first = all.json().get(0);
      assertThat(first.get("status").asText())
          .isEqualTo(Output.spelling(state.computers().get(0).status().agent()));
      assertThat(first.get("modules").get("ips").get("state").asText()).isNotEmpty();
      for (String status : List.of("online", "offline", "warning", "error", "unmanaged")) {
        AgentStatus s = AgentStatus.valueOf(status.toUpperCase(Locale.ROOT));
        assertThat(ids(runOn(backend, "--output", "json", "computers", "list", "--status", status)))
            .as("%s --status %s", backend, status)
            .isEqualTo(expected(c -> c.status().agent() == s));
      }
    }
    CliRunner.Run table = run("computers", "list", "--status", "offline,error");
    assertThat(table.code()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow())
        .contains("id", "hostName", "status", "lastCommunication");
    assertThat(table.out()).contains("offline").contains("error").doesNotContain(" online ");
  }

  @Test
  void list_searchGroupPolicyInstanceAndLastSeen() throws Exception {
    assertThat(ids(run("--output", "json", "computers", "list", "--search", "*WEB*")))
        .isEqualTo(
            expected(
                c ->
                    c.hostName().toLowerCase(Locale.ROOT).contains("web")
                        || c.displayName().toLowerCase(Locale.ROOT).contains("web")));
    int parent = state.fleet().addComputerGroup("cli-parent", null).id();
    int child = state.fleet().addComputerGroup("cli-child", parent).id();
    Computer a = state.addComputers(2).get(0);
    Computer b = state.computers().get(state.computers().size() - 1);
    assertThat(run("computers", "move", String.valueOf(a.id()), "--group", "cli-parent").code())
        .isZero();
    assertThat(run("computers", "move", b.hostName(), "--group", String.valueOf(child)).code())
        .isZero();
    assertThat(ids(run("--output", "json", "computers", "list", "--group", "cli-parent")))
        .containsExactly(a.id());
    assertThat(
            ids(
                run(
                    "--output",
                    "json",
                    "computers",
                    "list",
                    "--group",
                    "cli-parent",
                    "--recursive")))
        .containsExactly(a.id(), b.id());
    int policy = state.computers().get(0).policyId();
    assertThat(
            ids(run("--output", "json", "computers", "list", "--policy", String.valueOf(policy))))
        .isEqualTo(expected(c -> Integer.valueOf(policy).equals(c.policyId())));
    Computer ec2 = state.computers().stream().filter(c -> c.cloud() != null).findFirst().get();
    assertThat(
            ids(
                run(
                    "--output",
                    "json",
                    "computers",
                    "list",
                    "--instance-id",
                    ec2.cloud().instanceId())))
        .containsExactly(ec2.id());
    Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
    assertThat(ids(run("--output", "json", "computers", "list", "--last-seen-before", "1d")))
        .isEqualTo(
            expected(
                c ->
                    c.status().lastCommunication() != null
                        && c.status().lastCommunication().isBefore(dayAgo)));
  }

  @Test
  void groupNamesThatSeveralGroupsHave_areRefusedWithTheirIds() {
    int one = state.fleet().addComputerGroup("Twins", null).id();
    int two = state.fleet().addComputerGroup("Twins", one).id();

    CliRunner.Run r = run("computers", "list", "--group", "Twins");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("2 computer groups are named 'Twins' (IDs " + one + ", " + two);
    assertThat(run("computers", "list", "--group", "Twims").err()).contains("did you mean 'Twins'");
  }

  @Test
  void getShowsTheStatusAndModules() throws Exception {
    Computer c = state.computers().get(2);
    CliRunner.Run table = run("computers", "get", c.hostName());
    assertThat(table.code()).isZero();
    assertThat(table.out())
        .contains("status", Output.spelling(c.status().agent()), "modules", "lastCommunication");
    JsonNode json =
        run("--output", "json", "computers", "get", String.valueOf(c.id())).json().get(0);
    assertThat(json.get("id").asInt()).isEqualTo(c.id());
    assertThat(json.get("statusMessages").get(0).asText()).isEqualTo(c.status().messages().get(0));
  }

  @Test
  void createMoveDelete_andDeleteNeedsYesForMoreThanOne() throws Exception {
    CliRunner.Run created =
        run(
            "--output",
            "json",
            "computers",
            "create",
            "--host-name",
            "cli-new.example.com",
            "--display-name",
            "CLI new",
            "--policy",
            String.valueOf(state.policies().get(1).id()));
    assertThat(created.code()).as(created.err()).isZero();
    int id = created.json().get(0).get("id").asInt();
    assertThat(state.computer(id).orElseThrow().displayName()).isEqualTo("CLI new");
    int other = ids(run("--output", "json", "computers", "create", "--host-name", "cli-2")).get(0);

    CliRunner.Run refused = run("computers", "delete", String.valueOf(id), String.valueOf(other));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("--yes");
    assertThat(state.computer(id)).isPresent();

    CliRunner.Run deleted =
        run("--backend", "rest", "computers", "delete", "--yes", String.valueOf(id), "cli-2");
    assertThat(deleted.code()).as(deleted.err()).isZero();
    assertThat(deleted.out()).contains("deleted");
    assertThat(state.computer(id)).isEmpty();
    assertThat(state.computer(other)).isEmpty();
    assertThat(run("computers", "create", "--host-name", "has space").code()).isEqualTo(2);
  }

  @Test
  void bulkActions_partlyFailed_exit3_withALinePerFailedComputer() {
    Computer ok = state.setAgentStatus(state.addComputers(1).get(0).id(), AgentStatus.UNMANAGED);
    Computer gone = state.addComputers(1).get(0);
    CliRunner.Run prepared =
        run("--backend", "rest", "computers", "delete", String.valueOf(gone.id()));
    assertThat(prepared.code()).isZero();

    // REST deletes one by one: the unknown one fails alone.
    CliRunner.Run r =
        run("--backend", "rest", "computers", "delete", "--yes", String.valueOf(ok.id()), "987654");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1); // resolving 987654 fails first
    assertThat(r.err()).contains("987654");

    CliRunner.Run activated = run("computers", "activate", String.valueOf(ok.id()));
    assertThat(activated.code()).as(activated.err()).isZero();
    assertThat(state.computer(ok.id()).orElseThrow().status().agent())
        .isEqualTo(AgentStatus.ONLINE);
    assertThat(run("computers", "deactivate", String.valueOf(ok.id())).code()).isZero();
    assertThat(state.computer(ok.id()).orElseThrow().status().agent())
        .isEqualTo(AgentStatus.UNMANAGED);
  }

  @Test
  void bulkDelete_someFailed_exit3_oneLinePerFailedComputer_allFailed_exit1() throws Exception {
    try (StubManager stub =
        new StubManager(
            r -> {
              String id = r.path().substring(r.path().lastIndexOf('/') + 1);
              if (r.method().equals("GET")) {
                return StubManager.Answer.json(
                    200, "{\"ID\":" + id + ",\"hostName\":\"h" + id + "\"}");
              }
              return id.equals("1") || id.equals("3")
                  ? StubManager.Answer.json(200, "")
                  : StubManager.Answer.json(404, "{\"message\":\"The computer does not exist.\"}");
            })) {
      Map<String, String> env = Map.of("DSM_URL", stub.url(), "DSM_API_KEY", "2:stub-key");

      CliRunner.Run some = CliRunner.run(env, "computers", "delete", "--yes", "1", "2", "3", "4");

      assertThat(some.code()).isEqualTo(3);
      assertThat(some.out()).contains("deleted").contains("failed");
      assertThat(some.errLines())
          .hasSize(2)
          .anySatisfy(l -> assertThat(l).startsWith("dsm4j: computers delete: computer 2: "))
          .anySatisfy(l -> assertThat(l).startsWith("dsm4j: computers delete: computer 4: "));

      CliRunner.Run all = CliRunner.run(env, "computers", "delete", "--yes", "2", "4");
      assertThat(all.code()).isEqualTo(1);
      assertThat(all.errLines()).hasSize(2);
    }
  }

  @Test
  void clearWarningsAndGetEventsNow_needSoap_andSaySo() {
    Computer warned = state.setAgentStatus(state.addComputers(1).get(0).id(), AgentStatus.WARNING);
    CliRunner.Run rest = runOn("rest", "computers", "clear-warnings", String.valueOf(warned.id()));
    assertThat(rest.code()).isEqualTo(1);
    assertThat(rest.err()).contains("ACTION_CLEAR_WARNINGS_AND_ERRORS").contains("not supported");

    CliRunner.Run auto = run("computers", "clear-warnings", String.valueOf(warned.id()));
    assertThat(auto.code()).as(auto.err()).isZero();
    assertThat(state.computer(warned.id()).orElseThrow().status().agent())
        .isEqualTo(AgentStatus.ONLINE);
    int before = state.computerActionCounts(warned.id()).getOrDefault("get-events-now", 0);
    assertThat(run("computers", "get-events-now", String.valueOf(warned.id())).code()).isZero();
    assertThat(state.computerActionCounts(warned.id())).containsEntry("get-events-now", before + 1);
    assertThat(runOn("soap", "computers", "deployment-script", "--platform", "linux").code())
        .isEqualTo(1);
  }

  @Test
  void deploymentScript_andAlerts() throws Exception {
    int group = state.fleet().addComputerGroup("cli-deploy", null).id();
    CliRunner.Run script =
        run(
            "computers",
            "deployment-script",
            "--platform",
            "linux",
            "--activate",
            "--group",
            "cli-deploy",
            "--policy",
            String.valueOf(state.policies().get(0).id()));
    assertThat(script.code()).as(script.err()).isZero();
    assertThat(script.out()).startsWith("#!/bin/bash").contains("groupid:" + group);
    assertThat(run("computers", "deployment-script", "--platform", "beos").code()).isEqualTo(2);
    assertThat(run("computers", "deployment-script", "--platform", "aix", "--policy", "1").code())
        .isEqualTo(2);

    state.setAgentStatus(state.addComputers(1).get(0).id(), AgentStatus.ERROR);
    CliRunner.Run alerts = run("--output", "json", "alerts", "list");
    assertThat(alerts.code()).as(alerts.err()).isZero();
    assertThat(alerts.json())
        .extracting(n -> n.get("type").asText())
        .containsExactlyElementsOf(state.alerts().stream().map(a -> a.type()).toList());
    assertThat(runOn("rest", "alerts", "list").err()).contains("ALERTS").contains("not supported");
    assertThat(run("alerts", "list", "--limit", "0").code()).isEqualTo(2);
  }

  @Test
  void usageErrors_comeBeforeAnyCall() {
    int before = state.requestCount();
    assertThat(run("computers", "list", "--status", "sleeping").code()).isEqualTo(2);
    assertThat(run("computers", "list", "--recursive").code()).isEqualTo(2);
    assertThat(run("computers", "list", "--last-seen-before", "yesterday").code()).isEqualTo(2);
    assertThat(
            run("computers", "list", "--last-seen-after", "1d", "--last-seen-before", "2d").code())
        .isEqualTo(2);
    assertThat(run("computers", "move", "1").code()).isEqualTo(2);
    assertThat(state.requestCount()).isEqualTo(before);
  }
}
