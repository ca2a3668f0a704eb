package io.dsm4j.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dsm4j.Backend;
import io.dsm4j.Manager;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.automation.internal.LockFile;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.Fault;
import io.dsm4j.testkit.SimulatorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleUpdateRolloutTest {
  private static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;

  @TempDir Path dir;

  static DsmSimulator sim() {
    return DsmSimulator.builder().seed(42).scanDelay(Duration.ofMillis(200)).start();
  }

  static RuleUpdateRollout.Builder rollout(Manager m) {
    return RuleUpdateRollout.builder(m).pollInterval(Duration.ofMillis(50));
  }

  /** Everything a rollout may change: update states, direct IPS assignments, detect-only flags. */
  record Snapshot(
      Map<Integer, AppliedState> updates,
      Map<Integer, List<Integer>> direct,
      Map<Integer, Boolean> detectOnly) {
    static Snapshot of(SimulatorState s) {
      Map<Integer, AppliedState> u = new TreeMap<>();
      s.securityUpdates().forEach(x -> u.put(x.id(), x.appliedState()));
      Map<Integer, List<Integer>> d = new TreeMap<>();
      s.policies().forEach(p -> d.put(p.id(), s.directRuleIds(p.id(), IPS)));
      Map<Integer, Boolean> f = new TreeMap<>();
      s.rules(IPS).forEach(r -> f.put(r.id(), r.detectOnly()));
      return new Snapshot(u, d, f);
    }
  }

  private static SecurityUpdate pending(SimulatorState s) {
    return s.securityUpdates().stream()
        .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void planIsReadOnlyAndWarnsAboutSettingsThatDefeatStaging() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Computer c = sim.state().computers().get(0);
      sim.state().setRuleUpdatesAutoApplied(true);
      sim.state().setPolicyStaging(c.policyId(), true, true);
      Snapshot before = Snapshot.of(sim.state());

      RolloutPlan plan = rollout(m).build().plan();

      assertThat(Snapshot.of(sim.state())).isEqualTo(before);
      assertThat(plan.pendingUpdates())
          .extracting(SecurityUpdate::id)
          .contains(pending(sim.state()).id());
      assertThat(plan.selected().id()).isEqualTo(pending(sim.state()).id());
      assertThat(plan.computers()).hasSize(sim.state().computers().size());
      assertThat(plan.warnings())
          .anyMatch(w -> w.contains("rule updates are applied to policies automatically"))
          .anyMatch(w -> w.contains("policy " + c.policyId() + " applies IPS recommendations"))
          .anyMatch(w -> w.contains("policy " + c.policyId() + " runs ongoing recommendation"));
      assertThat(plan.steps()).anyMatch(s -> s.contains("detect-only"));
      assertThat(plan.backends()).containsEntry("securityUpdates", Backend.SOAP);
      assertThat(sim.state().operationCounts()).doesNotContainKey("soap:updateComponents");
    }
  }

  @Test
  void restOnlyApplyFailsUpFrontAndPlanSaysWhy() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.REST).build()) {
      Snapshot before = Snapshot.of(sim.state());
      Path journal = dir.resolve("j.json");
      assertThatThrownBy(() -> rollout(m).build().apply(journal, false))
          .isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("SECURITY_UPDATES")
          .hasMessageContaining("SOAP");
      assertThat(journal).doesNotExist();
      assertThat(Snapshot.of(sim.state())).isEqualTo(before);

      RolloutPlan plan = rollout(m).build().plan();
      assertThat(plan.updatesUnavailable()).contains("only in the SOAP API");
      assertThat(plan.selected()).isNull();
    }
  }

  @Test
  void dryRunChangesNothing() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Snapshot before = Snapshot.of(sim.state());
      Path journal = dir.resolve("j.json");

      ApplyReport r = rollout(m).build().apply(journal, true);

      assertThat(r.dryRun()).isTrue();
      assertThat(r.updateId()).isEqualTo(pending(sim.state()).id());
      assertThat(r.steps()).anyMatch(s -> s.startsWith("apply update: would apply"));
      assertThat(Snapshot.of(sim.state())).isEqualTo(before);
      assertThat(journal).doesNotExist();
      assertThat(sim.state().operationCounts().keySet())
          .noneMatch(k -> k.contains("Save") || k.contains("Apply") || k.contains("Scan"));
    }
  }

  @Test
  void applyStagesNewlyRecommendedRulesDetectOnlyAndNeverInPreventMode() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      int updateId = pending(sim.state()).id();
      Snapshot before = Snapshot.of(sim.state());
      Path journal = dir.resolve("j.json");
      // Watch every assignment: each assigned rule must already be detect-only at that moment.
      List<String> violations = new ArrayList<>();
      Consumer<String> watch =
          msg -> {
            if (msg.contains(": assigned ")) {
              int policy = Integer.parseInt(msg.substring(7, msg.indexOf(':')));
              for (Integer r : sim.state().directRuleIds(policy, IPS)) {
                if (!before.direct().get(policy).contains(r)
                    && !SimProbe.detectOnlyOn(sim, policy, r)) {
                  violations.add("rule " + r + " on policy " + policy);
                }
              }
            }
          };

      ApplyReport r = rollout(m).progress(watch).build().apply(journal, false);

      assertThat(violations).isEmpty();
      assertThat(sim.state().securityUpdates())
          .filteredOn(u -> u.id() == updateId)
          .singleElement()
          .satisfies(u -> assertThat(u.detectOnly()).isTrue());
      assertThat(r.addedRules()).isNotEmpty();
      assertThat(r.addedNotDetectOnly()).isEmpty();
      assertThat(r.rulesPerPolicy()).isNotEmpty();
      assertThat(r.scansCompleted())
          .isEqualTo(
              (int) sim.state().computers().stream().filter(c -> c.policyId() != null).count());
      assertThat(r.detectOnlyScope()).isEqualTo(DetectOnlyScope.PER_POLICY);
      r.rulesPerPolicy()
          .forEach(
              (policy, rules) -> {
                assertThat(sim.state().directRuleIds(policy, IPS)).containsAll(rules);
                rules.forEach(
                    id ->
                        assertThat(SimProbe.overrideOn(sim, policy, id))
                            .as("override of rule %d on policy %d", id, policy)
                            .isTrue());
                // Only rules of the update are staged, never rules recommended before it.
                assertThat(rules)
                    .allMatch(id -> r.addedRules().contains(id) || r.updatedRules().contains(id));
              });
      // Per policy: no rule's global flag changed, so no policy outside the scope is affected.
      Map<Integer, Boolean> flagsAfter = Snapshot.of(sim.state()).detectOnly();
      before.detectOnly().forEach((id, f) -> assertThat(flagsAfter.get(id)).isEqualTo(f));
      assertThat(r.switchedToDetectOnly()).isEmpty();
      assertThat(r.sendPolicyFailed()).isEmpty();
      assertThat(r.sendPolicySucceeded()).isNotEmpty();
      assertThat(r.backends())
          .containsEntry("securityUpdates", Backend.SOAP)
          .containsEntry("assignments", Backend.REST);

      JsonNode j = JournalFile.JSON.readTree(journal.toFile());
      assertThat(j.get("format").asText()).isEqualTo("dsm4j-rule-update-journal/2");
      assertThat(j.get("manager").get("url").asText()).isEqualTo(sim.url().toString());
      assertThat(j.get("catalogBefore").size()).isEqualTo(before.detectOnly().size());
      assertThat(j.get("completedAt").isNull()).isFalse();

      // Running again resumes a finished journal: nothing is applied twice.
      Map<String, Integer> ops = sim.state().operationCounts();
      ApplyReport again = rollout(m).build().apply(journal, false);
      assertThat(again.steps()).allMatch(s -> s.contains("already") || s.contains("resumed"));
      assertThat(writes(sim.state().operationCounts())).isEqualTo(writes(ops));
    }
  }

  /** Requests that change the manager (reads and sign-ins left out). */
  static Map<String, Integer> writes(Map<String, Integer> ops) {
    Map<String, Integer> w = new TreeMap<>();
    ops.forEach(
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

  @Test
  void resumesAfterAFaultMidApplyWithoutApplyingAnythingTwice() {
    Map<String, Integer> clean;
    Snapshot cleanAfter;
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      rollout(m).build().apply(dir.resolve("clean.json"), false);
      clean = writes(sim.state().operationCounts());
      cleanAfter = Snapshot.of(sim.state());
    }
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).retry(io.dsm4j.RetryOptions.none()).build()) {
      Path journal = dir.resolve("j.json");
      AtomicBoolean injected = new AtomicBoolean();
      // After the first rule is switched to detect-only, the manager fails the next requests.
      Consumer<String> fault =
          msg -> {
            if (msg.contains("set detect-only") && injected.compareAndSet(false, true)) {
              sim.injectFault(Fault.HTTP_500, 3);
            }
          };
      assertThatThrownBy(() -> rollout(m).progress(fault).build().apply(journal, false))
          .isInstanceOf(DsmException.class);
      assertThat(injected).isTrue();
      sim.injectFault(Fault.HTTP_500, 0);

      ApplyReport r = rollout(m).build().apply(journal, false);

      assertThat(r.steps()).contains("apply update: already done", "scans: already done");
      assertThat(writes(sim.state().operationCounts())).isEqualTo(clean);
      assertThat(Snapshot.of(sim.state()).direct()).isEqualTo(cleanAfter.direct());
      assertThat(Snapshot.of(sim.state()).detectOnly()).isEqualTo(cleanAfter.detectOnly());
    }
  }

  @Test
  void resumesAfterBeingKilledAfterAStep() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Path journal = dir.resolve("j.json");
      Consumer<String> kill =
          msg -> {
            if (msg.startsWith("the update added")) {
              throw new IllegalStateException("killed");
            }
          };
      assertThatThrownBy(() -> rollout(m).progress(kill).build().apply(journal, false))
          .hasMessage("killed");
      int applies = sim.state().operationCounts().getOrDefault("soap:securityUpdateApply", 0);
      assertThat(applies).isEqualTo(1);

      ApplyReport r = rollout(m).build().apply(journal, false);

      assertThat(sim.state().operationCounts().get("soap:securityUpdateApply")).isEqualTo(1);
      assertThat(r.steps()).contains("apply update: already done", "rule change: already recorded");
      assertThat(r.rulesPerPolicy()).isNotEmpty();
    }
  }

  @Test
  void rollbackRestoresExactAssignmentsAndFlagsOnAChildPolicy() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      SimulatorState s = sim.state();
      Computer c =
          s.computers().stream().filter(x -> x.policyId() != null).findFirst().orElseThrow();
      Policy child = s.addPolicy("Staging child", c.policyId());
      List<Integer> own = s.rules(IPS).stream().limit(3).map(Rule::id).toList();
      s.assignRules(child.id(), IPS, own);
      m.computers().assignPolicy(child.id(), List.of(c.id()));
      // One of the update's changed rules is in prevent mode and gets switched by staging.
      Snapshot before = Snapshot.of(s);
      Path journal = dir.resolve("j.json");
      Scope scope = Scope.builder().computers(List.of(c.hostName())).build();

      ApplyReport applied = rollout(m).scope(scope).build().apply(journal, false);
      assertThat(applied.policyIds()).containsExactly(child.id());
      assertThat(applied.rulesPerPolicy()).containsKey(child.id());
      assertThat(s.directRuleIds(child.id(), IPS)).isNotEqualTo(before.direct().get(child.id()));

      RollbackReport dry = rollout(m).build().rollback(journal, true);
      assertThat(dry.policies())
          .extracting(RollbackReport.PolicyRestore::policyId)
          .containsExactly(child.id());
      assertThat(s.directRuleIds(child.id(), IPS)).isNotEqualTo(before.direct().get(child.id()));

      RollbackReport r = rollout(m).build().rollback(journal, false);

      assertThat(s.directRuleIds(child.id(), IPS)).isEqualTo(before.direct().get(child.id()));
      assertThat(Snapshot.of(s).direct()).isEqualTo(before.direct());
      Map<Integer, Boolean> flags = Snapshot.of(s).detectOnly();
      before
          .detectOnly()
          .forEach((id, flag) -> assertThat(flags.get(id)).as("rule %d", id).isEqualTo(flag));
      assertThat(r.rules())
          .extracting(RollbackReport.RuleRestore::ruleId)
          .containsExactlyInAnyOrderElementsOf(applied.switchedToDetectOnly());
      assertThat(r.notes()).anyMatch(n -> n.contains("stays applied"));
      assertThat(s.securityUpdates())
          .filteredOn(u -> u.id() == applied.updateId())
          .extracting(SecurityUpdate::appliedState)
          .containsExactly(AppliedState.APPLIED_CURRENT);

      // A rolled-back journal cannot be promoted or re-applied.
      assertThatThrownBy(() -> rollout(m).build().promote(journal, Duration.ZERO, false, false))
          .isInstanceOf(RefusedException.class);
      assertThatThrownBy(() -> rollout(m).scope(scope).build().apply(journal, false))
          .isInstanceOf(RefusedException.class);
    }
  }

  @Test
  void refusesAJournalOfAnotherManagerAndAConcurrentRun() throws Exception {
    Path journal = dir.resolve("j.json");
    try (DsmSimulator a = sim();
        Manager m = a.managerBuilder(Backend.AUTO).build()) {
      rollout(m).build().apply(journal, false);
    }
    try (DsmSimulator b = sim();
        Manager m = b.managerBuilder(Backend.AUTO).build()) {
      Snapshot before = Snapshot.of(b.state());
      assertThatThrownBy(() -> rollout(m).build().apply(journal, false))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("belongs to the manager");
      assertThatThrownBy(() -> rollout(m).build().rollback(journal, false))
          .isInstanceOf(RefusedException.class);
      assertThatThrownBy(() -> rollout(m).build().promote(journal, Duration.ZERO, false, false))
          .isInstanceOf(RefusedException.class);
      assertThat(Snapshot.of(b.state())).isEqualTo(before);

      Path other = dir.resolve("other.json");
      try (LockFile held = LockFile.acquire(other, "journal")) {
        assertThatThrownBy(() -> rollout(m).build().apply(other, false))
            .isInstanceOf(RefusedException.class)
            .hasMessageContaining("in use by another run");
        assertThat(held).isNotNull();
      }
      assertThat(other).doesNotExist();
      assertThat(Snapshot.of(b.state())).isEqualTo(before);
    }
  }

  @Test
  void promoteWaitsForTheSoakAndSwitchesOnlyStagedRules() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Path journal = dir.resolve("j.json");
      SimulatorState s = sim.state();
      ApplyReport applied = rollout(m).build().apply(journal, false);
      Set<Integer> staged = new TreeSet<>();
      applied.rulesPerPolicy().values().forEach(staged::addAll);
      assertThat(staged).isNotEmpty();

      assertThatThrownBy(
              () -> rollout(m).build().promote(journal, Duration.ofDays(7), false, false))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("soak period has not passed");
      applied
          .rulesPerPolicy()
          .forEach(
              (p, rules) -> rules.forEach(id -> assertThat(detectOnlyOn(sim, p, id)).isTrue()));

      // Events during the soak: a few staged rules raise some.
      Instant appliedAt =
          Instant.parse(JournalFile.JSON.readTree(journal.toFile()).get("appliedAt").asText());
      s.addEvents(
          EventKind.INTRUSION_PREVENTION, 3000, appliedAt.plusMillis(1), Instant.now(), null);
      Map<Integer, Long> hits;
      try (Stream<Event> ev =
          m.events().stream(
              EventQuery.builder(
                      EventKind.INTRUSION_PREVENTION, appliedAt, Instant.now().plusSeconds(1))
                  .build())) {
        hits =
            ev.filter(e -> e.ruleId() != null && staged.contains(e.ruleId()))
                .collect(Collectors.groupingBy(Event::ruleId, TreeMap::new, Collectors.counting()));
      }
      Map<Integer, Boolean> flagsBefore = new HashMap<>(Snapshot.of(s).detectOnly());

      PromoteReport dry = rollout(m).build().promote(journal, Duration.ZERO, true, true);
      assertThat(Snapshot.of(s).detectOnly()).isEqualTo(flagsBefore);

      PromoteReport r = rollout(m).build().promote(journal, Duration.ZERO, true, false);

      assertThat(r.keptDetectOnly()).isEqualTo(hits);
      assertThat(dry.promoted()).isEqualTo(r.promoted());
      assertThat(r.eventsSeen()).isGreaterThan(0);
      applied
          .rulesPerPolicy()
          .forEach(
              (p, rules) ->
                  rules.forEach(
                      id ->
                          assertThat(detectOnlyOn(sim, p, id))
                              .as("rule %d on policy %d", id, p)
                              .isEqualTo(hits.containsKey(id))));
      // Per policy: no rule's own flag changed.
      assertThat(Snapshot.of(s).detectOnly()).isEqualTo(flagsBefore);
      PromoteReport again = rollout(m).build().promote(journal, Duration.ZERO, false, false);
      assertThat(again.alreadyPromoted()).containsExactlyElementsOf(r.promoted());
      assertThat(again.promoted()).containsExactlyInAnyOrderElementsOf(hits.keySet());
    }
  }

  private static boolean detectOnlyOn(DsmSimulator sim, int policy, int rule) {
    return SimProbe.detectOnlyOn(sim, policy, rule);
  }

  @Test
  void soapAloneStagesTooAndTheReportSaysWhichBackendDidWhat() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      // Scan completion is read from Recommendations.lastScan; the SOAP backend fills it from
      // hostDetail's overallLastRecommendationScan (a pending backend change). Half of the fleet
      // was scanned before the simulator started, so a null here means the backend cannot say.
      Computer scanned = sim.state().computers().get(0);
      assumeTrue(
          m.computers().recommendations(scanned.id(), IPS).lastScan() != null,
          "the SOAP backend does not report Recommendations.lastScan yet, so scan completion"
              + " cannot be observed with SOAP alone");
      ApplyReport r =
          rollout(m)
              .scanTimeout(Duration.ofSeconds(20))
              .build()
              .apply(dir.resolve("j.json"), false);
      assertThat(r.rulesPerPolicy()).isNotEmpty();
      assertThat(r.backends()).containsEntry("assignments", Backend.SOAP);
      r.rulesPerPolicy()
          .values()
          .forEach(
              rules ->
                  rules.forEach(
                      id ->
                          assertThat(sim.state().rule(IPS, id).orElseThrow().detectOnly())
                              .isTrue()));
    }
  }

  @Test
  void globalModePlanAndReportNameThePoliciesOutsideTheScopeItChanges() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.SOAP).build()) {
      SimulatorState s = sim.state();
      Computer c = s.computers().stream().filter(x -> x.policyId() != null).findFirst().get();
      Policy other =
          s.policies().stream().filter(p -> p.id() != c.policyId()).reduce((a, b) -> b).get();
      Scope scope = Scope.builder().policy(String.valueOf(c.policyId())).build();

      RolloutPlan plan = rollout(m).scope(scope).build().plan();
      assertThat(plan.detectOnlyScope()).isEqualTo(DetectOnlyScope.GLOBAL);
      assertThat(plan.warnings())
          .anyMatch(
              w ->
                  w.startsWith("only the global detect-only flag is available")
                      && w.contains(other.name() + " (" + other.id() + ")"));

      // The manager did not honour detect-only for the new rules (prevent mode), and one of them
      // is already in use on a policy outside the scope when staging switches it.
      Path journal = dir.resolve("j.json");
      int[] shared = new int[1];
      io.dsm4j.automation.internal.Checkpoints.testHandler(
          n -> {
            if (n.equals("change.recorded")) {
              try {
                JsonNode added = JournalFile.JSON.readTree(journal.toFile()).get("added");
                for (JsonNode r : added) {
                  m.rules().intrusionPrevention().setDetectOnly(r.get("id").asInt(), false);
                }
                shared[0] = added.get(0).get("id").asInt();
                m.policies().assignments(IPS).assign(other.id(), List.of(shared[0]));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          });
      ApplyReport r;
      try {
        r = rollout(m).scope(scope).build().apply(journal, false);
      } finally {
        io.dsm4j.automation.internal.Checkpoints.testHandler(null);
      }
      assertThat(r.detectOnlyScope()).isEqualTo(DetectOnlyScope.GLOBAL);
      assertThat(r.rulesPerPolicy().get(c.policyId())).contains(shared[0]);
      assertThat(r.switchedToDetectOnly()).contains(shared[0]);
      assertThat(r.otherPoliciesAffected()).containsEntry(shared[0], List.of(other.id()));
      assertThat(r.notes()).anyMatch(n -> n.contains("outside the scope"));
      assertThat(s.rule(IPS, shared[0]).orElseThrow().detectOnly()).isTrue();

      // Promote switches exactly those rules back, globally.
      PromoteReport p = rollout(m).build().promote(journal, Duration.ZERO, false, false);
      assertThat(p.promoted()).containsAll(r.switchedToDetectOnly());
      r.rulesPerPolicy()
          .values()
          .forEach(
              rules ->
                  rules.forEach(
                      id -> assertThat(s.rule(IPS, id).orElseThrow().detectOnly()).isFalse()));
    }
  }

  @Test
  void perPolicyRollbackRemovesTheOverridesItSetAndLeavesGlobalFlagsAlone() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Snapshot before = Snapshot.of(sim.state());
      Path journal = dir.resolve("j.json");
      ApplyReport applied = rollout(m).build().apply(journal, false);
      rollout(m).build().promote(journal, Duration.ZERO, false, false);
      // Someone else overrides another field of one staged rule on its policy meanwhile.
      Map.Entry<Integer, List<Integer>> first =
          applied.rulesPerPolicy().entrySet().stream()
              .filter(e -> !e.getValue().isEmpty())
              .findFirst()
              .orElseThrow();
      int keptPolicy = first.getKey();
      int keptRule = first.getValue().get(0);
      m.policies()
          .ruleOverrides(IPS)
          .override(keptPolicy, keptRule, RuleUpdate.builder().alertEnabled(true).build());

      RollbackReport r = rollout(m).build().rollback(journal, false);

      assertThat(r.detectOnlyScope()).isEqualTo(DetectOnlyScope.PER_POLICY);
      assertThat(r.rules()).isEmpty();
      assertThat(r.overrides()).isNotEmpty();
      Snapshot after = Snapshot.of(sim.state());
      assertThat(after.direct()).isEqualTo(before.direct());
      before.detectOnly().forEach((id, f) -> assertThat(after.detectOnly().get(id)).isEqualTo(f));
      applied
          .rulesPerPolicy()
          .forEach(
              (p, rules) ->
                  rules.forEach(
                      id -> {
                        if (p == keptPolicy && id == keptRule) {
                          // The other field's override stays; detect-only follows the rule.
                          assertThat(SimProbe.overrideOn(sim, p, id))
                              .isEqualTo(after.detectOnly().get(id));
                          assertThat(m.policies().ruleOverrides(IPS).overrides(p, id).asMap())
                              .containsEntry("alertEnabled", true);
                        } else {
                          assertThat(SimProbe.overrideOn(sim, p, id))
                              .as("override of %d on %d", id, p)
                              .isNull();
                        }
                      }));
      assertThat(r.notes()).anyMatch(n -> n.contains("are removed where detect-only"));
    }
  }

  @Test
  void reportsSayWhatTheJournalSaysNow() {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Path journal = dir.resolve("j.json");
      ApplyReport dry = rollout(m).build().apply(journal, true);
      assertThat(dry.ruleChangeKnown()).isFalse();
      assertThat(dry.steps())
          .contains(
              "rule change: would diff the IPS catalog by identifier (known once the update is"
                  + " applied)");

      ApplyReport applied = rollout(m).build().apply(journal, false);
      assertThat(applied.ruleChangeKnown()).isTrue();
      assertThat(applied.notes()).anyMatch(n -> n.contains("run promote after the soak"));
      rollout(m).build().promote(journal, Duration.ZERO, false, false);

      ApplyReport again = rollout(m).build().apply(journal, false);
      ApplyReport againDry = rollout(m).build().apply(journal, true);
      for (ApplyReport x : List.of(again, againDry)) {
        assertThat(x.promotedAt()).isNotNull();
        assertThat(x.notes()).anyMatch(n -> n.startsWith("promoted at "));
        assertThat(x.notes()).noneMatch(n -> n.contains("run promote"));
        assertThat(x.addedRules()).isEqualTo(applied.addedRules());
      }
    }
  }

  @Test
  void journalIsRewrittenAtomically() throws Exception {
    try (DsmSimulator sim = sim();
        Manager m = sim.managerBuilder(Backend.AUTO).build()) {
      Path journal = dir.resolve("j.json");
      rollout(m).build().apply(journal, false);
      // No temp file, and the lock file is removed when the run ends normally.
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactly("j.json");
      }
    }
  }
}
