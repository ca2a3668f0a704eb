package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** {@code rules create|update|delete}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleWriteCommandsTest {
  private static final RuleKind IM = RuleKind.INTEGRITY_MONITORING;
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

  @Test
  void create_update_delete_fromFiles() throws Exception {
    Path rule = dir.resolve("rule.json");
    Files.writeString(
        rule,
        "{\"name\":\"cli-im\",\"description\":\"d\",\"severity\":\"high\","
            + "\"ruleXml\":\"<FileSet base=\\\"/srv\\\"/>\"}");

    CliRunner.Run created =
        run(
            "--output",
            "json",
            "rules",
            "create",
            "--kind",
            "integrity",
            "--file",
            rule.toString());

    assertThat(created.code()).as(created.err()).isZero();
    int id = created.json().get(0).get("id").asInt();
    Rule stored = sim.state().rule(IM, id).orElseThrow();
    assertThat(stored.name()).isEqualTo("cli-im");
    assertThat(stored.description()).isEqualTo("d");
    assertThat(sim.state().ruleXml(IM, id)).contains("<FileSet base=\"/srv\"/>");

    Path changes = dir.resolve("changes.json");
    Files.writeString(changes, "{\"id\":999,\"description\":\"changed\"}");
    CliRunner.Run updated =
        run(
            "rules",
            "update",
            "--kind",
            "integrity",
            String.valueOf(id),
            "--file",
            changes.toString());

    assertThat(updated.code()).as(updated.err()).isZero();
    assertThat(sim.state().rule(IM, id).orElseThrow().description()).isEqualTo("changed");
    assertThat(sim.state().ruleXml(IM, id)).as("kept").contains("<FileSet base=\"/srv\"/>");

    CliRunner.Run deleted = run("rules", "delete", "--kind", "integrity", "cli-im");

    assertThat(deleted.code()).as(deleted.err()).isZero();
    assertThat(sim.state().rule(IM, id)).isEmpty();
  }

  @Test
  void getOutputJson_isValidInputToCreate() throws Exception {
    int appType = sim.state().rules(RuleKind.APPLICATION_TYPE).get(0).id();
    Path original = dir.resolve("original.json");
    Files.writeString(
        original,
        "{\"name\":\"cli-original\",\"severity\":\"critical\",\"detectOnly\":true,"
            + "\"applicationTypeId\":"
            + appType
            + ",\"ruleXml\":\"<rule><pattern>evil</pattern></rule>\"}");
    CliRunner.Run made =
        run("--output", "json", "rules", "create", "--kind", "ips", "--file", original.toString());
    assertThat(made.code()).as(made.err()).isZero();
    Rule source =
        sim.state()
            .rule(RuleKind.INTRUSION_PREVENTION, made.json().get(0).get("id").asInt())
            .orElseThrow();
    CliRunner.Run get =
        run("--output", "json", "rules", "get", "--kind", "ips", String.valueOf(source.id()));
    assertThat(get.code()).as(get.err()).isZero();
    JsonNode printed = get.json().get(0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) printed).put("name", "cli-copy");
    Path file = dir.resolve("copy.json");
    Files.writeString(file, printed.toString());

    CliRunner.Run created =
        run("--output", "json", "rules", "create", "--kind", "ips", "--file", file.toString());

    assertThat(created.code()).as(created.err()).isZero();
    int id = created.json().get(0).get("id").asInt();
    assertThat(id).isNotEqualTo(source.id());
    Rule copy = sim.state().rule(RuleKind.INTRUSION_PREVENTION, id).orElseThrow();
    assertThat(copy.detectOnly()).isTrue();
    assertThat(copy.severity()).isEqualTo(source.severity());
    assertThat(copy.applicationTypeId()).isEqualTo(source.applicationTypeId());
    assertThat(sim.state().ruleXml(RuleKind.INTRUSION_PREVENTION, id))
        .isEqualTo(sim.state().ruleXml(RuleKind.INTRUSION_PREVENTION, source.id()));
  }

  @Test
  void deleteATrendRule_failsWithOneLine() {
    Rule trend =
        sim.state().rules(RuleKind.INTRUSION_PREVENTION).stream()
            .filter(Rule::trendIssued)
            .findFirst()
            .orElseThrow();

    CliRunner.Run r = run("rules", "delete", "--kind", "ips", String.valueOf(trend.id()));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("Trend Micro");
    assertThat(sim.state().rule(RuleKind.INTRUSION_PREVENTION, trend.id())).isPresent();
  }

  @Test
  void aFileOfAnotherKind_isAUsageError() throws Exception {
    Path file = dir.resolve("fw.json");
    Files.writeString(file, "{\"kind\":\"firewall\",\"name\":\"x\"}");

    CliRunner.Run r = run("rules", "create", "--kind", "ips", "--file", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("firewall");
  }
}
