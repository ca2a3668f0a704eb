package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.DsmSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, run in-process against a simulator: output, exit codes, bad input, and that
 * stdout carries nothing but data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private DsmSimulator sim;
  @TempDir Path dir;

  record Run(int code, String out, String err) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.lines().toList()) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    }
  }

  @BeforeAll
  void start() {
    sim = DsmSimulator.builder().start();
  }

  @AfterAll
  void stop() {
    sim.close();
  }

  private Run raw(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Dsm4j cli = new Dsm4j();
    cli.env = env;
    cli.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    cli.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code = cli.execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Credentials from the environment, as a scheduled job would pass them. */
  private Run run(String... args) {
    return raw(
        Map.of(
            "DSM_URL", sim.url().toString(),
            "DSM_API_KEY", sim.apiKey(),
            "DSM_USERNAME", sim.username(),
            "DSM_PASSWORD", sim.password()),
        "",
        args);
  }

  @Test
  void info_printsTheManagerAndBothBackends() throws Exception {
    Run r = run("--output", "json", "info");

    assertThat(r.code()).isZero();
    JsonNode info = r.json().get(0);
    assertThat(info.get("managerVersion").asText()).isEqualTo("20.0.877");
    assertThat(info.get("backends").toString()).contains("\"rest\"").contains("\"soap\"");
    assertThat(r.out()).doesNotContain(sim.apiKey()).doesNotContain(sim.password());
  }

  @Test
  void policiesList_asJson_isOneObjectPerLineWithId() throws Exception {
    Run r = run("--output", "json", "policies", "list");

    assertThat(r.code()).isZero();
    List<JsonNode> rows = r.json();
    assertThat(rows).hasSize(sim.state().policies().size());
    assertThat(rows).allMatch(n -> n.has("id") && n.has("name") && n.has("moduleStates"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void policiesList_asTable_hasAHeaderAndARowEach() {
    Run r = run("policies", "list");

    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("id").contains("name");
    assertThat(lines).hasSize(sim.state().policies().size() + 1);
  }

  @Test
  void policiesGet_byNameAndById_andUnknown() throws Exception {
    Policy base = sim.state().policies().get(0);

    assertThat(
            run("--output", "json", "policies", "get", base.name()).json().get(0).get("id").asInt())
        .isEqualTo(base.id());
    assertThat(
            run("--output", "json", "policies", "get", String.valueOf(base.id()))
                .json()
                .get(0)
                .get("name")
                .asText())
        .isEqualTo(base.name());
    Run missing = run("policies", "get", "No Such Policy");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("no policy named 'No Such Policy'").doesNotContain("\tat ");
  }

  @Test
  void policiesCreate_assign_list_delete() throws Exception {
    Policy base = sim.state().policies().get(0);
    List<Integer> rules =
        sim.state().rules(RuleKind.INTRUSION_PREVENTION).stream().map(Rule::id).limit(2).toList();

    Run created =
        run(
            "--output",
            "json",
            "policies",
            "create",
            "--name",
            "cli-child",
            "--parent",
            base.name());
    assertThat(created.code()).isZero();
    int id = created.json().get(0).get("id").asInt();
    assertThat(
            run(
                    "policies",
                    "rules",
                    "assign",
                    "cli-child",
                    "--kind",
                    "ips",
                    String.valueOf(rules.get(0)),
                    String.valueOf(rules.get(1)))
                .code())
        .isZero();
    Run direct = run("--output", "json", "policies", "rules", "list", "cli-child", "--kind", "ips");
    assertThat(direct.json()).extracting(n -> n.get("id").asInt()).containsExactlyElementsOf(rules);
    Run effective =
        run(
            "--output",
            "json",
            "policies",
            "rules",
            "list",
            "cli-child",
            "--kind",
            "ips",
            "--effective");
    assertThat(effective.json().size()).isGreaterThan(rules.size());
    assertThat(run("policies", "delete", String.valueOf(id)).code()).isZero();
    assertThat(sim.state().policy(id)).isEmpty();
  }

  @Test
  void rulesSearch_byCve_andTheKindChecks() throws Exception {
    Run hit =
        run("--output", "json", "rules", "search", "--kind", "ips", "--cve", "CVE-2021-44228");
    assertThat(hit.code()).isZero();
    assertThat(hit.json())
        .isNotEmpty()
        .allMatch(n -> n.get("cves").toString().contains("CVE-2021-44228"));

    Run malformed = run("rules", "search", "--kind", "ips", "--cve", "CVE-21-1");
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("malformed CVE");

    Run wrongKind = run("rules", "search", "--kind", "firewall", "--cve", "CVE-2021-44228");
    assertThat(wrongKind.code()).isEqualTo(2);
    assertThat(wrongKind.err()).contains("--cve does not apply to --kind firewall");

    Run unknownKind = run("rules", "list", "--kind", "antivirus");
    assertThat(unknownKind.code()).isEqualTo(2);

    Run empty =
        run("--output", "json", "rules", "search", "--kind", "ips", "--name", "zzz-no-such-rule");
    assertThat(empty.code()).as("an empty result is a success").isZero();
    assertThat(empty.out()).isEmpty();
  }

  @Test
  void rulesList_withSeverityAndLimit() throws Exception {
    Run r =
        run(
            "--output",
            "json",
            "rules",
            "list",
            "--kind",
            "ips",
            "--severity",
            "critical",
            "--limit",
            "3");

    assertThat(r.code()).isZero();
    assertThat(r.json()).hasSize(3).allMatch(n -> n.get("severity").asText().equals("critical"));
  }

  @Test
  void updatedSince_withSoapOnly_isAClearCapabilityFailure() {
    Run r =
        raw(
            Map.of(),
            "",
            "--url",
            sim.url().toString(),
            "--username",
            sim.username(),
            "--password",
            sim.password(),
            "--backend",
            "soap",
            "rules",
            "list",
            "--kind",
            "ips",
            "--updated-since",
            "7d");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("RULE_QUERY_UPDATED_SINCE").contains("not supported");
  }

  @Test
  void computers_listGetRecommendationsAndActions() throws Exception {
    var c = sim.state().computers().get(0);

    assertThat(run("--output", "json", "computers", "list").json())
        .hasSize(sim.state().computers().size());
    assertThat(
            run("--output", "json", "computers", "get", c.hostName())
                .json()
                .get(0)
                .get("id")
                .asInt())
        .isEqualTo(c.id());
    assertThat(
            run(
                    "--output",
                    "json",
                    "computers",
                    "recommendations",
                    String.valueOf(c.id()),
                    "--kind",
                    "ips")
                .code())
        .isZero();
    Run scan = run("--output", "json", "computers", "scan-recommendations", String.valueOf(c.id()));
    assertThat(scan.code()).isZero();
    assertThat(scan.json().get(0).get("result").asText()).isEqualTo("requested");
  }

  @Test
  void computersAction_onAnUnknownComputer_isNotFound() {
    Run r = run("computers", "update-now", "no-such-host.example.com");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no computer named");
  }

  @Test
  void updatesList_throughSoap() throws Exception {
    Run r = run("--output", "json", "updates", "list");

    assertThat(r.code()).isZero();
    assertThat(r.json()).hasSize(sim.state().securityUpdates().size());
  }

  @Test
  void updates_withRestOnly_failClearly() {
    Run r =
        raw(
            Map.of(),
            "",
            "--url",
            sim.url().toString(),
            "--api-key",
            sim.apiKey(),
            "updates",
            "list");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("SECURITY_UPDATES").contains("SOAP backend may support it");
  }

  @Test
  void wrongCredentials_failWithOneLineAndNoSecret() {
    Run r =
        raw(
            Map.of("DSM_URL", sim.url().toString(), "DSM_API_KEY", "2:wrong-secret-xyz"),
            "",
            "policies",
            "list");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("HTTP 401");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("2:wrong-secret-xyz");
  }

  @Test
  void unreachableManager_isAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Run r =
        raw(
            Map.of(),
            "",
            "--url",
            "http://127.0.0.1:" + port,
            "--api-key",
            "k",
            "--timeout",
            "2s",
            "policies",
            "list");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot reach the manager");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageErrors_exitWith2() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("policies", "get").code()).isEqualTo(2);
    assertThat(run("--output", "yaml", "policies", "list").code()).isEqualTo(2);
    assertThat(raw(Map.of(), "", "policies", "list").code()).as("no URL").isEqualTo(2);
  }

  @Test
  void passwordFromStdinAndApiKeyFromFile() throws Exception {
    Path key = Files.writeString(dir.resolve("key"), sim.apiKey() + "\n");
    Run fromFile =
        raw(
            Map.of(),
            "",
            "--url",
            sim.url().toString(),
            "--api-key-file",
            key.toString(),
            "policies",
            "list");
    assertThat(fromFile.code()).isZero();

    Run fromStdin =
        raw(
            Map.of(),
            sim.password() + "\n",
            "--url",
            sim.url().toString(),
            "--username",
            sim.username(),
            "--password-file",
            "-",
            "--output",
            "json",
            "updates",
            "list");
    assertThat(fromStdin.code()).isZero();
  }

  @Test
  void embeddedSimulator_option_works() throws Exception {
    Run r = raw(Map.of(), "", "--simulator", "--output", "json", "policies", "list");

    assertThat(r.code()).isZero();
    assertThat(r.json()).isNotEmpty();
    assertThat(r.err()).contains("starting the embedded simulator");
  }
}
