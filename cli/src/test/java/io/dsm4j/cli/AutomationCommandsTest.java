package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.testkit.DsmSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-update and events commands, run in-process against a simulator. */
class AutomationCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  DsmSimulator sim;

  /** One command's outcome. */
  record Run(int code, String out, String err) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.lines().toList()) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    }
  }

  @BeforeEach
  void start() {
    // Not the default password "simulator": picocli reads that value as the subcommand.
    sim =
        DsmSimulator.builder()
            .seed(42)
            .scanDelay(Duration.ofMillis(100))
            .user("dsm4j", "sim-pass")
            .start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  Run dsm4j(String... args) {
    return dsm4j(Map.of(), args);
  }

  Run dsm4j(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Dsm4j cli = new Dsm4j();
    cli.env = env;
    cli.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code = cli.execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Both credentials of the running simulator (from the environment, as scripts pass them). */
  Run onSim(String... args) {
    return dsm4j(
        Map.of(
            "DSM_URL",
            sim.url().toString(),
            "DSM_API_KEY",
            sim.apiKey(),
            "DSM_USERNAME",
            sim.username(),
            "DSM_PASSWORD",
            sim.password()),
        args);
  }

  Map<Integer, List<Integer>> assignments() {
    Map<Integer, List<Integer>> m = new TreeMap<>();
    sim.state()
        .policies()
        .forEach(
            p -> m.put(p.id(), sim.state().directRuleIds(p.id(), RuleKind.INTRUSION_PREVENTION)));
    return m;
  }

  Map<Integer, Boolean> flags() {
    Map<Integer, Boolean> m = new TreeMap<>();
    sim.state().rules(RuleKind.INTRUSION_PREVENTION).forEach(r -> m.put(r.id(), r.detectOnly()));
    return m;
  }

  SecurityUpdate pending() {
    return sim.state().securityUpdates().stream()
        .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void planPrintsUpdatesScopeStepsAndWarnings() throws Exception {
    sim.state().setRuleUpdatesAutoApplied(true);
    Run table = onSim("rule-update", "plan");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out())
        .contains(pending().name())
        .contains("hostName")
        .contains("detect-only")
        .contains("rule updates are applied to policies automatically");

    Run json = onSim("--output", "json", "rule-update", "plan", "--policy", "1");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode plan = json.json().get(0);
    assertThat(plan.get("selected").get("id").asInt()).isEqualTo(pending().id());
    assertThat(plan.get("warnings").toString()).contains("automatically");
    assertThat(plan.get("backends").get("securityUpdates").asText()).isEqualTo("soap");
    assertThat(pending().appliedState()).isEqualTo(AppliedState.NOT_APPLIED);
  }

  @Test
  void applyIsADryRunWithoutYes() {
    Map<Integer, List<Integer>> before = assignments();
    Map<Integer, Boolean> flags = flags();
    Path journal = dir.resolve("j.json");

    Run r = onSim("rule-update", "apply", "--journal", journal.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("dry run: nothing was changed");
    assertThat(r.out()).contains("would apply");
    assertThat(journal).doesNotExist();
    assertThat(assignments()).isEqualTo(before);
    assertThat(flags()).isEqualTo(flags);
    assertThat(pending().appliedState()).isEqualTo(AppliedState.NOT_APPLIED);
  }

  @Test
  void applyPromoteAndRollbackWithExitCodes() throws Exception {
    Map<Integer, List<Integer>> before = assignments();
    Map<Integer, Boolean> flags = flags();
    String journal = dir.resolve("j.json").toString();
    int updateId = pending().id();

    Run apply =
        onSim(
            "--output",
            "json",
            "rule-update",
            "apply",
            "--journal",
            journal,
            "--poll-interval",
            "PT0.1S",
            "--yes");
    assertThat(apply.code()).as(apply.err()).isZero();
    JsonNode report = apply.json().get(0);
    assertThat(report.get("dryRun").asBoolean()).isFalse();
    assertThat(report.get("updateId").asInt()).isEqualTo(updateId);
    assertThat(report.get("rulesPerPolicy").size()).isPositive();
    assertThat(report.get("backends").get("assignments").asText()).isEqualTo("rest");
    assertThat(apply.err()).contains("scan completed on");
    assertThat(assignments()).isNotEqualTo(before);

    Run early = onSim("rule-update", "promote", "--journal", journal, "--yes");
    assertThat(early.code()).as(early.err()).isEqualTo(1);
    assertThat(early.err()).contains("soak period has not passed");
    assertThat(early.out()).isEmpty();

    Run promoteDry = onSim("rule-update", "promote", "--journal", journal, "--after", "0s");
    assertThat(promoteDry.code()).as(promoteDry.err()).isZero();
    assertThat(promoteDry.out()).contains("would switch to prevent");

    Run rollback =
        onSim("--output", "json", "rule-update", "rollback", "--journal", journal, "--yes");
    assertThat(rollback.code()).as(rollback.err()).isZero();
    assertThat(rollback.err()).contains("stays applied");
    assertThat(assignments()).isEqualTo(before);
    assertThat(flags()).containsAllEntriesOf(flags);
  }

  @Test
  void restOnlyApplyFailsWithACapabilityErrorAndAForeignJournalIsRefused() throws Exception {
    Run rest =
        dsm4j(
            Map.of("DSM_API_KEY", sim.apiKey()),
            "--url",
            sim.url().toString(),
            "rule-update",
            "apply",
            "--journal",
            dir.resolve("j.json").toString(),
            "--yes");
    assertThat(rest.code()).as(rest.err()).isEqualTo(1);
    assertThat(rest.err()).contains("SECURITY_UPDATES").contains("SOAP");
    assertThat(dir.resolve("j.json")).doesNotExist();

    Path foreign = dir.resolve("foreign.json");
    Files.writeString(
        foreign,
        "{\"format\":\"dsm4j-rule-update-journal/1\",\"manager\":{\"url\":\"https://other:4119\","
            + "\"tenant\":null,\"managerVersion\":\"20.0.1\"},\"update\":{\"id\":3},"
            + "\"scope\":{\"computers\":[]}}");
    Run refused = onSim("rule-update", "rollback", "--journal", foreign.toString(), "--yes");
    assertThat(refused.code()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err()).contains("belongs to the manager").contains("https://other:4119");
  }

  @Test
  void eventsExportWritesNdjsonAndResumesWithState() throws Exception {
    Path state = dir.resolve("state.json");
    Run first =
        onSim("events", "export", "--kind", "ips", "--since", "8d", "--state", state.toString());
    assertThat(first.code()).as(first.err()).isZero();
    List<JsonNode> lines = first.json();
    assertThat(lines).hasSize((int) sim.state().eventCount(EventKind.INTRUSION_PREVENTION));
    assertThat(lines.get(0).get("kind").asText()).isEqualTo("ips");
    assertThat(first.err()).contains("exported " + lines.size() + " ips event(s)");

    sim.state()
        .addEvents(
            EventKind.INTRUSION_PREVENTION,
            40,
            java.time.Instant.now().minus(Duration.ofDays(3)),
            java.time.Instant.now(),
            null);
    Path out = dir.resolve("ips.ndjson");
    Run second =
        onSim(
            "events",
            "export",
            "--kind",
            "ips",
            "--state",
            state.toString(),
            "--out",
            out.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).isEmpty();
    List<String> more = Files.readAllLines(out);
    assertThat(more).hasSize(40);
    Set<Long> ids = new HashSet<>();
    lines.forEach(n -> ids.add(n.get("id").asLong()));
    for (String l : more) {
      assertThat(ids.add(JSON.readTree(l).get("id").asLong())).isTrue();
    }
  }

  @Test
  void eventsExportUsageErrors() {
    assertThat(dsm4j("--simulator", "events", "export", "--kind", "dpi").code()).isEqualTo(2);
    Run mixed =
        dsm4j(
            "--simulator",
            "events",
            "export",
            "--kind",
            "ips",
            "--until",
            "1h",
            "--state",
            dir.resolve("s.json").toString());
    assertThat(mixed.code()).as(mixed.err()).isEqualTo(2);
    assertThat(mixed.err()).contains("--until cannot be combined with --state");
  }

  /** Every key of a JSON tree, as paths; none may be dotted (keys nest instead). */
  static void assertNoDottedKeys(JsonNode n, String path) {
    n.fieldNames()
        .forEachRemaining(
            k -> {
              assertThat(k).as(path).doesNotContain(".");
              assertNoDottedKeys(n.get(k), path + "/" + k);
            });
    if (n.isArray()) {
      n.forEach(x -> assertNoDottedKeys(x, path + "[]"));
    }
  }

  @Test
  void updatesApplyNeedsAModeListsTheChangedRulesAndRefusesAnAppliedUpdate() throws Exception {
    SecurityUpdate u = pending();
    Run noMode = onSim("updates", "apply", String.valueOf(u.id()));
    assertThat(noMode.code()).as(noMode.err()).isEqualTo(2);
    assertThat(noMode.err()).contains("--detect-only").contains("--prevent");
    assertThat(pending().id()).as("nothing applied").isEqualTo(u.id());

    Run both = onSim("updates", "apply", String.valueOf(u.id()), "--detect-only", "--prevent");
    assertThat(both.code()).as(both.err()).isEqualTo(2);

    Run applied =
        onSim("--output", "json", "updates", "apply", String.valueOf(u.id()), "--detect-only");
    assertThat(applied.code()).as(applied.err()).isZero();
    JsonNode r = applied.json().get(0);
    assertNoDottedKeys(r, "");
    assertThat(r.get("mode").asText()).isEqualTo("detect-only");
    assertThat(r.get("changes").get("ips").get("added").asInt()).isPositive();
    assertThat(r.get("rules").size()).isPositive();
    JsonNode first = r.get("rules").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("ips");
    assertThat(first.get("change").asText()).isEqualTo("added");
    assertThat(first.get("identifier").asText()).isNotBlank();

    Run again = onSim("updates", "apply", String.valueOf(u.id()), "--prevent");
    assertThat(again.code()).as(again.err()).isEqualTo(1);
    assertThat(again.err().lines().toList())
        .singleElement()
        .asString()
        .contains("already applied with its new rules detect-only")
        .contains("released ")
        .contains("--force");
    assertThat(again.out()).isEmpty();

    Run table = onSim("updates", "apply", String.valueOf(u.id()), "--prevent", "--force");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("mode").contains("prevent").contains("identifier");
  }

  @Test
  void eventsExportRefusesOptionsThatDoNotApplyBeforeFetchingAnything() throws Exception {
    Path d = Files.createDirectory(dir.resolve("a-dir"));
    int requests = sim.state().requestCount();
    Run table = onSim("--output", "table", "events", "export", "--kind", "ips");
    assertThat(table.code()).as(table.err()).isEqualTo(2);
    assertThat(table.err()).contains("NDJSON").contains("--output table does not apply");
    assertThat(table.out()).isEmpty();

    Run intoDir =
        onSim(
            "events",
            "export",
            "--kind",
            "ips",
            "--out",
            d.toString(),
            "--state",
            dir.resolve("s.json").toString());
    assertThat(intoDir.code()).as(intoDir.err()).isEqualTo(2);
    assertThat(intoDir.err()).contains("is a directory").contains("--out-dir");

    Run both =
        onSim(
            "events",
            "export",
            "--kind",
            "ips",
            "--out",
            dir.resolve("x").toString(),
            "--out-dir",
            d.toString());
    assertThat(both.code()).as(both.err()).isEqualTo(2);
    assertThat(sim.state().requestCount()).as("nothing fetched").isEqualTo(requests);
    assertThat(dir.resolve("s.json")).doesNotExist();

    Run json = onSim("--output", "json", "events", "export", "--kind", "ips", "--since", "8d");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.json()).isNotEmpty();
  }

  @Test
  void eventsExportAppendsWithStateAndOutDirWritesOneFilePerRun() throws Exception {
    Path state = dir.resolve("state.json");
    Path out = dir.resolve("ips.ndjson");
    String[] args = {
      "events",
      "export",
      "--kind",
      "ips",
      "--since",
      "8d",
      "--out",
      out.toString(),
      "--state",
      state.toString()
    };
    Run first = onSim(args);
    assertThat(first.code()).as(first.err()).isZero();
    long firstLines = Files.readAllLines(out).size();
    Run nothing = onSim(args);
    assertThat(nothing.code()).as(nothing.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize((int) firstLines);
    sim.state()
        .addEvents(
            EventKind.INTRUSION_PREVENTION,
            25,
            java.time.Instant.now().minus(Duration.ofDays(1)),
            java.time.Instant.now(),
            null);
    Run more = onSim(args);
    assertThat(more.code()).as(more.err()).isZero();
    assertThat(more.err()).contains("exported 25 ips event(s) appended to");
    assertThat(Files.readAllLines(out)).hasSize((int) firstLines + 25);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("ips.ndjson", "state.json");
    }

    Path outDir = Files.createDirectory(dir.resolve("batches"));
    String[] dirArgs = {
      "events",
      "export",
      "--kind",
      "firewall",
      "--since",
      "8d",
      "--out-dir",
      outDir.toString(),
      "--state",
      dir.resolve("fw-state.json").toString()
    };
    assertThat(onSim(dirArgs).code()).isZero();
    Run none = onSim(dirArgs);
    assertThat(none.err()).contains("nothing new: no file written");
    try (var files = Files.list(outDir)) {
      assertThat(files.toList())
          .singleElement()
          .asString()
          .matches(".*firewall-\\d{8}T\\d{6}\\.\\d{3}Z-\\d+-\\d+\\.ndjson");
    }
  }

  @Test
  void aSecondExportToTheSameOutIsRefusedWithOneLineNamingTheLock() throws Exception {
    Path out = dir.resolve("ips.ndjson");
    CountDownLatch paused = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    Checkpoints.testHandler(
        n -> {
          if (n.equals("export.partial") && paused.getCount() > 0) {
            paused.countDown();
            try {
              resume.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Run> first =
          pool.submit(
              () ->
                  onSim(
                      "events",
                      "export",
                      "--kind",
                      "ips",
                      "--since",
                      "8d",
                      "--out",
                      out.toString()));
      assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
      Run second =
          onSim(
              "events",
              "export",
              "--kind",
              "ips",
              "--since",
              "8d",
              "--out",
              out.toString(),
              "--state",
              dir.resolve("other-state.json").toString());
      assertThat(second.code()).as(second.err()).isEqualTo(1);
      assertThat(second.err().lines().toList())
          .singleElement()
          .asString()
          .contains("in use by another run (lock " + dir.resolve("ips.ndjson.lock"))
          .contains("held by pid " + ProcessHandle.current().pid());
      resume.countDown();
      Run r = first.get(60, TimeUnit.SECONDS);
      assertThat(r.code()).as(r.err()).isZero();
      Set<Long> ids = new HashSet<>();
      for (String l : Files.readAllLines(out)) {
        assertThat(ids.add(JSON.readTree(l).get("id").asLong())).isTrue();
      }
      assertThat(ids).hasSize((int) sim.state().eventCount(EventKind.INTRUSION_PREVENTION));
    } finally {
      resume.countDown();
      Checkpoints.testHandler(null);
      pool.shutdownNow();
    }
  }

  @Test
  void ruleUpdateReportsFollowTheJournal() throws Exception {
    String journal = dir.resolve("j.json").toString();
    Run dry = onSim("rule-update", "apply", "--journal", journal);
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("unknown until the update is applied");
    assertThat(dry.out()).doesNotContainPattern("addedRules\\s+0");

    Run applied =
        onSim(
            "--output",
            "json",
            "rule-update",
            "apply",
            "--journal",
            journal,
            "--poll-interval",
            "PT0.1S",
            "--yes");
    assertThat(applied.code()).as(applied.err()).isZero();
    JsonNode a = applied.json().get(0);
    assertNoDottedKeys(a, "");
    assertThat(a.get("detectOnlyScope").asText()).isEqualTo("per-policy");
    assertThat(a.get("sendPolicy").get("failed").size()).isZero();
    assertThat(applied.err()).contains("run promote after the soak");

    Run promote = onSim("rule-update", "promote", "--journal", journal, "--after", "0s", "--yes");
    assertThat(promote.code()).as(promote.err()).isZero();
    assertThat(promote.out()).contains("policyId").contains("prevent");

    Run again = onSim("rule-update", "apply", "--journal", journal, "--yes");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("promoted at ").doesNotContain("run promote");
    assertThat(again.out()).contains("promotedAt");
  }

  @Test
  void theEmbeddedSimulatorRunsTheCommandsToo() throws Exception {
    Run r = dsm4j("--simulator", "--output", "json", "rule-update", "plan");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get(0).get("selected").get("name").asText()).isEqualTo(pending().name());
  }
}
