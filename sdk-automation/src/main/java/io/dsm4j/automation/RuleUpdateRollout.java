package io.dsm4j.automation;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.internal.AtomicFiles;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.exception.DsmTimeoutException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleChanges;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.SecurityUpdateResult;
import io.dsm4j.model.StagingSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Rolls out a rule update (security update) without blocking traffic: the update is applied in
 * detect-only mode, the computers in scope are rescanned, and each newly recommended rule is set
 * detect-only <em>before</em> it is assigned to the computer's policy, so this tool never assigns a
 * rule in prevent mode. After a soak period {@link #promote} switches the staged rules to prevent;
 * {@link #rollback} restores the assignments and flags the journal recorded.
 *
 * <p>Every step records its progress in a journal file (one JSON document, rewritten atomically
 * after each change, locked against concurrent runs and bound to the manager), so an interrupted
 * step resumes where it stopped and nothing is applied twice.
 *
 * <pre>{@code
 * RuleUpdateRollout rollout = RuleUpdateRollout.builder(manager)
 *     .scope(Scope.builder().group("Web servers").build())
 *     .progress(System.err::println)
 *     .build();
 * RolloutPlan plan = rollout.plan();                      // read-only
 * Path journal = Path.of("rollout-24-030.json");
 * rollout.apply(journal, false);                          // stage detect-only
 * // ... a week later:
 * rollout.promote(journal, Duration.ofDays(7), true, false);
 * // or, if something went wrong:
 * rollout.rollback(journal, false);
 * }</pre>
 *
 * <p>Security updates exist only in the SOAP API, so {@link #apply} needs SOAP credentials (alone
 * or with an API key); with REST only it fails before changing anything with {@link
 * UnsupportedCapabilityException}.
 */
public final class RuleUpdateRollout {
  private static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;

  private final Manager manager;
  private final Scope scope;
  private final Integer updateId;
  private final Duration scanTimeout;
  private final Duration pollInterval;
  private final int scanConcurrency;
  private final boolean sendPolicy;
  private final Consumer<String> progress;
  private final Clock clock;

  private RuleUpdateRollout(Builder b) {
    this.manager = b.manager;
    this.scope = b.scope;
    this.updateId = b.updateId;
    this.scanTimeout = b.scanTimeout;
    this.pollInterval = b.pollInterval;
    this.scanConcurrency = b.scanConcurrency;
    this.sendPolicy = b.sendPolicy;
    this.progress = b.progress;
    this.clock = b.clock;
  }

  /**
   * @param manager the manager (SOAP credentials needed for {@link #apply})
   * @return a builder: all computers, the newest pending update, 30 min scan timeout
   */
  public static Builder builder(Manager manager) {
    return new Builder(manager);
  }

  // ================================================================ plan

  /**
   * Reports the pending updates, the scope, the steps {@link #apply} would take, and every manager
   * setting that would defeat the staging. Read-only: it does not even check for new updates.
   *
   * @return the plan
   */
  public RolloutPlan plan() {
    List<SecurityUpdate> pending = List.of();
    SecurityUpdate selected = null;
    String unavailable = "";
    if (manager.capabilities().supports(Capability.SECURITY_UPDATES)) {
      List<SecurityUpdate> all = manager.securityUpdates().list();
      pending = all.stream().filter(u -> u.appliedState() == AppliedState.NOT_APPLIED).toList();
      selected = selectUpdate(all, false);
    } else {
      unavailable =
          "security updates exist only in the SOAP API and the "
              + manager.backends()
              + " backend in use has none: give a username and password (SOAP) to apply updates";
    }
    ResolvedScope rs = resolve(scope);
    List<String> warnings = new ArrayList<>();
    if (!unavailable.isEmpty()) {
      warnings.add("apply is not possible: " + unavailable);
    } else if (selected == null) {
      warnings.add(
          updateId == null
              ? "there is no pending (not applied) security update; nothing to stage"
              : "security update " + updateId + " is not pending; nothing to stage");
    }
    warnings.addAll(stagingWarnings(rs.policies.stream().map(Policy::id).toList()));
    if (rs.computers.stream().anyMatch(c -> c.policyId() == null)) {
      warnings.add(
          "computers without a policy are skipped: "
              + rs.computers.stream()
                  .filter(c -> c.policyId() == null)
                  .map(Computer::hostName)
                  .toList());
    }
    List<String> steps = new ArrayList<>();
    String u = selected == null ? "the pending update" : describe(selected);
    steps.add(
        "write the journal: the direct IPS assignments of "
            + rs.policies.size()
            + " polic(ies) and the detect-only flags of the IPS catalog");
    steps.add("apply " + u + " in detect-only mode");
    steps.add("record the rule-level change (IPS catalog before/after by identifier)");
    steps.add(
        "run recommendation scans on "
            + rs.computers.stream().filter(c -> c.policyId() != null).count()
            + " computer(s), "
            + scanConcurrency
            + " at a time, and wait up to "
            + scanTimeout);
    steps.add(
        "set each newly recommended rule of the update detect-only, then assign it to the"
            + " computer's policy");
    steps.add(
        sendPolicy
            ? "send policy to the affected computers"
            : "do not send policy (--no-send-policy)");
    return new RolloutPlan(
        pending, selected, unavailable, rs.computers, rs.policies, steps, warnings, backends());
  }

  private List<String> stagingWarnings(List<Integer> policyIds) {
    List<String> w = new ArrayList<>();
    if (!manager.capabilities().supports(Capability.STAGING_SETTINGS)) {
      w.add("the backend in use cannot read the staging settings; check them on the manager");
      return w;
    }
    StagingSettings s = manager.securityUpdates().stagingSettings(policyIds);
    if (Boolean.TRUE.equals(s.ruleUpdatesAutoApplied())) {
      w.add(
          "rule updates are applied to policies automatically: the manager assigns an update's"
              + " rules in prevent mode itself; turn it off (Administration > Updates > Rule"
              + " Updates)");
    } else if (s.ruleUpdatesAutoApplied() == null) {
      w.add("cannot tell whether rule updates are applied to policies automatically");
    }
    s.policies().values().stream()
        .sorted(Comparator.comparingInt(StagingSettings.PolicyStaging::policyId))
        .forEach(
            p -> {
              if (Boolean.TRUE.equals(p.autoApplyRecommendations())) {
                w.add(
                    "policy "
                        + p.policyId()
                        + " applies IPS recommendations automatically: recommended rules get"
                        + " assigned without staging");
              }
              if (Boolean.TRUE.equals(p.ongoingRecommendationScans())) {
                w.add(
                    "policy "
                        + p.policyId()
                        + " runs ongoing recommendation scans: they may assign or unassign rules"
                        + " during the rollout");
              }
            });
    return w;
  }

  // ================================================================ apply

  /**
   * Stages the update: writes the journal, applies the update detect-only, records the rule-level
   * change, rescans the scope, sets each newly recommended rule of the update detect-only and
   * assigns it to the computer's policy, then sends policy. Resumes from the journal when it exists
   * (each completed sub-step is skipped).
   *
   * <p>Newly recommended means: recommended for assignment on a computer in scope after the rescan,
   * not recommended before the update, and added or changed by the update.
   *
   * @param journalPath the journal file (created, or resumed)
   * @param dryRun true to only report what would be done (nothing is written, not even the journal)
   * @return the report; {@link ApplyReport#sendPolicyFailed()} lists computers the policy could not
   *     be sent to
   * @throws UnsupportedCapabilityException when the backends in use cannot do a step (e.g. REST
   *     only: no security updates), before anything changes
   * @throws RefusedException when the journal belongs to another manager, is locked, was rolled
   *     back, or names another update or scope
   */
  @SuppressWarnings("try") // the lock is held for the whole step, never read
  public ApplyReport apply(Path journalPath, boolean dryRun) {
    Objects.requireNonNull(journalPath, "journalPath");
    requireCapabilities(true);
    ManagerInfo info = manager.info();
    JournalFile file = new JournalFile(journalPath);
    if (dryRun) {
      return dryRunApply(file, info);
    }
    file.ensureDirectory();
    try (AtomicFiles.Lock lock = AtomicFiles.lock(journalPath, "journal")) {
      Journal j;
      List<String> steps = new ArrayList<>();
      if (file.exists()) {
        j = file.read();
        file.checkBinding(j, info);
        checkResumable(j);
        progress("resuming " + journalPath + " (update " + j.update.id + ")");
        steps.add("journal: already written (resumed)");
      } else {
        j = createJournal(info);
        file.write(j);
        progress("journal written: " + journalPath);
        steps.add("journal: written");
      }
      applyUpdate(j, file, steps);
      recordChange(j, file, steps);
      scan(j, file, steps);
      stage(j, file, steps);
      send(j, file, steps);
      if (j.completedAt == null) {
        j.completedAt = clock.instant();
        file.write(j);
      }
      return report(j, journalPath, false, steps);
    }
  }

  private ApplyReport dryRunApply(JournalFile file, ManagerInfo info) {
    List<String> steps = new ArrayList<>();
    Journal j;
    if (file.exists()) {
      j = file.read();
      file.checkBinding(j, info);
      checkResumable(j);
      steps.add("journal: written (would resume)");
    } else {
      j = new Journal();
      SecurityUpdate u = selectUpdate(manager.securityUpdates().list(), true);
      j.update = new Journal.UpdateRef(u.id(), u.name(), u.released());
      ResolvedScope rs = resolve(scope);
      rs.computers.forEach(
          c -> j.computers.add(new Journal.ComputerRef(c.id(), c.hostName(), c.policyId())));
      rs.policies.forEach(
          p -> j.policies.add(new Journal.PolicyRef(p.id(), p.name(), p.parentId(), List.of())));
      steps.add(
          "journal: would write the direct IPS assignments of "
              + j.policies.size()
              + " polic(ies) and the IPS catalog's detect-only flags");
    }
    steps.add(
        j.appliedAt != null
            ? "apply update: already done"
            : "apply update: would apply " + j.update.id + " (" + j.update.name + ") detect-only");
    steps.add(
        j.changeRecorded
            ? "rule change: already recorded"
            : "rule change: would diff the IPS catalog by identifier");
    long toScan = j.computers.stream().filter(c -> c.policyId != null).count();
    steps.add(
        j.scansDone
            ? "scans: already done"
            : "scans: would scan " + toScan + " computer(s) and wait up to " + scanTimeout);
    steps.add(
        j.stagingDone
            ? "staging: already done"
            : "staging: would set newly recommended rules detect-only, then assign them");
    steps.add(
        !sendPolicy && j.sendPolicyResult == null
            ? "send policy: skipped (--no-send-policy)"
            : j.sendPolicyResult != null
                ? "send policy: already done"
                : "send policy: would send policy to the affected computers");
    return report(j, file.path(), true, steps);
  }

  private void checkResumable(Journal j) {
    if (j.rolledBackAt != null) {
      throw new RefusedException(
          "this journal was rolled back at " + j.rolledBackAt + "; start a new journal");
    }
    if (updateId != null && updateId != j.update.id) {
      throw new RefusedException(
          "the journal stages update "
              + j.update.id
              + ", not "
              + updateId
              + "; use another journal for another update");
    }
    Journal.ScopeRef requested = scopeRef(scope);
    if (!Objects.equals(requested.computers, j.scope.computers)
        || !Objects.equals(requested.group, j.scope.group)
        || !Objects.equals(requested.policy, j.scope.policy)) {
      throw new RefusedException(
          "the journal was written for the scope "
              + scopeOf(j.scope)
              + ", not "
              + scope
              + "; resume with the same scope");
    }
  }

  private static Journal.ScopeRef scopeRef(Scope s) {
    Journal.ScopeRef r = new Journal.ScopeRef();
    r.computers = new ArrayList<>(s.computers());
    r.group = s.group();
    r.policy = s.policy();
    return r;
  }

  private static Scope scopeOf(Journal.ScopeRef r) {
    return new Scope(r.computers, r.group, r.policy);
  }

  private Journal createJournal(ManagerInfo info) {
    SecurityUpdate u = selectUpdate(manager.securityUpdates().list(), true);
    ResolvedScope rs = resolve(scope);
    Journal j = new Journal();
    j.manager = JournalFile.refOf(info);
    j.createdAt = clock.instant();
    j.update = new Journal.UpdateRef(u.id(), u.name(), u.released());
    j.scope = scopeRef(scope);
    j.sendPolicy = sendPolicy;
    j.backends.putAll(backends());
    for (Computer c : rs.computers) {
      j.computers.add(new Journal.ComputerRef(c.id(), c.hostName(), c.policyId()));
    }
    for (Policy p : rs.policies) {
      j.policies.add(
          new Journal.PolicyRef(
              p.id(), p.name(), p.parentId(), manager.policies().assignments(IPS).direct(p.id())));
    }
    progress("reading the IPS catalog");
    j.catalogBefore = catalog();
    for (Computer c : rs.computers) {
      if (c.policyId() != null) {
        j.recommendedBefore.put(
            c.id(), manager.computers().recommendations(c.id(), IPS).toAssign());
      }
    }
    return j;
  }

  private List<Journal.RuleRef> catalog() {
    List<Journal.RuleRef> out = new ArrayList<>();
    for (Rule r : manager.rules().intrusionPrevention().list()) {
      out.add(new Journal.RuleRef(r.id(), r.identifier(), r.detectOnly(), r.lastUpdated()));
    }
    return out;
  }

  private void applyUpdate(Journal j, JournalFile file, List<String> steps) {
    if (j.appliedAt != null) {
      steps.add("apply update: already done");
      return;
    }
    SecurityUpdate now = findUpdate(j.update.id);
    boolean applied =
        now.appliedState() == AppliedState.APPLIED_CURRENT
            || now.appliedState() == AppliedState.APPLIED;
    if (applied && j.applyRequestedAt == null) {
      throw new RefusedException(
          "update "
              + j.update.id
              + " was applied by someone else after the journal was written; its change cannot"
              + " be staged by this journal");
    }
    SecurityUpdateResult result;
    if (applied) {
      // The earlier run's request reached the manager but the run stopped before recording it.
      progress("update " + j.update.id + " is already applied (by the interrupted run)");
      result = manager.securityUpdates().result(j.update.id);
    } else {
      j.applyRequestedAt = clock.instant();
      file.write(j);
      progress("applying update " + j.update.id + " (" + j.update.name + ") detect-only");
      result = manager.securityUpdates().apply(j.update.id, true);
    }
    j.appliedAt = clock.instant();
    j.updateResult = counts(result);
    file.write(j);
    steps.add("apply update: applied " + j.update.id + " detect-only");
  }

  private static Map<String, Integer> counts(SecurityUpdateResult r) {
    Map<String, Integer> m = new TreeMap<>();
    for (Map.Entry<RuleKind, RuleChanges> e : r.changes().entrySet()) {
      String k = e.getKey().name().toLowerCase(java.util.Locale.ROOT);
      m.put(k + ".added", e.getValue().added());
      m.put(k + ".updated", e.getValue().updated());
      m.put(k + ".deleted", e.getValue().deleted());
    }
    m.put("ips.addedAndAssigned", r.ipsRulesAddedAndAssigned());
    return m;
  }

  private void recordChange(Journal j, JournalFile file, List<String> steps) {
    if (j.changeRecorded) {
      steps.add("rule change: already recorded");
      return;
    }
    Map<String, Journal.RuleRef> before = new HashMap<>();
    for (Journal.RuleRef r : j.catalogBefore) {
      before.put(r.identifier, r);
    }
    j.added.clear();
    j.updated.clear();
    for (Journal.RuleRef r : catalog()) {
      Journal.RuleRef b = before.get(r.identifier);
      if (b == null) {
        j.added.add(r);
      } else if (!Objects.equals(b.lastUpdated, r.lastUpdated) || b.id != r.id) {
        j.updated.add(r);
      }
    }
    j.changeRecorded = true;
    file.write(j);
    long notDetect = j.added.stream().filter(r -> !Boolean.TRUE.equals(r.detectOnly)).count();
    progress(
        "the update added "
            + j.added.size()
            + " and changed "
            + j.updated.size()
            + " IPS rule(s); "
            + (j.added.size() - notDetect)
            + " new rule(s) read back detect-only");
    steps.add("rule change: " + j.added.size() + " added, " + j.updated.size() + " updated");
  }

  private void scan(Journal j, JournalFile file, List<String> steps) {
    if (j.scansDone) {
      steps.add("scans: already done");
      return;
    }
    List<Journal.ComputerRef> todo = new ArrayList<>();
    for (Journal.ComputerRef c : j.computers) {
      Journal.ScanRef s = j.scans.get(c.id);
      if (c.policyId != null && (s == null || s.completedAt == null)) {
        todo.add(c);
      }
    }
    int total = (int) j.computers.stream().filter(c -> c.policyId != null).count();
    progress(
        "recommendation scans: "
            + (total - todo.size())
            + " of "
            + total
            + " already done, "
            + todo.size()
            + " to run ("
            + scanConcurrency
            + " at a time)");
    Instant deadline = clock.instant().plus(scanTimeout);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(scanConcurrency, Math.max(1, todo.size()))));
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (Journal.ComputerRef c : todo) {
        futures.add(pool.submit(() -> scanOne(j, file, c, deadline)));
      }
      RuntimeException failure = null;
      List<String> timedOut = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof ScanTimedOut) {
            timedOut.add(todo.get(i).hostName);
          } else if (failure == null && e.getCause() instanceof RuntimeException re) {
            failure = re;
          } else if (failure == null) {
            failure = new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for scans", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      if (!timedOut.isEmpty()) {
        throw new DsmTimeoutException(
            "recommendation scans did not complete within "
                + scanTimeout
                + " on "
                + timedOut
                + "; run apply again with the same journal to keep waiting",
            "rollout.scan",
            null,
            0,
            null,
            null);
      }
    } finally {
      pool.shutdownNow();
    }
    j.scansDone = true;
    file.write(j);
    steps.add("scans: " + todo.size() + " run now, " + (total - todo.size()) + " already done");
  }

  /** A scan still running at the deadline. */
  private static final class ScanTimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private void scanOne(Journal j, JournalFile file, Journal.ComputerRef c, Instant deadline) {
    Journal.ScanRef s;
    synchronized (j) {
      s = j.scans.get(c.id);
    }
    if (s == null || s.requestedAt == null) {
      Instant before = manager.computers().recommendations(c.id, IPS).lastScan();
      BulkResult r =
          manager.computers().run(ComputerAction.SCAN_FOR_RECOMMENDATIONS, List.of(c.id));
      if (!r.failed().isEmpty()) {
        throw r.failed().values().iterator().next();
      }
      s = new Journal.ScanRef();
      s.before = before;
      s.requestedAt = clock.instant();
      synchronized (j) {
        j.scans.put(c.id, s);
        file.write(j);
      }
      progress("scan requested on " + c.hostName + " (" + c.id + ")");
    }
    while (true) {
      Recommendations rec = manager.computers().recommendations(c.id, IPS);
      // Done when the manager reports a scan newer than the one before the request (its own clock).
      if (rec.lastScan() != null && (s.before == null || rec.lastScan().isAfter(s.before))) {
        synchronized (j) {
          s.completedAt = clock.instant();
          s.recommendedAfter = new ArrayList<>(rec.toAssign());
          file.write(j);
        }
        progress("scan completed on " + c.hostName + " (" + c.id + ")");
        return;
      }
      if (!clock.instant().isBefore(deadline)) {
        throw new ScanTimedOut();
      }
      try {
        Thread.sleep(pollInterval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a scan", e);
      }
    }
  }

  private void stage(Journal j, JournalFile file, List<String> steps) {
    if (j.stagingDone) {
      steps.add("staging: already done");
      return;
    }
    if (j.stagingPlan == null) {
      j.stagingPlan = planStaging(j);
      file.write(j);
    }
    TreeSet<Integer> rules = new TreeSet<>();
    j.stagingPlan.values().forEach(rules::addAll);
    // Every rule is detect-only before any assignment: no rule is ever assigned in prevent mode.
    for (Integer ruleId : rules) {
      if (j.detectOnlyChecked.contains(ruleId)) {
        continue;
      }
      Rule r = manager.rules().intrusionPrevention().get(ruleId);
      if (!Boolean.TRUE.equals(r.detectOnly())) {
        manager.rules().intrusionPrevention().setDetectOnly(ruleId, true);
        j.detectOnlySet.add(ruleId);
        progress("rule " + ruleId + " (" + r.identifier() + ") set detect-only");
      }
      j.detectOnlyChecked.add(ruleId);
      file.write(j);
    }
    for (Map.Entry<Integer, List<Integer>> e : j.stagingPlan.entrySet()) {
      if (j.assigned.containsKey(e.getKey()) || e.getValue().isEmpty()) {
        continue;
      }
      manager.policies().assignments(IPS).assign(e.getKey(), e.getValue());
      j.assigned.put(e.getKey(), new ArrayList<>(e.getValue()));
      file.write(j);
      progress("policy " + e.getKey() + ": assigned " + e.getValue() + " (detect-only)");
    }
    j.stagingDone = true;
    file.write(j);
    steps.add(
        "staging: "
            + rules.size()
            + " rule(s) on "
            + j.stagingPlan.values().stream().filter(l -> !l.isEmpty()).count()
            + " polic(ies)");
  }

  private static Map<Integer, List<Integer>> planStaging(Journal j) {
    Set<Integer> changed = new HashSet<>();
    j.added.forEach(r -> changed.add(r.id));
    j.updated.forEach(r -> changed.add(r.id));
    Map<Integer, TreeSet<Integer>> perPolicy = new TreeMap<>();
    for (Journal.ComputerRef c : j.computers) {
      Journal.ScanRef s = j.scans.get(c.id);
      if (c.policyId == null || s == null) {
        continue;
      }
      Set<Integer> before = new HashSet<>(j.recommendedBefore.getOrDefault(c.id, List.of()));
      for (Integer r : s.recommendedAfter) {
        if (changed.contains(r) && !before.contains(r)) {
          perPolicy.computeIfAbsent(c.policyId, k -> new TreeSet<>()).add(r);
        }
      }
    }
    Map<Integer, List<Integer>> plan = new TreeMap<>();
    for (Journal.PolicyRef p : j.policies) {
      plan.put(p.id, new ArrayList<>(perPolicy.getOrDefault(p.id, new TreeSet<>())));
    }
    return plan;
  }

  private void send(Journal j, JournalFile file, List<String> steps) {
    if (j.sendPolicyResult != null) {
      steps.add("send policy: already done");
      return;
    }
    if (!sendPolicy) {
      steps.add("send policy: skipped (--no-send-policy)");
      return;
    }
    Set<Integer> changed = new HashSet<>();
    j.assigned.forEach(
        (policy, rules) -> {
          if (!rules.isEmpty()) {
            changed.add(policy);
          }
        });
    Journal.SendRef result = new Journal.SendRef();
    if (!changed.isEmpty()) {
      // Descendant policies inherit the new assignments, so their computers are affected too.
      Map<Integer, Integer> parents = new HashMap<>();
      manager.policies().list().forEach(p -> parents.put(p.id(), p.parentId()));
      List<Integer> affected = new ArrayList<>();
      for (Computer c : manager.computers().list()) {
        if (c.policyId() != null && inherits(c.policyId(), changed, parents)) {
          affected.add(c.id());
        }
      }
      if (!affected.isEmpty()) {
        progress("sending policy to " + affected.size() + " computer(s)");
        BulkResult r = manager.computers().run(ComputerAction.SEND_POLICY, affected);
        result.succeeded.addAll(r.succeeded());
        r.failed().forEach((id, e) -> result.failed.put(id, e.getMessage()));
      }
    }
    j.sendPolicyResult = result;
    file.write(j);
    steps.add(
        "send policy: "
            + result.succeeded.size()
            + " succeeded, "
            + result.failed.size()
            + " failed");
  }

  private static boolean inherits(int policy, Set<Integer> changed, Map<Integer, Integer> parents) {
    Integer p = policy;
    Set<Integer> seen = new HashSet<>();
    while (p != null && seen.add(p)) {
      if (changed.contains(p)) {
        return true;
      }
      p = parents.get(p);
    }
    return false;
  }

  private ApplyReport report(Journal j, Path journal, boolean dryRun, List<String> steps) {
    Map<Integer, List<Integer>> perPolicy = new TreeMap<>();
    (dryRun ? j.stagingPlan == null ? Map.<Integer, List<Integer>>of() : j.stagingPlan : j.assigned)
        .forEach(
            (p, r) -> {
              if (!r.isEmpty()) {
                perPolicy.put(p, r);
              }
            });
    List<String> notes = new ArrayList<>();
    if (!dryRun) {
      notes.add(
          "staged rules are detect-only; run promote after the soak to switch them to prevent");
    }
    Journal.SendRef send = j.sendPolicyResult == null ? new Journal.SendRef() : j.sendPolicyResult;
    return new ApplyReport(
        dryRun,
        journal,
        j.update.id,
        j.update.name,
        j.computers.size(),
        j.policies.stream().map(p -> p.id).toList(),
        j.added.stream().map(r -> r.id).toList(),
        j.updated.stream().map(r -> r.id).toList(),
        j.added.stream().filter(r -> !Boolean.TRUE.equals(r.detectOnly)).map(r -> r.id).toList(),
        (int) j.scans.values().stream().filter(s -> s.completedAt != null).count(),
        perPolicy,
        new ArrayList<>(j.detectOnlySet),
        send.succeeded,
        send.failed,
        steps,
        j.backends.isEmpty() ? backends() : j.backends,
        notes);
  }

  // ================================================================ promote

  /**
   * After the soak, switches the rules this tool staged (and only those) to prevent. Rules that
   * were already detect-only before the rollout stay as they are.
   *
   * @param journalPath the journal {@link #apply} wrote
   * @param after the soak period, counted from the apply time in the journal
   * @param keepDetectIfEvents leave rules that raised IPS events since the apply detect-only
   * @param dryRun true to only report
   * @return the report
   * @throws RefusedException when the soak has not passed, the apply has not finished, the journal
   *     was rolled back or belongs to another manager
   */
  @SuppressWarnings("try") // the lock is held for the whole step, never read
  public PromoteReport promote(
      Path journalPath, Duration after, boolean keepDetectIfEvents, boolean dryRun) {
    Objects.requireNonNull(journalPath, "journalPath");
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) {
      throw new IllegalArgumentException("the soak period must not be negative");
    }
    requireAll(
        List.of(Capability.RULES, Capability.IPS_DETECT_ONLY_GLOBAL),
        keepDetectIfEvents ? List.of(Capability.EVENTS) : List.of(),
        "promote");
    ManagerInfo info = manager.info();
    JournalFile file = new JournalFile(journalPath);
    if (!file.exists()) {
      throw new RefusedException("no journal at " + journalPath + "; run apply first");
    }
    try (AtomicFiles.Lock lock = dryRun ? null : AtomicFiles.lock(journalPath, "journal")) {
      Journal j = file.read();
      file.checkBinding(j, info);
      if (j.rolledBackAt != null) {
        throw new RefusedException("this journal was rolled back at " + j.rolledBackAt);
      }
      if (j.completedAt == null) {
        throw new RefusedException(
            "apply has not finished for this journal; run apply again to complete it");
      }
      Instant now = clock.instant();
      Instant soakEnds = j.appliedAt.plus(after);
      if (now.isBefore(soakEnds)) {
        throw new RefusedException(
            "the soak period has not passed: update "
                + j.update.id
                + " was applied at "
                + j.appliedAt
                + ", so promote is possible from "
                + soakEnds
                + " (--after "
                + after
                + ")");
      }
      Set<Integer> addedIds = new HashSet<>();
      j.added.forEach(r -> addedIds.add(r.id));
      TreeSet<Integer> staged = new TreeSet<>();
      j.assigned.values().forEach(staged::addAll);
      // Only rules this tool made detect-only: new ones (applied detect-only) and those it
      // switched.
      staged.removeIf(r -> !addedIds.contains(r) && !j.detectOnlySet.contains(r));
      Map<Integer, Long> kept = new TreeMap<>();
      long seen = 0;
      if (keepDetectIfEvents && !staged.isEmpty()) {
        EventQuery q = EventQuery.builder(EventKind.INTRUSION_PREVENTION, j.appliedAt, now).build();
        try (Stream<Event> events = manager.events().stream(q)) {
          for (Event e : (Iterable<Event>) events::iterator) {
            seen++;
            if (e.ruleId() != null && staged.contains(e.ruleId())) {
              kept.merge(e.ruleId(), 1L, Long::sum);
            }
          }
        }
      }
      List<Integer> already = new ArrayList<>();
      List<Integer> promoted = new ArrayList<>();
      for (Integer r : staged) {
        if (j.promoted.contains(r)) {
          already.add(r);
        } else if (!kept.containsKey(r)) {
          promoted.add(r);
        }
      }
      if (!dryRun) {
        for (Integer r : promoted) {
          manager.rules().intrusionPrevention().setDetectOnly(r, false);
          j.promoted.add(r);
          file.write(j);
          progress("rule " + r + " switched to prevent");
        }
        j.promotedAt = now;
        file.write(j);
      }
      return new PromoteReport(
          dryRun, j.update.id, j.appliedAt, promoted, already, kept, seen, backends());
    }
  }

  // ================================================================ rollback

  /**
   * Restores exactly what the journal recorded: each policy's direct IPS assignments and each
   * recorded rule's detect-only flag, only where they differ now. The update itself stays applied:
   * DSM cannot un-apply a rule update.
   *
   * @param journalPath the journal {@link #apply} wrote
   * @param dryRun true to only report
   * @return the report
   * @throws RefusedException when the journal belongs to another manager or is locked
   */
  @SuppressWarnings("try") // the lock is held for the whole step, never read
  public RollbackReport rollback(Path journalPath, boolean dryRun) {
    Objects.requireNonNull(journalPath, "journalPath");
    requireAll(
        List.of(Capability.RULES, Capability.IPS_DETECT_ONLY_GLOBAL, Capability.RULE_ASSIGNMENT),
        List.of(),
        "rollback");
    ManagerInfo info = manager.info();
    JournalFile file = new JournalFile(journalPath);
    if (!file.exists()) {
      throw new RefusedException("no journal at " + journalPath + "; nothing to roll back");
    }
    try (AtomicFiles.Lock lock = dryRun ? null : AtomicFiles.lock(journalPath, "journal")) {
      Journal j = file.read();
      file.checkBinding(j, info);
      List<RollbackReport.PolicyRestore> policies = new ArrayList<>();
      // Assignments first: a rule leaves the policies before its flag goes back to prevent.
      for (Journal.PolicyRef p : j.policies) {
        List<Integer> now = manager.policies().assignments(IPS).direct(p.id);
        List<Integer> before = p.directIps.stream().sorted().toList();
        if (!now.stream().sorted().toList().equals(before)) {
          policies.add(new RollbackReport.PolicyRestore(p.id, now, before));
          if (!dryRun) {
            manager.policies().assignments(IPS).replace(p.id, before);
            j.rolledBackPolicies.add(p.id);
            file.write(j);
            progress("policy " + p.id + ": direct IPS assignments restored");
          }
        }
      }
      Map<Integer, Rule> current = new HashMap<>();
      for (Rule r : manager.rules().intrusionPrevention().list()) {
        current.put(r.id(), r);
      }
      List<RollbackReport.RuleRestore> rules = new ArrayList<>();
      for (Journal.RuleRef r : j.catalogBefore) {
        Rule now = current.get(r.id);
        if (now == null || r.detectOnly == null || now.detectOnly() == null) {
          continue;
        }
        if (!now.detectOnly().equals(r.detectOnly)) {
          rules.add(
              new RollbackReport.RuleRestore(r.id, r.identifier, now.detectOnly(), r.detectOnly));
          if (!dryRun) {
            manager.rules().intrusionPrevention().setDetectOnly(r.id, r.detectOnly);
            j.rolledBackRules.add(r.id);
            file.write(j);
            progress("rule " + r.id + " detect-only restored to " + r.detectOnly);
          }
        }
      }
      if (!dryRun) {
        j.rolledBackAt = clock.instant();
        file.write(j);
      }
      List<String> notes = new ArrayList<>();
      notes.add(
          "update "
              + j.update.id
              + " ("
              + j.update.name
              + ") stays applied: DSM cannot un-apply a rule update; its "
              + j.added.size()
              + " new rule(s) stay in the catalog, no longer assigned by this rollout");
      if (j.appliedAt == null) {
        notes.add("the update was never applied by this journal");
      }
      return new RollbackReport(dryRun, j.update.id, policies, rules, notes);
    }
  }

  // ================================================================ shared

  private void requireCapabilities(boolean apply) {
    List<Capability> needed =
        new ArrayList<>(
            List.of(
                Capability.SECURITY_UPDATES,
                Capability.RULES,
                Capability.RULE_ASSIGNMENT,
                Capability.IPS_DETECT_ONLY_GLOBAL,
                Capability.COMPUTERS,
                Capability.POLICIES,
                Capability.ACTION_SCAN_FOR_RECOMMENDATIONS,
                Capability.COMPUTER_RECOMMENDATIONS));
    List<Capability> extra =
        apply && sendPolicy ? List.of(Capability.ACTION_SEND_POLICY) : List.of();
    requireAll(needed, extra, "apply");
  }

  private void requireAll(List<Capability> needed, List<Capability> extra, String op) {
    List<String> missing = new ArrayList<>();
    for (Capability c : needed) {
      if (!manager.capabilities().supports(c, IPS)) {
        missing.add(c.name());
      }
    }
    for (Capability c : extra) {
      if (!manager.capabilities().supports(c, IPS)) {
        missing.add(c.name());
      }
    }
    if (!missing.isEmpty()) {
      String hint =
          missing.contains(Capability.SECURITY_UPDATES.name())
                  || missing.contains(Capability.EVENTS.name())
              ? " (security updates and events exist only in the SOAP API: give a username and"
                  + " password)"
              : "";
      throw new UnsupportedCapabilityException(
          "rule-update "
              + op
              + " needs "
              + missing
              + ", which the "
              + manager.backends()
              + " backend does not support"
              + hint
              + "; nothing was changed",
          "rollout." + op,
          manager.backends().size() == 1 ? manager.backends().iterator().next() : null);
    }
  }

  /** Which backend each kind of operation goes to, e.g. {@code securityUpdates -> SOAP}. */
  private Map<String, Backend> backends() {
    Map<String, Backend> m = new LinkedHashMap<>();
    put(m, "securityUpdates", Capability.SECURITY_UPDATES, null);
    put(m, "ipsCatalog", Capability.RULES, IPS);
    put(m, "detectOnly", Capability.IPS_DETECT_ONLY_GLOBAL, null);
    put(m, "assignments", Capability.RULE_ASSIGNMENT, IPS);
    put(m, "recommendationScans", Capability.ACTION_SCAN_FOR_RECOMMENDATIONS, null);
    put(m, "recommendations", Capability.COMPUTER_RECOMMENDATIONS, IPS);
    put(m, "sendPolicy", Capability.ACTION_SEND_POLICY, null);
    put(m, "stagingSettings", Capability.STAGING_SETTINGS, null);
    put(m, "events", Capability.EVENTS, null);
    return m;
  }

  private void put(Map<String, Backend> m, String what, Capability c, RuleKind kind) {
    manager.backendFor(c, kind).ifPresent(b -> m.put(what, b));
  }

  private SecurityUpdate selectUpdate(List<SecurityUpdate> all, boolean required) {
    if (updateId != null) {
      SecurityUpdate u =
          all.stream()
              .filter(x -> x.id() == updateId)
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "no security update with ID " + updateId,
                          "rollout.update",
                          null,
                          0,
                          null,
                          null));
      if (u.appliedState() != AppliedState.NOT_APPLIED) {
        if (required) {
          throw new RefusedException(
              "security update "
                  + updateId
                  + " is already applied ("
                  + u.appliedState()
                  + "); only a pending update can be staged");
        }
        return null;
      }
      return u;
    }
    // The newest pending package: applying it brings every older one's rules too.
    SecurityUpdate newest =
        all.stream()
            .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
            .max(
                Comparator.comparing(
                        (SecurityUpdate u) -> u.released() == null ? Instant.MIN : u.released())
                    .thenComparingInt(SecurityUpdate::id))
            .orElse(null);
    if (newest == null && required) {
      throw new RefusedException(
          "there is no pending security update to stage (run 'dsm4j updates check' to download"
              + " new ones)");
    }
    return newest;
  }

  private SecurityUpdate findUpdate(int id) {
    return manager.securityUpdates().list().stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "security update " + id + " is no longer on the manager",
                    "rollout.update",
                    null,
                    0,
                    null,
                    null));
  }

  private static String describe(SecurityUpdate u) {
    return "update " + u.id() + " (" + u.name() + ")";
  }

  /** Computers in scope and their policies. */
  private record ResolvedScope(List<Computer> computers, List<Policy> policies) {}

  private ResolvedScope resolve(Scope s) {
    List<Computer> all = manager.computers().list().stream().toList();
    List<Computer> chosen = all;
    if (!s.computers().isEmpty()) {
      Map<Integer, Computer> picked = new TreeMap<>();
      for (String c : s.computers()) {
        Computer found =
            isId(c)
                ? all.stream().filter(x -> x.id() == Integer.parseInt(c)).findFirst().orElse(null)
                : all.stream().filter(x -> x.hostName().equals(c)).findFirst().orElse(null);
        if (found == null) {
          throw notFound("computer", c);
        }
        picked.put(found.id(), found);
      }
      chosen = new ArrayList<>(picked.values());
    }
    if (s.group() != null) {
      ComputerGroup g =
          isId(s.group())
              ? manager.computerGroups().get(Integer.parseInt(s.group()))
              : manager
                  .computerGroups()
                  .findByName(s.group())
                  .orElseThrow(() -> notFound("computer group", s.group()));
      chosen = chosen.stream().filter(c -> Objects.equals(c.groupId(), g.id())).toList();
    }
    Policy scopePolicy = null;
    if (s.policy() != null) {
      Policy p =
          isId(s.policy())
              ? manager.policies().get(Integer.parseInt(s.policy()))
              : manager
                  .policies()
                  .findByName(s.policy())
                  .orElseThrow(() -> notFound("policy", s.policy()));
      scopePolicy = p;
      chosen = chosen.stream().filter(c -> Objects.equals(c.policyId(), p.id())).toList();
    }
    TreeSet<Integer> policyIds = new TreeSet<>();
    chosen.forEach(
        c -> {
          if (c.policyId() != null) {
            policyIds.add(c.policyId());
          }
        });
    List<Policy> policies = new ArrayList<>();
    for (Integer id : policyIds) {
      policies.add(
          scopePolicy != null && scopePolicy.id() == id ? scopePolicy : manager.policies().get(id));
    }
    if (scopePolicy != null && policies.isEmpty()) {
      policies.add(scopePolicy);
    }
    return new ResolvedScope(List.copyOf(chosen), policies);
  }

  private static boolean isId(String s) {
    return s.matches("\\d{1,9}");
  }

  private static NotFoundException notFound(String what, String name) {
    return new NotFoundException(
        "no " + what + " '" + name + "'", "rollout.scope", null, 0, null, null);
  }

  private void progress(String message) {
    progress.accept(message);
  }

  /** Configures a {@link RuleUpdateRollout}. */
  public static final class Builder {
    private final Manager manager;
    private Scope scope = Scope.all();
    private Integer updateId;
    private Duration scanTimeout = Duration.ofMinutes(30);
    private Duration pollInterval = Duration.ofSeconds(5);
    private int scanConcurrency = 4;
    private boolean sendPolicy = true;
    private Consumer<String> progress = m -> {};
    private Clock clock = Clock.systemUTC();

    private Builder(Manager manager) {
      this.manager = Objects.requireNonNull(manager, "manager");
    }

    /**
     * @param scope the computers (default all)
     * @return this builder
     */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * @param updateId the security update to stage (default: the newest pending one)
     * @return this builder
     */
    public Builder updateId(int updateId) {
      if (updateId <= 0) {
        throw new IllegalArgumentException("update ID must be positive, got " + updateId);
      }
      this.updateId = updateId;
      return this;
    }

    /**
     * @param timeout how long to wait for the recommendation scans (default 30 min)
     * @return this builder
     */
    public Builder scanTimeout(Duration timeout) {
      this.scanTimeout = positive(timeout, "scanTimeout");
      return this;
    }

    /**
     * @param interval how often a running scan is polled (default 5 s)
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /**
     * @param concurrency how many computers scan at once (default 4; the manager's rate limit still
     *     applies to every call)
     * @return this builder
     */
    public Builder scanConcurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("scan concurrency must be 1-64, got " + concurrency);
      }
      this.scanConcurrency = concurrency;
      return this;
    }

    /**
     * @param send whether apply sends policy to the affected computers (default true)
     * @return this builder
     */
    public Builder sendPolicy(boolean send) {
      this.sendPolicy = send;
      return this;
    }

    /**
     * @param progress receives one line per step taken (e.g. to print on stderr); called from
     *     several threads during scans
     * @return this builder
     */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * @param clock the clock for journal times and the soak check (default UTC system clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @return the rollout
     */
    public RuleUpdateRollout build() {
      return new RuleUpdateRollout(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
