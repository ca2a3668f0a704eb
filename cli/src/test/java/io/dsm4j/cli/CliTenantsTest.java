package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.Policy;
import io.dsm4j.testkit.SimulatorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenants on the command line: {@code tenants}, {@code --as-tenant}, {@code --all-tenants}, run
 * in-process against a simulator whose tenants each have their own state.
 */
class CliTenantsTest extends CliSimulatorFixture {
  /** Tenants are REST only: these runs have no SOAP credentials. */
  @Override
  CliRunner.Run run(String... args) {
    return CliRunner.run(restEnv(), args);
  }

  private String tenant() {
    String name = unique("cli-tenant");
    sim.state().administration().addTenant(name, "admin", "admin-pass");
    return name;
  }

  @Test
  void tenants_createWaitListDelete() throws Exception {
    sim.state().administration().setTenantActivationDelay(Duration.ofMillis(200));
    String name = unique("new");
    Path file = dir.resolve("t.json");
    Files.writeString(
        file,
        "{\"name\":\""
            + name
            + "\",\"timeZone\":\"UTC\",\"administrator\":{\"username\":\"first\","
            + "\"password\":\"First-pass-1\"}}");

    CliRunner.Run made =
        run("--output", "json", "tenants", "create", "--file", file.toString(), "--wait");

    assertThat(made.code()).as(made.err()).isZero();
    JsonNode t = made.json().get(0);
    assertThat(t.get("state").asText()).isEqualTo("active");
    assertThat(sim.state().administration().tenantNames()).contains(name);
    assertThat(made.out() + made.err()).doesNotContain("First-pass-1");
    assertThat(run("tenants", "list").out()).contains(name);

    CliRunner.Run refused = run("tenants", "delete", name);
    assertThat(refused.code()).isEqualTo(2);
    assertThat(sim.state().administration().tenantNames()).contains(name);
    CliRunner.Run deleted = run("tenants", "delete", name, "--yes");
    assertThat(deleted.code()).as(deleted.err()).isZero();
    assertThat(sim.state().administration().tenantNames()).doesNotContain(name);
  }

  @Test
  void tenantsCreate_aFileWithAnUnknownKey_isAUsageError() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"name\":\"x\",\"colour\":\"red\"}");

    CliRunner.Run r = run("tenants", "create", "--file", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("colour");
  }

  @Test
  void asTenant_runsTheCommandInThatTenant_andLeavesNoKeyBehind() throws Exception {
    String name = tenant();
    SimulatorState own = sim.state().administration().tenant(name).orElseThrow();

    CliRunner.Run r = run("--as-tenant", name, "--output", "json", "policies", "list");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().stream().map(n -> n.get("id").asInt()).toList())
        .containsExactlyInAnyOrderElementsOf(own.policies().stream().map(Policy::id).toList());
    assertThat(own.administration().apiKeys()).as("the tenant key is deleted at the end").isEmpty();
  }

  @Test
  void allTenants_tagsEveryLine_skipsInactiveTenants() throws Exception {
    String a = tenant();
    String b = tenant();
    String off = tenant();
    sim.state().administration().setTenantState(off, "suspended");

    CliRunner.Run r = run("--all-tenants", "--output", "json", "policies", "list");

    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> lines = r.json();
    assertThat(lines).allMatch(n -> n.has("tenant") && n.has("id"));
    assertThat(lines.stream().map(n -> n.get("tenant").asText()).distinct().toList())
        .contains(a, b)
        .doesNotContain(off);
    assertThat(lines.stream().filter(n -> n.get("tenant").asText().equals(a)).count())
        .isEqualTo(sim.state().administration().tenant(a).orElseThrow().policies().size());
    assertThat(r.err()).contains("tenant '" + off + "'").contains("skipped");
    for (String t : List.of(a, b)) {
      assertThat(sim.state().administration().tenant(t).orElseThrow().administration().apiKeys())
          .isEmpty();
    }
  }

  @Test
  void allTenants_asATable_isOneTableWithATenantColumn() {
    String a = tenant();

    CliRunner.Run r = run("--all-tenants", "policies", "list");

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("tenant").contains("id").contains("name");
    assertThat(lines.stream().filter(l -> l.startsWith("tenant")).count()).isEqualTo(1);
    assertThat(lines).anyMatch(l -> l.startsWith(a));
  }

  @Test
  void allTenants_someTenantsFailing_isExit3_withOneLinePerFailure() {
    String a = tenant();
    String b = tenant();
    String only = unique("only-in-a");
    sim.state().administration().tenant(a).orElseThrow().addPolicy(only, null);

    CliRunner.Run r = run("--all-tenants", "--output", "json", "policies", "get", only);

    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("\"tenant\":\"" + a + "\"").contains(only);
    assertThat(r.err()).contains("tenant " + b + ": ").contains("no policy named");
  }

  @Test
  void allTenants_refusesWritesAndAsTenant() {
    assertThat(run("--all-tenants", "policies", "create", "--name", "x").code()).isEqualTo(2);
    assertThat(run("--all-tenants", "api", "POST", "/policies", "--file", "-").code()).isEqualTo(2);
    assertThat(run("--all-tenants", "--as-tenant", "x", "policies", "list").code()).isEqualTo(2);
  }

  @Test
  void allTenants_runsTheEscapeHatchReads() throws Exception {
    String a = tenant();

    CliRunner.Run r = run("--all-tenants", "--output", "json", "api", "GET", "/policies");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json()).anyMatch(n -> n.get("tenant").asText().equals(a) && n.has("policies"));
  }
}
