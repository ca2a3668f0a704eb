package io.dsm4j.testkit.internal;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Alert;
import io.dsm4j.model.Computer;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.ListKind;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.Recs.TaskRec;
import io.dsm4j.testkit.internal.Recs.UpdateRec;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The simulator's single in-memory state, shared by the REST and SOAP front ends: one {@link Table}
 * per resource, the event logs and the SOAP sessions. Request handling holds this object's monitor
 * ({@code synchronized (store)}) for a whole request; the public methods, which back {@code
 * SimulatorState}, lock it themselves.
 */
public final class Store {
  final SimConfig cfg;
  final Table<PolicyRec> policies = new Table<>(this, 1, p -> p.id, p -> p.name);
  private final EnumMap<RuleKind, Table<RuleRec>> rules = new EnumMap<>(RuleKind.class);
  final Table<ComputerRec> computers = new Table<>(this, 1, c -> c.id, c -> c.hostName);
  final Table<GroupRec> groups = new Table<>(this, 1, g -> g.id, g -> g.name);
  private final EnumMap<ListKind, Table<FleetRecs.ItemListRec>> lists =
      new EnumMap<>(ListKind.class);
  final Table<FleetRecs.ScheduleRec> schedules = new Table<>(this, 1, r -> r.id, r -> r.name);
  final Table<FleetRecs.AntiMalwareRec> antiMalware = new Table<>(this, 1, r -> r.id, r -> r.name);
  final Table<TaskRec> eventTasks = new Table<>(this, 1, t -> t.id, TaskRec::name);
  final Table<UpdateRec> updates = new Table<>(this, 1, u -> u.id, u -> u.name);
  final Table<TaskRec> tasks = new Table<>(this, 1, t -> t.id, TaskRec::name);
  final Events events;
  final Sessions sessions;

  /** Administrators, roles, API keys, cloud connectors and tenants. */
  final AdminState admin;

  /** The last identifier handed to a Trend Micro rule (rules share one identifier sequence). */
  int nextIdentifier = 1_000_000;

  /** Whether new rule updates are applied to policies automatically (a staging risk). */
  boolean ruleUpdatesAutoApplied;

  /** System settings set through the APIs, by canonical name ({@link SimSettings}). */
  final Map<String, String> systemSettings = new TreeMap<>();

  /** The default policy's settings set through the APIs, by canonical name. */
  final Map<String, String> defaultPolicySettings = new TreeMap<>();

  /** When the rule catalog last changed through a security update (recommendations age). */
  Instant catalogChanged;

  // Observations for SimulatorState; they never change an answer.
  private int requestCount;
  private final Map<String, Integer> operationCounts = new TreeMap<>();
  final Map<String, Integer> actionRuns = new TreeMap<>();
  final Map<Integer, Map<String, Integer>> actionRunsByComputer = new TreeMap<>();
  final Map<Integer, Boolean> appliedUpdates = new LinkedHashMap<>();
  private final Map<String, Integer> deploymentScripts = new TreeMap<>();
  final Map<Integer, Integer> scheduledTaskRuns = new TreeMap<>();

  public Store(SimConfig cfg) {
    this.cfg = cfg;
    for (RuleKind k : RuleKind.values()) {
      rules.put(k, new Table<>(this, 1, r -> r.id, r -> r.name));
    }
    for (ListKind k : ListKind.values()) {
      lists.put(k, new Table<>(this, 1, r -> r.id, r -> r.name));
    }
    this.events = new Events(this);
    this.sessions = new Sessions(cfg);
    new DataGenerator(this).generate();
    this.admin = new AdminState(this, cfg.username(), cfg.password());
  }

  /** The rule catalog of one kind. */
  Table<RuleRec> catalog(RuleKind kind) {
    return rules.get(kind);
  }

  /** The item lists of one kind. */
  Table<FleetRecs.ItemListRec> list(ListKind kind) {
    return lists.get(kind);
  }

