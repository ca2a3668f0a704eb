package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.cli.CliRunner.Run;
import io.dsm4j.cli.StubManager.Answer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 and the exit-code contract: names, messages in the CLI's words, one spelling, stable
 * order, rule names in assignments, exit 2 only for the user's input, one line for every failure.
 */
class CliUxTest extends CliSimulatorFixture {
  @Test
  void anUnknownName_getsADidYouMean_withoutInternalPrefixes() {
    Run r = run("policies", "get", "linux server");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.errLines())
        .containsExactly("dsm4j: no policy named 'linux server'; did you mean 'Linux Server'?");

    Run far = run("policies", "get", "Nothing Like Any Policy");
    assertThat(far.errLines()).containsExactly("dsm4j: no policy named 'Nothing Like Any Policy'");

    // Host names match ignoring case, so a near miss is a typo, not a case difference.
    String host = sim.state().computers().get(0).hostName();
    Run computer = run("computers", "get", host.substring(0, host.length() - 1));
    assertThat(computer.err()).contains("did you mean '" + host + "'?");
    Run otherCase = run("computers", "get", host.toUpperCase(java.util.Locale.ROOT));
    assertThat(otherCase.code()).as(otherCase.err()).isZero();
  }

  @Test
  void allDigitNames_needTheNamePrefix() throws Exception {
    Policy digits = sim.state().addPolicy("2024", null);
    Run byName = run("--output", "json", "policies", "get", "name:2024");
    assertThat(byName.code()).as(byName.err()).isZero();
    assertThat(byName.json().get(0).get("id").asInt()).isEqualTo(digits.id());

    Run tooBig = run("policies", "get", "99999999999");
    assertThat(tooBig.code()).isEqualTo(2);
    assertThat(tooBig.err()).contains("name:99999999999");
  }

  @Test
  void messagesSpeakTheCommandLinesLanguage() {
    Run noUrl = CliRunner.run(Map.of(), "policies", "list");
    assertThat(noUrl.code()).isEqualTo(2);
    assertThat(noUrl.errLines()).singleElement().asString().contains("--url").contains("DSM_URL");
    assertThat(noUrl.err()).doesNotContain("url(...)");

    Run noScheme =
        CliRunner.run(Map.of("DSM_API_KEY", "k-1234"), "--url", "127.0.0.1:4119", "info");
    assertThat(noScheme.code()).isEqualTo(2);
    assertThat(noScheme.err())
        .contains("https://127.0.0.1:4119 for a manager")
        .contains("http://127.0.0.1:4119 for the dsm4j simulator");

    Run envNoScheme =
        CliRunner.run(Map.of("DSM_URL", "dsm.example.com:4119", "DSM_API_KEY", "k-1234"), "info");
    assertThat(envNoScheme.err()).contains("DSM_URL 'dsm.example.com:4119' has no scheme");

    Map<String, String> env = new HashMap<>(env());
    env.put("DSM_BACKEND", "restful");
    Run backend = CliRunner.run(env, "policies", "list");
    assertThat(backend.code()).isEqualTo(2);
    assertThat(backend.errLines())
        .containsExactly("dsm4j: usage: DSM_BACKEND must be rest, soap or auto, not 'restful'");

    Run noPassword =
        CliRunner.run(
            Map.of("DSM_URL", sim.url().toString()), "--username", "u", "updates", "list");
    assertThat(noPassword.code()).isEqualTo(2);
    assertThat(noPassword.err())
        .contains("--username needs a password")
        .contains("--password-file");
  }

  @Test
  void info_checksEveryCredential_aWrongPasswordNextToARightKeyFails() throws Exception {
    Map<String, String> env = new HashMap<>(env());
    env.put("DSM_PASSWORD", "not-the-password");
    Run r = CliRunner.run(env, "--output", "json", "info");

    assertThat(r.code()).isEqualTo(1);
    JsonNode backends = r.json().get(0).get("backends");
    assertThat(backends.get(0).get("backend").asText()).isEqualTo("rest");
    assertThat(backends.get(0).get("authenticated").asBoolean()).isTrue();
    assertThat(backends.get(1).get("backend").asText()).isEqualTo("soap");
    assertThat(backends.get(1).get("reachable").asBoolean()).isTrue();
    assertThat(backends.get(1).get("authenticated").asBoolean()).isFalse();
    assertThat(backends.get(1).get("error").asText()).contains("ManagerAuthenticationException");
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains("1 of 2 credential(s) failed: soap");
    assertThat(r.all()).doesNotContain("not-the-password");
  }

  @Test
  void oneSpellingPerThing_andAStableOrder() throws Exception {
    Run rules = run("--output", "json", "rules", "list", "--kind", "ips", "--limit", "2");
    assertThat(rules.json()).allMatch(n -> n.get("kind").asText().equals("ips"));
    assertThat(rules.json()).allMatch(n -> n.get("severity").asText().matches("[a-z]+"));

    Policy base = sim.state().policies().get(0);
    Run direct =
        run(
            "--output",
            "json",
            "policies",
            "rules",
            "list",
            String.valueOf(base.id()),
            "--kind",
            "ips");
    assertThat(direct.json()).allMatch(n -> n.get("kind").asText().equals("ips") && n.has("id"));

    Run table = run("policies", "rules", "list", String.valueOf(base.id()), "--kind", "ips");
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("id")
        .doesNotContain("ruleId");

    Run policy = run("--output", "json", "policies", "get", String.valueOf(base.id()));
    JsonNode states = policy.json().get(0).get("moduleStates");
    List<String> keys = new java.util.ArrayList<>();
    states.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isNotEmpty().isSorted().allMatch(k -> k.matches("[a-z-]+"));

    Run info1 = run("--output", "json", "info");
    Run info2 = run("--output", "json", "info");
    assertThat(info1.out().replaceAll("\"managerTime\":\"[^\"]*\"", ""))
        .isEqualTo(info2.out().replaceAll("\"managerTime\":\"[^\"]*\"", ""));
    assertThat(info1.json().get(0).get("backends").get(0).get("backend").asText())
        .isEqualTo("rest");

    Run list = run("--output", "json", "computers", "list");
    List<Integer> ids = list.json().stream().map(n -> n.get("id").asInt()).toList();
    assertThat(ids).isSorted();
  }

  @Test
  void policyRules_showIdentifierAndName_andWhereInheritedOnesComeFrom() throws Exception {
    Policy base = sim.state().policies().get(0);
    Policy child = sim.state().addPolicy("cli-ux-child", base.id());
    Rule mine = sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(5);
    sim.state().assignRules(child.id(), RuleKind.INTRUSION_PREVENTION, List.of(mine.id()));

    Run direct = run("policies", "rules", "list", "cli-ux-child", "--kind", "ips");
    assertThat(direct.code()).as(direct.err()).isZero();
    assertThat(direct.out().lines().toList())
        .hasSize(2)
        .last()
        .asString()
        .contains(String.valueOf(mine.id()))
        .contains(mine.identifier())
        .contains(mine.name().substring(0, 20));

    Run effective =
        run(
            "--output",
            "json",
            "policies",
            "rules",
            "list",
            "cli-ux-child",
            "--kind",
            "ips",
            "--effective");
    List<JsonNode> rows = effective.json();
    assertThat(rows.size()).isGreaterThan(1);
    JsonNode own =
        rows.stream().filter(n -> n.get("id").asInt() == mine.id()).findFirst().orElseThrow();
    assertThat(own.get("inherited").asBoolean()).isFalse();
    assertThat(own.get("fromPolicyId").asInt()).isEqualTo(child.id());
    JsonNode inherited =
        rows.stream().filter(n -> n.get("inherited").asBoolean()).findFirst().orElseThrow();
    assertThat(inherited.get("fromPolicyName").asText()).isEqualTo(base.name());
    assertThat(inherited.get("name").asText()).isNotBlank();

    Rule byName = sim.state().rules(RuleKind.INTRUSION_PREVENTION).get(7);
    Run assign = run("policies", "rules", "assign", "cli-ux-child", "--kind", "ips", byName.name());
    assertThat(assign.code()).as(assign.err()).isZero();
    assertThat(sim.state().directRuleIds(child.id(), RuleKind.INTRUSION_PREVENTION))
        .contains(byName.id());
  }

  /** A REST manager whose policy 1 says its ID is -5, and whose policy 2 has parent -3. */
  private static StubManager nonsenseManager() throws Exception {
    return new StubManager(
        r -> {
          if (r.path().equals("/api/policies/1")) {
            return Answer.json(200, "{\"ID\":-5,\"parentID\":-3,\"name\":\"Weird\"}");
          }
          if (r.path().equals("/api/policies/2")) {
            return Answer.json(200, "{\"ID\":2,\"parentID\":-3,\"name\":\"Odd\"}");
          }
          if (r.path().equals("/api/policies/search")) {
            return Answer.json(200, "{\"policies\":[{\"ID\":-5,\"name\":\"Weird\"}]}");
          }
          if (r.path().startsWith("/api/policies/")) {
            return Answer.json(200, "{\"assignedRuleIDs\":[]}");
          }
          return Answer.json(404, "{\"message\":\"not here\"}");
        });
  }

  @Test
  void theServersNonsense_isAFailureNeverAUsageError() throws Exception {
    try (StubManager stub = nonsenseManager()) {
      Map<String, String> env = Map.of("DSM_URL", stub.url(), "DSM_API_KEY", "2:key-1234");

      // A by-ID read that answers another ID is refused as the manager's error, naming it.
      Run byId =
          CliRunner.run(env, "--output", "json", "policies", "rules", "list", "1", "--kind", "ips");
      assertThat(byId.code()).as(byId.err()).isEqualTo(1);
      assertThat(byId.errLines())
          .singleElement()
          .asString()
          .contains("answered with policy -5 when asked for 1");

      Run byName = CliRunner.run(env, "policies", "rules", "list", "Weird", "--kind", "ips");
      // An item without a valid ID is left out on every backend: no such policy.
      assertThat(byName.code()).isEqualTo(1);
      assertThat(byName.errLines()).containsExactly("dsm4j: no policy named 'Weird'");

      Run parent =
          CliRunner.run(env, "policies", "rules", "list", "2", "--kind", "ips", "--effective");
      assertThat(parent.code()).isEqualTo(1);
      assertThat(parent.errLines()).singleElement().asString().contains("invalid parent ID (-3)");
    }
  }

  @Test
  void aCommandThatFailsWithoutAWord_stillPrintsOneLine() throws Exception {
    try (StubManager stub =
        new StubManager(
            r -> {
              if (r.body().contains("authenticate")) {
                return Answer.xml(200, StubManager.soapReturn("authenticate", "SESSION-0001"));
              }
              if (r.body().contains("updateComponents")) {
                return Answer.xml(200, StubManager.soapReturn("updateComponents", "false"));
              }
              return Answer.xml(
                  200,
                  "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><endSessionResponse xmlns=\"urn:Manager\"/></soapenv:Body></soapenv:Envelope>");
            })) {
      Run r =
          CliRunner.run(
              Map.of("DSM_URL", stub.url(), "DSM_USERNAME", "u", "DSM_PASSWORD", "p-12345"),
              "updates",
              "check");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines()).singleElement().asString().startsWith("dsm4j: updates check failed");

      // A warning before is no explanation: the failure still gets its line.
      Run warned =
          CliRunner.run(
              Map.of("DSM_URL", stub.url()),
              "--username",
              "u",
              "--password",
              "p-12345",
              "updates",
              "check");
      assertThat(warned.code()).isEqualTo(1);
      assertThat(warned.errLines()).hasSize(2);
      assertThat(warned.errLines().get(0)).contains("warning: --password");
      assertThat(warned.errLines().get(1)).startsWith("dsm4j: updates check failed");
    }
  }

  @Test
  void fileErrors_sayTheirCause_onOneLine() throws Exception {
    Path journalDir = Files.createDirectory(dir.resolve("a-directory"));
    Run r =
        run(
            "--simulator",
            "events",
            "export",
            "--kind",
            "ips",
            "--since",
            "1h",
            "--out",
            journalDir.toString());
    // A directory as --out is the user's mistake: refused before anything is fetched.
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.errLines().get(r.errLines().size() - 1))
        .containsAnyOf("is a directory", "Is a directory", "directory");

    Path state = Files.writeString(dir.resolve("state.json"), "{ this is not json");
    Run corrupt =
        run("--simulator", "events", "export", "--kind", "ips", "--state", state.toString());
    assertThat(corrupt.code()).isEqualTo(1);
    assertThat(corrupt.errLines()).hasSize(2);
  }
}
