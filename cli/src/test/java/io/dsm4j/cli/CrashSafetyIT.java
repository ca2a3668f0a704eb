package io.dsm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.SimulatorState;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the packaged CLI at every step of {@code rule-update apply}, {@code promote}, {@code
 * rollback} and {@code events export}, with {@code SIGKILL} ({@code kill -9}) and {@code SIGTERM}
 * (what Ctrl-C's shutdown does), then resumes, and checks the manager's state: never a rule
 * assigned in prevent mode before promote, never one left detect-only after it, no update applied
 * twice, no assignment or scan sent twice, no event lost or exported twice, and a second run at
 * once refused.
 *
 * <p>Timing-free: a first run in this JVM lists the steps (the checkpoints it passes, see {@link
 * Checkpoints}); then, against a second simulator with the same seed, one CLI process per step is
 * started with {@code DSM4J_TEST_PAUSE_AT=STEP}, which prints {@code dsm4j-test: paused at STEP}
 * and stops there; the test waits for that line, kills the process and starts the next one, which
 * first resumes what the killed one left. Signals alternate from step to step (the rollout's global
 * mode starts with the other signal, so its detect-only steps see both); {@code
 * -Ddsm4j.crash.bothSignals=true} runs the per-policy chain once with each signal at every step.
 * The simulator runs in this JVM, so its state is read directly.
 */
class CrashSafetyIT {
  private static final String JAR = System.getProperty("dsm4j.jar", "target/dsm4j.jar");
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final long STEP_TIMEOUT_SECONDS = 180;
  private static final String EOF = "\u0000EOF";
  private static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  enum Signal {
    KILL,
    TERM
  }

  /**
   * A class-data-sharing archive of the CLI's classes, dumped by one run and mapped by the ~40
   * processes after it: it only shortens their start-up (when it cannot be made or used, the JVM
   * goes on without it).
   */
  private static Path cds;

  @BeforeAll
  static void classDataSharingArchive(@TempDir Path tmp) throws Exception {
    Path archive = tmp.resolve("dsm4j.jsa");
    try (DsmSimulator sim = sim()) {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  JAVA,
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-XX:ArchiveClassesAtExit=" + archive,
                  "-jar",
                  JAR));
      cmd.addAll(args(sim, Backend.AUTO, "rule-update", "plan"));
      Process p =
          new ProcessBuilder(cmd)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(p.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
    cds = Files.isRegularFile(archive) ? archive : null;
  }

  @AfterEach
  void noHandler() {
    Checkpoints.testHandler(null);
  }

  // ================================================================ processes

  /** A CLI process; its stderr lines are collected as they come. */
  static final class Cli {
    final Process p;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final StringBuffer err = new StringBuffer();

    Cli(List<String> args, Map<String, String> env) throws IOException {
      List<String> cmd =
          new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
      if (cds != null) {
        cmd.add("-XX:SharedArchiveFile=" + cds);
      }
      cmd.addAll(List.of("-jar", JAR));
      cmd.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().keySet().removeIf(k -> k.startsWith("DSM_") || k.startsWith("DSM4J_"));
      pb.environment().putAll(env);
      p = pb.start();
      Thread t =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                  String l;
                  while ((l = r.readLine()) != null) {
                    err.append(l).append('\n');
                    lines.add(l);
                  }
                } catch (IOException e) {
                  // the process is gone
                } finally {
                  lines.add(EOF);
                }
              });
      t.setDaemon(true);
      t.start();
    }

    /** Waits for the pause line; false when the process ended without reaching the step. */
    boolean awaitPause(String step) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_TIMEOUT_SECONDS);
      while (true) {
        String l = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (l == null) {
          p.destroyForcibly();
          throw new AssertionError("no pause at " + step + " in time; stderr:\n" + err);
        }
        if (l.equals("dsm4j-test: paused at " + step)) {
          return true;
        }
        if (l.equals(EOF)) {
          return false;
        }
      }
    }

    void kill(Signal s) throws InterruptedException {
      if (s == Signal.KILL) {
        p.destroyForcibly(); // SIGKILL
      } else {
        p.destroy(); // SIGTERM
      }
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the process ended").isTrue();
    }

    int exitCode() throws InterruptedException {
      assertThat(p.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as(err.toString()).isTrue();
      while (!EOF.equals(lines.poll(60, TimeUnit.SECONDS))) {
        // drain until stderr is closed, so err is complete
      }
      return p.exitValue();
    }
  }

  /** A run of the CLI in this JVM; {@code steps} receives each checkpoint passed. */
  record Run(int code, String err) {}

  static Run inProcess(Consumer<String> steps, List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Dsm4j cli = new Dsm4j();
    cli.env = Map.of();
    cli.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    Checkpoints.testHandler(steps);
    try {
      int code = cli.execute(args.toArray(String[]::new));
      return new Run(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      Checkpoints.testHandler(null);
    }
  }

  /** What a hook at a paused step may do before the process is killed. */
  interface PausedHook {
    void at(String step, Cli paused) throws Exception;
  }

  /**
   * Starts one process per step, each paused at its step and killed there; each resumes what the
   * one before left.
   */
  static void chain(
      List<String> args, List<String> steps, Signal first, PausedHook hook, Runnable invariant)
      throws Exception {
    int i = first == Signal.KILL ? 0 : 1;
    for (String step : steps) {
      Cli c = new Cli(args, Map.of("DSM4J_TEST_PAUSE_AT", step));
      assertThat(c.awaitPause(step))
          .as("the resumed run reaches %s; stderr:%n%s", step, c.err)
          .isTrue();
      hook.at(step, c);
      c.kill(i++ % 2 == 0 ? Signal.KILL : Signal.TERM);
      invariant.run();
    }
  }

  static List<String> distinct(List<String> steps) {
    return new ArrayList<>(new LinkedHashSet<>(steps));
  }

  // ================================================================ the manager's state

  static DsmSimulator sim() {
    return DsmSimulator.builder()
        .seed(42)
        .scanDelay(Duration.ZERO)
        .user("dsm4j", "sim-pass")
        .start();
  }

  static List<String> credentials(DsmSimulator sim, Backend backend) {
    List<String> a = new ArrayList<>(List.of("--url", sim.url().toString()));
    if (backend != Backend.SOAP) {
      a.addAll(List.of("--api-key", sim.apiKey()));
    }
    a.addAll(List.of("--username", "dsm4j", "--password", "sim-pass"));
    return a;
  }

  static List<String> args(DsmSimulator sim, Backend backend, String... command) {
    List<String> a = credentials(sim, backend);
    a.addAll(List.of(command));
    return a;
  }

  /** Direct IPS assignments, global flags, and each staged rule's mode on its policy. */
  record State(
      Map<Integer, List<Integer>> direct,
      Map<Integer, Boolean> flags,
      Map<String, Boolean> staged) {}

  static State state(DsmSimulator sim, Path journal) throws IOException {
    SimulatorState s = sim.state();
    Map<Integer, List<Integer>> direct = new TreeMap<>();
    s.policies().forEach(p -> direct.put(p.id(), s.directRuleIds(p.id(), IPS)));
    Map<Integer, Boolean> flags = new TreeMap<>();
    s.rules(IPS).forEach(r -> flags.put(r.id(), r.detectOnly()));
    Map<String, Boolean> staged = new TreeMap<>();
    if (journal != null) {
      JsonNode assigned = JSON.readTree(journal.toFile()).get("assigned");
      for (var e : (Iterable<Map.Entry<String, JsonNode>>) assigned::fields) {
        int policy = Integer.parseInt(e.getKey());
        for (JsonNode r : e.getValue()) {
          staged.put(policy + "/" + r.asInt(), detectOnlyOn(sim, policy, r.asInt()));
        }
      }
    }
    return new State(direct, flags, staged);
  }

  /** A rule's mode on one policy (its override, else its own flag), read over REST. */
  static boolean detectOnlyOn(DsmSimulator sim, int policy, int rule) {
    try {
      HttpURLConnection c =
          (HttpURLConnection)
              URI.create(
                      sim.url() + "/api/policies/" + policy + "/intrusionprevention/rules/" + rule)
                  .toURL()
                  .openConnection();
      c.setRequestProperty("api-secret-key", sim.apiKey());
      c.setRequestProperty("api-version", "v1");
      c.setConnectTimeout(10_000);
      c.setReadTimeout(30_000);
      assertThat(c.getResponseCode()).isEqualTo(200);
      try (InputStream in = c.getInputStream()) {
        return JSON.readTree(in).get("detectOnly").asBoolean();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Before promote: every rule the rollout assigned is detect-only on its policy. */
  static void noRuleAssignedInPreventMode(DsmSimulator sim, State before) {
    SimulatorState s = sim.state();
    for (var p : s.policies()) {
      for (Integer r : s.directRuleIds(p.id(), IPS)) {
        if (!before.direct().get(p.id()).contains(r)) {
          assertThat(detectOnlyOn(sim, p.id(), r))
              .as("rule %d newly assigned to policy %d is detect-only", r, p.id())
              .isTrue();
        }
      }
    }
  }

  /** Requests that change the manager, by operation. */
  static Map<String, Integer> writes(DsmSimulator sim) {
    Map<String, Integer> w = new TreeMap<>();
    sim.state()
        .operationCounts()
        .forEach(
            (k, v) -> {
              boolean read =
                  k.startsWith("GET ")
                      || k.endsWith("/search")
                      || k.contains("Retrieve")
                      || k.contains("Get")
                      || k.contains("authenticate")
                      || k.contains("endSession")
                      || k.contains("getApiVersion")
                      || k.contains("getManagerTime");
              if (!read) {
                w.put(k, v);
              }
            });
    return w;
  }

  /** The chained runs sent what the clean run sent, plus only the repeats allowed per request. */
  static void sameWrites(
      Map<String, Integer> clean, Map<String, Integer> chained, Map<String, Integer> repeats) {
    Set<String> keys = new HashSet<>(clean.keySet());
    keys.addAll(chained.keySet());
    for (String k : keys) {
      int extra = chained.getOrDefault(k, 0) - clean.getOrDefault(k, 0);
      assertThat(extra)
          .as(
              "%s sent %d more time(s) than in a clean run (clean %s, chained %s)",
              k, extra, clean, chained)
          .isBetween(0, repeats.getOrDefault(k, 0));
    }
  }

  // ================================================================ rule-update

  @Test
  void ruleUpdatePerPolicyKilledAtEveryStepEndsAsACleanRun() throws Exception {
    List<Signal> firsts =
        Boolean.getBoolean("dsm4j.crash.bothSignals")
            ? List.of(Signal.KILL, Signal.TERM)
            : List.of(Signal.KILL);
    for (Signal first : firsts) {
      rolloutChain(Backend.AUTO, first, null);
    }
  }

  @Test
  void ruleUpdateGlobalFlagKilledAtEachDetectOnlyStepEndsAsACleanRun() throws Exception {
    rolloutChain(
        Backend.SOAP,
        Signal.TERM,
        Set.of(
            "change.recorded",
            "detectOnly.intent",
            "detectOnly.changed",
            "promote.planned",
            "promote.intent",
            "promote.changed",
            "rollback.flags.intent",
            "rollback.flags.changed"));
  }

  /**
   * Over SOAP only the update's new rules are staged (no last-updated time), and the manager
   * applied them detect-only, so nothing would need the global switch; this plays a manager that
   * did not honour detect-only for them, so staging switches them (and promote back).
   */
  static void preventAddedRules(DsmSimulator sim, Path journal) throws IOException {
    try (Manager m = sim.managerBuilder(Backend.REST).build()) {
      for (JsonNode r : JSON.readTree(journal.toFile()).get("added")) {
        m.rules().intrusionPrevention().setDetectOnly(r.get("id").asInt(), false);
      }
    }
  }

  private void rolloutChain(Backend backend, Signal first, Set<String> only) throws Exception {
    try (DsmSimulator clean = sim();
        DsmSimulator chained = sim()) {
      Path cleanJournal = Files.createTempDirectory(dir, "clean").resolve("j.json");
      Path journal = Files.createTempDirectory(dir, "chained").resolve("j.json");
      boolean global = backend == Backend.SOAP;

      // 1. A clean run in this JVM: the steps of each command, and the state to end in.
      List<String> applySteps = new ArrayList<>();
      Consumer<String> applyWatch =
          step -> {
            applySteps.add(step);
            if (global && step.equals("change.recorded")) {
              try {
                preventAddedRules(clean, cleanJournal);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          };
      String j = cleanJournal.toString();
      Run r =
          inProcess(
              applyWatch, args(clean, backend, "rule-update", "apply", "--journal", j, "--yes"));
      assertThat(r.code()).as(r.err()).isZero();
      State cleanStaged = state(clean, cleanJournal);
      List<String> promoteSteps = new ArrayList<>();
      r =
          inProcess(
              promoteSteps::add,
              args(
                  clean,
                  backend,
                  "rule-update",
                  "promote",
                  "--journal",
                  j,
                  "--after",
                  "0s",
                  "--yes"));
      assertThat(r.code()).as(r.err()).isZero();
      State cleanPromoted = state(clean, cleanJournal);
      List<String> rollbackSteps = new ArrayList<>();
      r =
          inProcess(
              rollbackSteps::add,
              args(clean, backend, "rule-update", "rollback", "--journal", j, "--yes"));
      assertThat(r.code()).as(r.err()).isZero();
      State cleanRolledBack = state(clean, cleanJournal);
      assertThat(cleanStaged.staged()).as("rules staged").isNotEmpty().doesNotContainValue(false);
      assertThat(cleanPromoted.staged()).doesNotContainValue(true);
      if (global) {
        assertThat(applySteps).contains("detectOnly.changed");
        assertThat(rollbackSteps).contains("rollback.flags.changed");
      }

      // 2. The same on the second simulator, killed at every step (each process resumes the last).
      State before = state(chained, null);
      String jj = journal.toString();
      List<String> apply = args(chained, backend, "rule-update", "apply", "--journal", jj, "--yes");
      PausedHook hook =
          (step, paused) -> {
            if (global && step.equals("change.recorded")) {
              preventAddedRules(chained, journal);
            }
            if (step.equals("scan.intent") || (global && step.equals("detectOnly.intent"))) {
              // A second run at once is refused, naming the lock and its holder.
              Cli second = new Cli(apply, Map.of());
              assertThat(second.exitCode()).as(second.err.toString()).isEqualTo(1);
              assertThat(second.err.toString())
                  .contains("in use by another run (lock " + journal.toAbsolutePath() + ".lock")
                  .contains("held by pid " + paused.p.pid());
            }
          };
      chain(
          apply,
          pick(applySteps, only),
          first,
          hook,
          () -> noRuleAssignedInPreventMode(chained, before));
      r = inProcess(s -> {}, apply);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(state(chained, journal)).isEqualTo(cleanStaged);

      List<String> promote =
          args(
              chained,
              backend,
              "rule-update",
              "promote",
              "--journal",
              jj,
              "--after",
              "0s",
              "--yes");
      chain(promote, pick(promoteSteps, only), first, (s, p) -> {}, () -> {});
      r = inProcess(s -> {}, promote);
      assertThat(r.code()).as(r.err()).isZero();
      State promoted = state(chained, journal);
      assertThat(promoted.staged())
          .as("no rule left detect-only after promote")
          .doesNotContainValue(true);
      assertThat(promoted).isEqualTo(cleanPromoted);

      List<String> rollback =
          args(chained, backend, "rule-update", "rollback", "--journal", jj, "--yes");
      chain(rollback, pick(rollbackSteps, only), first, (s, p) -> {}, () -> {});
      r = inProcess(s -> {}, rollback);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(state(chained, journal)).isEqualTo(cleanRolledBack);

      // Nothing that can be read back was sent twice: the update, assignments, global flags.
      // Sending policy (REST: one task per computer) and a per-policy override cannot be read
      // back: they are sent once more when the kill landed between sending and recording. (That
      // scans are not sent twice is checked exactly by RolloutCrashTest.)
      int computers =
          (int) clean.state().computers().stream().filter(c -> c.policyId() != null).count();
      sameWrites(
          writes(clean),
          writes(chained),
          Map.of(
              "POST /api/scheduledtasks",
              computers,
              "DELETE /api/scheduledtasks/{id}",
              computers,
              "soap:hostUpdateNow",
              1,
              "POST /api/policies/{id}/intrusionprevention/rules/{id}",
              3));
      assertThat(clean.state().operationCounts().get("soap:securityUpdateApply")).isEqualTo(1);
    }
  }

  private static List<String> pick(List<String> steps, Set<String> only) {
    List<String> d = distinct(steps);
    if (only != null) {
      d.removeIf(s -> !only.contains(s));
    }
    assertThat(d).isNotEmpty();
    return d;
  }

  // ================================================================ events export

  @Test
  void eventsExportAppendKilledAtEveryStepLosesAndRepeatsNothing() throws Exception {
    exportChain(false);
  }

  @Test
  void eventsExportOutDirKilledAtEveryStepLosesAndRepeatsNothing() throws Exception {
    exportChain(true);
  }

  private void exportChain(boolean outDir) throws Exception {
    try (DsmSimulator sim = sim()) {
      Path listing = Files.createTempDirectory(dir, "listing");
      Path work = Files.createTempDirectory(dir, "work");
      Path loaded = Files.createTempDirectory(dir, "loaded");
      Path state = work.resolve("state.json");
      Path target = outDir ? work : work.resolve("ips.ndjson");
      String outOption = outDir ? "--out-dir" : "--out";

      List<String> steps = new ArrayList<>();
      Run r =
          inProcess(
              steps::add,
              args(
                  sim,
                  Backend.SOAP,
                  "events",
                  "export",
                  "--kind",
                  "ips",
                  "--since",
                  "8d",
                  outOption,
                  outDir ? listing.toString() : listing.resolve("x.ndjson").toString(),
                  "--state",
                  listing.resolve("state.json").toString()));
      assertThat(r.code()).as(r.err()).isZero();

      List<String> export =
          args(
              sim,
              Backend.SOAP,
              "events",
              "export",
              "--kind",
              "ips",
              "--since",
              "8d",
              outOption,
              target.toString(),
              "--state",
              state.toString());
      PausedHook hook =
          (step, paused) -> {
            if (step.equals("export.partial")) {
              Cli second =
                  new Cli(
                      args(
                          sim,
                          Backend.SOAP,
                          "events",
                          "export",
                          "--kind",
                          "ips",
                          outOption,
                          target.toString(),
                          "--state",
                          work.resolve("other.json").toString()),
                      Map.of());
              assertThat(second.exitCode()).as(second.err.toString()).isEqualTo(1);
              assertThat(second.err.toString()).contains("in use by another run (lock ");
            }
          };
      Runnable between =
          () -> {
            // New events for every run, and (one file per run) a loader that takes the files.
            sim.state()
                .addEvents(
                    EventKind.INTRUSION_PREVENTION,
                    25,
                    Instant.now().minusSeconds(3600),
                    Instant.now(),
                    null);
            if (outDir) {
              moveNdjson(work, loaded);
            }
          };
      chain(export, distinct(steps), Signal.KILL, hook, between);
      r = inProcess(s -> {}, export);
      assertThat(r.code()).as(r.err()).isZero();
      if (outDir) {
        moveNdjson(work, loaded);
      }

      List<Long> ids = new ArrayList<>();
      try (Stream<Path> files = Files.list(outDir ? loaded : work)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).toList()) {
          for (String line : Files.readAllLines(f)) {
            ids.add(JSON.readTree(line).get("id").asLong());
          }
        }
      }
      assertThat(new HashSet<>(ids)).as("no event twice").hasSize(ids.size());
      assertThat(ids)
          .as("no event lost")
          .hasSize((int) sim.state().eventCount(EventKind.INTRUSION_PREVENTION));
      try (Stream<Path> files = Files.list(work)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("no temp or lock file left after the last, normal run")
            .allMatch(n -> n.equals("state.json") || n.equals("ips.ndjson"));
      }
    }
  }

  private static void moveNdjson(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().matches("ips-.*\\.ndjson")).toList()) {
        Files.move(f, to.resolve(f.getFileName()));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
