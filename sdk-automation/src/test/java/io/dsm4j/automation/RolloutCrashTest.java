package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.RetryOptions;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.model.RuleKind;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.SimulatorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at a step of apply, promote or rollback, then a resumed run: the manager ends exactly as
 * after a clean run, and nothing that can be read back is sent twice. A crash is a checkpoint
 * handler that throws, leaving the journal as {@code kill -9} would (the out-of-process kill tests
 * in the examples module do the same with real signals at every step).
 */
class RolloutCrashTest {
  private static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;

  @TempDir Path dir;

  @AfterEach
  void noHandler() {
    Checkpoints.testHandler(null);
  }

  /** What the manager looks like at the end, and the changes sent to it. */
  record Outcome(
      Map<Integer, List<Integer>> direct,
      Map<Integer, Boolean> flags,
      Map<String, Boolean> stagedModes,
      Map<String, Integer> writes) {}

  private Outcome run(Backend backend, String crashAt, boolean rollback) throws Exception {
    Path d = Files.createTempDirectory(dir, "run");
    Path journal = d.resolve("j.json");
    AtomicBoolean crashed = new AtomicBoolean(crashAt == null);
    AtomicBoolean flipped = new AtomicBoolean();
    try (DsmSimulator sim = DsmSimulator.builder().seed(42).scanDelay(Duration.ZERO).start();
        Manager m = sim.managerBuilder(backend).retry(RetryOptions.none()).build()) {
      Checkpoints.testHandler(
          n -> {
            if (backend == Backend.SOAP
                && n.equals("change.recorded")
                && flipped.compareAndSet(false, true)) {
              preventAddedRules(m, journal);
            }
            if (n.equals(crashAt) && crashed.compareAndSet(false, true)) {
              throw new IllegalStateException("crash at " + n);
            }
          });
      RuleUpdateRollout r =
          RuleUpdateRollout.builder(m).pollInterval(Duration.ofMillis(20)).build();
      ApplyReport applied = twice(() -> r.apply(journal, false));
      twice(() -> r.promote(journal, Duration.ZERO, false, false));
      if (rollback) {
        twice(() -> r.rollback(journal, false));
      }
      assertThat(crashed).as("the run crashed at " + crashAt).isTrue();
      SimulatorState s = sim.state();
      Map<Integer, List<Integer>> direct = new TreeMap<>();
      s.policies().forEach(p -> direct.put(p.id(), s.directRuleIds(p.id(), IPS)));
      Map<Integer, Boolean> flags = new TreeMap<>();
      s.rules(IPS).forEach(x -> flags.put(x.id(), x.detectOnly()));
      Map<String, Boolean> modes = new TreeMap<>();
      applied
          .rulesPerPolicy()
          .forEach(
              (p, rules) ->
                  rules.forEach(id -> modes.put(p + "/" + id, SimProbe.detectOnlyOn(sim, p, id))));
      return new Outcome(direct, flags, modes, RuleUpdateRolloutTest.writes(s.operationCounts()));
    }
  }

  /**
   * Over SOAP the catalog has no last-updated time, so only the update's new rules are staged, and
   * the manager applied them detect-only: nothing would need switching. A manager that did not
   * honour detect-only for them (what {@link ApplyReport#addedNotDetectOnly()} reports) does: this
   * makes them prevent before staging, so staging switches them with the global flag.
   */
  private static void preventAddedRules(Manager m, Path journal) {
    try {
      for (var r :
          io.dsm4j.automation.internal.JournalFile.JSON.readTree(journal.toFile()).get("added")) {
        m.rules().intrusionPrevention().setDetectOnly(r.get("id").asInt(), false);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs a step; when it crashed, runs it again (the resume). */
  private static <T> T twice(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalStateException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("crash at ")) {
        throw e;
      }
      return step.get();
    }
  }

  @Test
  void globalMode_aCrashRightAfterADetectOnlySwitchStillEndsInPreventAfterPromote()
      throws Exception {
    Outcome clean = run(Backend.SOAP, null, false);
    assertThat(clean.stagedModes()).isNotEmpty().doesNotContainValue(true);
    for (String point : List.of("detectOnly.changed", "promote.changed")) {
      Outcome crashed = run(Backend.SOAP, point, false);
      assertThat(crashed.stagedModes()).as(point).isEqualTo(clean.stagedModes());
      assertThat(crashed.flags()).as(point).isEqualTo(clean.flags());
      assertThat(crashed.direct()).as(point).isEqualTo(clean.direct());
      assertThat(crashed.writes()).as(point + ": nothing sent twice").isEqualTo(clean.writes());
    }
  }

  @Test
  void perPolicyMode_crashesAtEachKindOfChangeEndAsACleanRun() throws Exception {
    Outcome clean = run(Backend.AUTO, null, false);
    assertThat(clean.stagedModes()).isNotEmpty().doesNotContainValue(true);
    for (String point : List.of("scan.requested", "detectOnly.changed", "assign.changed")) {
      Outcome crashed = run(Backend.AUTO, point, false);
      assertThat(crashed.stagedModes()).as(point).isEqualTo(clean.stagedModes());
      assertThat(crashed.flags()).as(point).isEqualTo(clean.flags());
      assertThat(crashed.direct()).as(point).isEqualTo(clean.direct());
      Map<String, Integer> writes = new TreeMap<>(crashed.writes());
      if (point.equals("detectOnly.changed")) {
        // The override in flight cannot be read back: it is set once more (a harmless repeat).
        String key = "POST /api/policies/{id}/intrusionprevention/rules/{id}";
        assertThat(writes.get(key)).as(point).isEqualTo(clean.writes().get(key) + 1);
        writes.put(key, clean.writes().get(key));
      }
      assertThat(writes).as(point + ": nothing else sent twice").isEqualTo(clean.writes());
    }
  }

  @Test
  void rollbackResumedAfterACrashRestoresTheSameState() throws Exception {
    Outcome clean = run(Backend.SOAP, null, true);
    for (String point : List.of("rollback.flags.changed")) {
      Outcome crashed = run(Backend.SOAP, point, true);
      assertThat(crashed.direct()).as(point).isEqualTo(clean.direct());
      assertThat(crashed.flags()).as(point).isEqualTo(clean.flags());
    }
  }
}
