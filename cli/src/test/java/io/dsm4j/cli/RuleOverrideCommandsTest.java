package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.DsmSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policies|computers rules override|get} and {@code computers rules list|assign|unassign}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleOverrideCommandsTest {
  private static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;
  private DsmSimulator sim;
  @TempDir Path dir;

  @BeforeAll
  void start() {
    sim = DsmSimulator.builder().start();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  private CliRunner.Run run(String... args) {
    return CliRunner.run(
        Map.of("DSM_URL", sim.url().toString(), "DSM_API_KEY", sim.apiKey()), args);
  }

  private Rule preventing() {
    return sim.state().rules(IPS).stream().filter(r -> !r.detectOnly()).findFirst().orElseThrow();
  }

  @Test
  void policyOverride_fromAFile_thenGet_thenReset() throws Exception {
    Policy p = sim.state().addPolicy("cli-override", null);
    Rule rule = preventing();
    Path changes = dir.resolve("changes.json");
    Files.writeString(changes, "{\"detectOnly\":true}");

    CliRunner.Run ov =
        run(
            "--output",
            "json",
            "policies",
            "rules",
            "override",
            "cli-override",
            "--kind",
            "ips",
            String.valueOf(rule.id()),
            "--file",
            changes.toString());

    assertThat(ov.code()).as(ov.err()).isZero();
    JsonNode row = ov.json().get(0);
    assertThat(row.get("detectOnly").asBoolean()).isTrue();
    assertThat(row.get("overrides").get("detectOnly").asBoolean()).isTrue();
    assertThat(sim.state().policyRuleOverrides(p.id(), IPS, rule.id()))
        .containsEntry("detectOnly", true);

    CliRunner.Run get =
        run(
            "--output",
            "json",
            "policies",
            "rules",
            "get",
            "cli-override",
            "--kind",
            "ips",
            String.valueOf(rule.id()));
    assertThat(get.json().get(0).get("detectOnly").asBoolean()).isTrue();

    CliRunner.Run reset =
        run(
            "policies",
            "rules",
            "override",
            "cli-override",
            "--kind",
            "ips",
            String.valueOf(rule.id()),
            "--reset");
    assertThat(reset.code()).as(reset.err()).isZero();
    assertThat(sim.state().policyRuleOverrides(p.id(), IPS, rule.id())).isEmpty();
  }

  @Test
  void override_needsExactlyOneOfFileAndReset_andAReadableFile() {
    Rule rule = preventing();
    CliRunner.Run neither =
        run("policies", "rules", "override", "1", "--kind", "ips", String.valueOf(rule.id()));
    assertThat(neither.code()).isEqualTo(2);
    CliRunner.Run missing =
        run(
            "policies",
            "rules",
            "override",
            "1",
            "--kind",
            "ips",
            String.valueOf(rule.id()),
            "--file",
            dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.errLines()).hasSize(1);
  }

  @Test
  void computerRules_assignListUnassign_andOverride() throws Exception {
    Computer c = sim.state().computers().get(1);
    Rule rule = sim.state().rules(IPS).get(7);

    CliRunner.Run assign =
        run(
            "--output",
            "json",
            "computers",
            "rules",
            "assign",
            String.valueOf(c.id()),
            "--kind",
            "ips",
            String.valueOf(rule.id()));

    assertThat(assign.code()).as(assign.err()).isZero();
    assertThat(sim.state().computerDirectRuleIds(c.id(), IPS)).contains(rule.id());
    CliRunner.Run list =
        run(
            "--output",
            "json",
            "computers",
            "rules",
            "list",
            String.valueOf(c.id()),
            "--kind",
            "ips",
            "--effective");
    assertThat(list.json())
        .anySatisfy(
            n -> {
              assertThat(n.get("id").asInt()).isEqualTo(rule.id());
              assertThat(n.get("inherited").asBoolean()).isFalse();
            });
    Path changes = dir.resolve("alert.json");
    Files.writeString(changes, "{\"id\":1,\"alertEnabled\":true}");
    CliRunner.Run ov =
        run(
            "computers",
            "rules",
            "override",
            String.valueOf(c.id()),
            "--kind",
            "ips",
            String.valueOf(rule.id()),
            "--file",
            changes.toString());
    assertThat(ov.code()).as(ov.err()).isZero();
    assertThat(sim.state().computerRuleOverrides(c.id(), IPS, rule.id()))
        .isEqualTo(Map.of("alertEnabled", true));

    CliRunner.Run unassign =
        run(
            "computers",
            "rules",
            "unassign",
            String.valueOf(c.id()),
            "--kind",
            "ips",
            String.valueOf(rule.id()));
    assertThat(unassign.code()).as(unassign.err()).isZero();
    assertThat(sim.state().computerDirectRuleIds(c.id(), IPS)).doesNotContain(rule.id());
  }

  @Test
  void soapAlone_overrideIsUnsupported_exit1() {
    Rule rule = preventing();
    Path f = dir.resolve("x.json");
    CliRunner.Run r =
        CliRunner.run(
            Map.of(
                "DSM_URL", sim.url().toString(),
                "DSM_USERNAME", sim.username(),
                "DSM_PASSWORD", sim.password()),
            "computers",
            "rules",
            "override",
            "1",
            "--kind",
            "ips",
            String.valueOf(rule.id()),
            "--reset");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("not supported");
    assertThat(f).doesNotExist();
  }
}