  Instant now() {
    return cfg.clock().instant();
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  // ---------------------------------------------------------------- bookkeeping

  public synchronized void countRequest() {
    requestCount++;
  }

  public synchronized void countOperation(String op) {
    operationCounts.merge(op, 1, Integer::sum);
  }

  public synchronized int requestCount() {
    return requestCount;
  }

  public synchronized Map<String, Integer> operationCounts() {
    return Map.copyOf(operationCounts);
  }

  public int sessionsOpened() {
    return sessions.opened();
  }

  public int sessionsEnded() {
    return sessions.ended();
  }

  public int activeSessions() {
    return sessions.active();
  }

  // ---------------------------------------------------------------- read views

  public synchronized List<Policy> policies() {
    return policies.values().stream().map(PolicyTree::toPolicy).toList();
  }

  public synchronized Optional<Policy> policy(int id) {
    return Optional.ofNullable(policies.get(id)).map(PolicyTree::toPolicy);
  }

  public synchronized List<Integer> directRuleIds(int policyId, RuleKind kind) {
    PolicyRec p = policies.get(policyId);
    return p == null ? List.of() : List.copyOf(p.direct.get(kind));
  }

  public synchronized List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    return List.copyOf(PolicyTree.effective(this, policyId, kind));
  }

  public synchronized Optional<Rule> rule(RuleKind kind, int id) {
    return Optional.ofNullable(catalog(kind).get(id)).map(RuleWire::toRule);
  }

  public synchronized int ruleCount(RuleKind kind) {
    return catalog(kind).size();
  }

  public synchronized List<Rule> rules(RuleKind kind) {
    return catalog(kind).values().stream().map(RuleWire::toRule).toList();
  }

  public synchronized List<Computer> computers() {
    return computers.values().stream().map(c -> Fleet.view(this, c)).toList();
  }

  public synchronized Optional<Computer> computer(int id) {
    return Optional.ofNullable(computers.get(id)).map(c -> Fleet.view(this, c));
  }

  public synchronized List<Alert> alerts() {
    return Fleet.alerts(this);
  }

  public synchronized List<Computer> addComputers(int count) {
    return Fleet.add(this, count, now()).stream().map(c -> Fleet.view(this, c)).toList();
  }

  public synchronized Computer setAgentStatus(int id, AgentStatus status) {
    ComputerRec c = computers.get(id);
    if (c == null) {
      throw new IllegalArgumentException("no computer with ID " + id);
    }
    Fleet.force(c, status, now());
    return Fleet.view(this, c);
  }

  public synchronized int addComputerGroup(String name, Integer parentId) {
    if (parentId != null && !groups.contains(parentId)) {
      throw new IllegalArgumentException("no computer group with ID " + parentId);
    }
    // The seeded groups were given their IDs directly: a new one comes after all of them.
    int id = Math.max(groups.allocateId(), groups.isEmpty() ? 1 : groups.lastId() + 1);
    groups.startIdsAt(id + 1);
    GroupRec g = new GroupRec();
    g.id = id;
    g.name = name;
    g.parentId = parentId;
    groups.put(g);
    return g.id;
  }

  public synchronized Map<String, Integer> deploymentScripts() {
    return new TreeMap<>(deploymentScripts);
  }

  /** Records one generated agent deployment script (for SimulatorState). */
  void recordDeploymentScript(String platform) {
    deploymentScripts.merge(platform, 1, Integer::sum);
  }

  public synchronized List<SecurityUpdate> securityUpdates() {
    return updates.values().stream()
        .map(
            u ->
                new SecurityUpdate(
                    u.id,
                    u.name,
                    u.released,
                    u.downloaded,
                    u.contentSummary,
                    u.state,
                    u.detectOnly))
        .toList();
  }

  public synchronized long eventCount(EventKind kind) {
    return events.count(kind);
  }

  /** Rule ID to the detectOnly value a policy overrides, for the rules that override it. */
  public synchronized Map<Integer, Boolean> policyDetectOnlyOverrides(int policyId) {
    PolicyRec p = policies.get(policyId);
    Map<Integer, Boolean> out = new TreeMap<>();
    if (p != null) {
      p.ipsOverrides.forEach(
          (rule, fields) -> {
            if (fields.get("detectOnly") instanceof Boolean b) {
              out.put(rule, b);
            }
          });
    }
    return out;
  }

  public synchronized Map<String, Integer> computerActionRuns() {
    return new TreeMap<>(actionRuns);
  }

