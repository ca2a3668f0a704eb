package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.testkit.DsmSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policies export|apply|update}. */
class PolicyCodeCommandsTest {
  private DsmSimulator source;
  private DsmSimulator target;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    source = DsmSimulator.builder().seed(5).start();
    target = DsmSimulator.builder().seed(5).start();
  }

  @AfterEach
  void stop() {
    source.close();
    target.close();
  }

  private static CliRunner.Run on(DsmSimulator sim, String... args) {
    return CliRunner.run(
        Map.of("DSM_URL", sim.url().toString(), "DSM_API_KEY", sim.apiKey()), args);
  }

  @Test
  void export_check_apply_checkAgain() throws Exception {
    Policy p = source.state().addPolicy("cli-pac", null);
    List<Integer> trend =
        source.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .filter(Rule::trendIssued)
            .limit(2)
            .map(Rule::id)
            .toList();
    source.state().assignRules(p.id(), RuleKind.INTRUSION_PREVENTION, trend);
    Path doc = dir.resolve("policy.json");

    CliRunner.Run export = on(source, "policies", "export", "cli-pac", "--out", doc.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(Files.readString(doc)).contains("\"format\" : \"dsm4j-policy/1\"", "\"ips\"");

    CliRunner.Run check = on(target, "policies", "apply", "--file", doc.toString(), "--check");
    assertThat(check.code()).as(check.err()).isEqualTo(4);
    assertThat(check.out()).contains("create-policy", "assign");
    assertThat(target.state().policies()).noneMatch(x -> x.name().equals("cli-pac"));

    CliRunner.Run planOnly = on(target, "policies", "apply", "--file", doc.toString());
    assertThat(planOnly.code()).isZero();
    assertThat(planOnly.err()).contains("--yes");
    assertThat(target.state().policies()).noneMatch(x -> x.name().equals("cli-pac"));

    CliRunner.Run apply = on(target, "policies", "apply", "--file", doc.toString(), "--yes");
    assertThat(apply.code()).as(apply.err()).isZero();
    Policy created =
        target.state().policies().stream()
            .filter(x -> x.name().equals("cli-pac"))
            .findFirst()
            .orElseThrow();
    assertThat(target.state().directRuleIds(created.id(), RuleKind.INTRUSION_PREVENTION))
        .containsExactlyInAnyOrderElementsOf(trend);

    CliRunner.Run again = on(target, "policies", "apply", "--file", doc.toString(), "--check");
    assertThat(again.code()).as(again.out()).isZero();

    CliRunner.Run reExport = on(target, "policies", "export", "cli-pac");
    assertThat(reExport.out()).isEqualTo(Files.readString(doc));
  }

  @Test
  void aTrendRuleTheTargetLacks_failsWithOneLine_andChangesNothing() throws Exception {
    Path doc = dir.resolve("missing.json");
    Files.writeString(
        doc,
        "{\"format\":\"dsm4j-policy/1\",\"name\":\"cli-missing\","
            + "\"rules\":{\"ips\":[{\"identifier\":\"9999999\"}]}}");

    CliRunner.Run r = on(target, "policies", "apply", "--file", doc.toString(), "--yes");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("identifier 9999999");
    assertThat(target.state().policies()).noneMatch(x -> x.name().equals("cli-missing"));
  }

  @Test
  void aBrokenDocument_isAUsageError() throws Exception {
    Path doc = dir.resolve("bad.json");
    Files.writeString(doc, "{\"format\":\"dsm4j-policy/1\",\"name\":\"x\",\"rulez\":{}}");

    CliRunner.Run r = on(target, "policies", "apply", "--file", doc.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("rulez");
  }

  @Test
  void update_fromAFile_changesTheNamedFields() throws Exception {
    Policy p = target.state().addPolicy("cli-upd", null);
    Path changes = dir.resolve("changes.json");
    Files.writeString(
        changes,
        "{\"id\":1,\"description\":\"new\",\"moduleStates\":{\"firewall\":\"on\"},\"extra\":{}}");

    CliRunner.Run r = on(target, "policies", "update", "cli-upd", "--file", changes.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Policy after = target.state().policy(p.id()).orElseThrow();
    assertThat(after.description()).isEqualTo("new");
    assertThat(after.moduleStates()).containsEntry(SecurityModule.FIREWALL, ModuleState.ON);
    assertThat(after.name()).isEqualTo("cli-upd");
  }

  @Test
  void update_andGet_restOnlyModules_oneSpellingEach() throws Exception {
    Policy p = target.state().addPolicy("cli-ext", null);
    Path changes = dir.resolve("ext.json");
    Files.writeString(
        changes,
        "{\"moduleStates\":{\"web-reputation\":\"on\",\"application-control\":\"on\","
            + "\"activity-monitoring\":\"off\"}}");

    CliRunner.Run r = on(target, "policies", "update", "cli-ext", "--file", changes.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(target.state().policy(p.id()).orElseThrow().moduleStates())
        .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON)
        .containsEntry(SecurityModule.APPLICATION_CONTROL, ModuleState.ON)
        .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF);
    CliRunner.Run get = on(target, "--output", "json", "policies", "get", "cli-ext");
    assertThat(get.code()).as(get.err()).isZero();
    assertThat(get.out())
        .contains("\"web-reputation\":\"on\"")
        .contains("\"application-control\":\"on\"")
        .contains("\"activity-monitoring\":\"off\"");
  }
}