  public synchronized Map<String, Integer> computerActionRuns(int computerId) {
    return new TreeMap<>(actionRunsByComputer.getOrDefault(computerId, Map.of()));
  }

  public synchronized Map<Integer, Boolean> appliedSecurityUpdates() {
    return new LinkedHashMap<>(appliedUpdates);
  }

  /** The recommendation snapshot of a computer's last completed scan; settles a finished scan. */
  public synchronized List<Integer> recommendedRuleIds(int computerId, RuleKind kind) {
    ComputerRec c = computers.get(computerId);
    if (c == null) {
      throw new IllegalArgumentException("no computer with ID " + computerId);
    }
    Recommendations.settle(this, c);
    return List.copyOf(c.recommended.getOrDefault(kind, new TreeSet<>()));
  }

  /** The union of the snapshots of the computers using the policy (the SOAP policy answer). */
  public synchronized List<Integer> policyRecommendedRuleIds(int policyId, RuleKind kind) {
    if (policies.get(policyId) == null) {
      throw new IllegalArgumentException("no policy with ID " + policyId);
    }
    return List.copyOf(Recommendations.forPolicy(this, policyId, kind));
  }

  // ---------------------------------------------------------------- fixtures

  public synchronized Policy addPolicy(String name, Integer parentId) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("policy name must not be blank");
    }
    if (policies.byName(name) != null) {
      throw new IllegalArgumentException("a policy named '" + name + "' already exists");
    }
    if (parentId != null && !policies.contains(parentId)) {
      throw new IllegalArgumentException("no policy with ID " + parentId);
    }
    return PolicyTree.toPolicy(PolicyTree.create(this, name, parentId));
  }

  public synchronized Rule addIpsRule(
      String name, String identifier, Severity severity, List<String> cves, Instant lastUpdated) {
    RuleRec r = new RuleRec();
    r.kind = RuleKind.INTRUSION_PREVENTION;
    r.id = catalog(RuleKind.INTRUSION_PREVENTION).allocateId();
    r.name = name;
    r.identifier = identifier;
    r.severity = severity;
    r.cves = List.copyOf(cves);
    r.cvss = null;
    r.issued = lastUpdated;
    r.lastUpdated = lastUpdated;
    Table<RuleRec> apps = catalog(RuleKind.APPLICATION_TYPE);
    r.appTypeId = apps.isEmpty() ? null : apps.firstId();
    catalog(RuleKind.INTRUSION_PREVENTION).put(r);
    return RuleWire.toRule(r);
  }

  public synchronized void setRuleUpdatesAutoApplied(boolean on) {
    ruleUpdatesAutoApplied = on;
  }

  public synchronized void setPolicyStaging(
      int policyId, boolean autoApplyRecommendations, boolean ongoingScans) {
    PolicyRec p = policies.get(policyId);
    if (p == null) {
      throw new IllegalArgumentException("no policy with ID " + policyId);
    }
    p.autoApplyRecommendations = autoApplyRecommendations;
    p.recommendationScanMode = ongoingScans ? "ongoing" : "off";
  }

  public synchronized void assignRules(int policyId, RuleKind kind, List<Integer> ruleIds) {
    PolicyRec p = policies.get(policyId);
    if (p == null) {
      throw new IllegalArgumentException("no policy with ID " + policyId);
    }
    List<Integer> bad = PolicyTree.unknownRules(this, kind, ruleIds);
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException("unknown " + kind + " rule IDs " + bad);
    }
    p.direct.get(kind).addAll(ruleIds);
  }

  public synchronized int addEvents(
      EventKind kind, int count, Instant from, Instant to, Integer computerId) {
    if (count < 0 || to.isBefore(from)) {
      throw new IllegalArgumentException("need count >= 0 and from <= to");
    }
    if (computerId != null && !computers.contains(computerId)) {
      throw new IllegalArgumentException("no computer with ID " + computerId);
    }
    return events.add(kind, count, from.toEpochMilli(), to.toEpochMilli(), computerId);
  }

  /** Records one run of a computer action (for SimulatorState; never changes an answer). */
  void recordActionRun(String action, List<ComputerRec> targets) {
    actionRuns.merge(action, 1, Integer::sum);
    for (ComputerRec c : targets) {
      actionRunsByComputer
          .computeIfAbsent(c.id, k -> new TreeMap<>())
          .merge(action, 1, Integer::sum);
    }
  }

  /**
   * The value set in exactly this scope (not inherited), by either API's name; empty when the scope
   * holds none. System and default-policy scopes answer what was set through the APIs.
   */
  public synchronized Optional<String> ownSetting(io.dsm4j.model.SettingScope scope, String name) {
    String canon = SimSettings.canonical(name);
    return Optional.ofNullable(
        switch (scope.level()) {
          case SYSTEM ->
              systemSettings.containsKey(canon) || canon.equals(SimSettings.RULE_UPDATES_AUTO)
                  ? SimSettings.system(this, canon)
                  : null;
          case DEFAULT_POLICY -> defaultPolicySettings.get(canon);
          case POLICY -> {
            Recs.PolicyRec p = policies.get(scope.id());
            if (p == null) {
              throw new IllegalArgumentException("no policy with ID " + scope.id());
            }
            yield SimSettings.own(p, canon);
          }
          case COMPUTER -> {
            Recs.ComputerRec c = computers.get(scope.id());
            if (c == null) {
              throw new IllegalArgumentException("no computer with ID " + scope.id());
            }
            yield c.settings.get(canon);
          }
        });
  }

  /** Rules assigned to the computer itself, ascending. */
  public synchronized List<Integer> computerDirectRuleIds(int computerId, RuleKind kind) {
    ComputerRec c = computers.get(computerId);
    if (c == null) {
      throw new IllegalArgumentException("no computer with ID " + computerId);
    }
    return List.copyOf(c.direct.get(kind));
  }

  /** The fields overridden on a policy (or, with {@code computer}, a computer) for one rule. */
  public synchronized Map<String, Object> ruleOverrides(
      boolean computer, int holderId, RuleKind kind, int ruleId) {
    Map<Integer, Map<String, Object>> all;
    if (computer) {
      ComputerRec c = computers.get(holderId);
      if (c == null) {
        throw new IllegalArgumentException("no computer with ID " + holderId);
      }
      all = c.overrides.get(kind);
    } else {
      PolicyRec p = policies.get(holderId);
      if (p == null) {
        throw new IllegalArgumentException("no policy with ID " + holderId);
      }
      all = p.overrides.get(kind);
    }
    return Map.copyOf(all.getOrDefault(ruleId, Map.of()));
  }

  /** Declares what an intrusion prevention rule depends on (assigning it assigns them too). */
  public synchronized void setRuleDependencies(int ruleId, List<Integer> dependsOn) {
    RuleRec r = catalog(RuleKind.INTRUSION_PREVENTION).get(ruleId);
    List<Integer> bad = PolicyTree.unknownRules(this, RuleKind.INTRUSION_PREVENTION, dependsOn);
    if (r == null || !bad.isEmpty()) {
      throw new IllegalArgumentException("unknown intrusion prevention rule IDs");
    }
    r.dependsOn.clear();
    r.dependsOn.addAll(dependsOn);
  }

  /** The rule XML the manager holds for a rule (plain), or empty for kinds without one. */
  public synchronized Optional<String> ruleXml(RuleKind kind, int id) {
    RuleRec r = catalog(kind).get(id);
    if (r == null) {
      throw new IllegalArgumentException("no " + kind + " rule with ID " + id);
    }
    return switch (kind) {
      case INTRUSION_PREVENTION ->
          Optional.of(r.ruleXml != null ? r.ruleXml : RuleXml.ips(cfg.seed(), r));
      case INTEGRITY_MONITORING -> Optional.ofNullable(r.customXml);
      case LOG_INSPECTION -> Optional.of(r.ruleXml != null ? r.ruleXml : RuleXml.logInspection(r));
      case FIREWALL, APPLICATION_TYPE -> Optional.empty();
    };
  }

  /** The other REST fields a custom rule was given (fields the simulator does not model). */
  public synchronized Map<String, Object> ruleRestFields(RuleKind kind, int id) {
    RuleRec r = catalog(kind).get(id);
    if (r == null) {
      throw new IllegalArgumentException("no " + kind + " rule with ID " + id);
    }
    return Map.copyOf(r.restFields);
  }
}
