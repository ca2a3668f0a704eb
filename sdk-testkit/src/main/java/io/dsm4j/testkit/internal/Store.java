package io.dsm4j.testkit.internal;

import io.dsm4j.model.AppliedState;
import io.dsm4j.model.Computer;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Recs.Applier;
import io.dsm4j.testkit.internal.Recs.ComputerRec;
import io.dsm4j.testkit.internal.Recs.EventRec;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import io.dsm4j.testkit.internal.Recs.IpListRec;
import io.dsm4j.testkit.internal.Recs.PolicyRec;
import io.dsm4j.testkit.internal.Recs.RuleRec;
import io.dsm4j.testkit.internal.Recs.SessionRec;
import io.dsm4j.testkit.internal.Recs.UpdateRec;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The simulator's single in-memory state, shared by the REST and SOAP front ends. Every method that
 * reads or writes records must run while holding this object's monitor ({@code synchronized
 * (store)}); the public methods do so themselves.
 */
public final class Store {
  final SimConfig cfg;
  final TreeMap<Integer, PolicyRec> policies = new TreeMap<>();
  final EnumMap<RuleKind, TreeMap<Integer, RuleRec>> rules = new EnumMap<>(RuleKind.class);
  final TreeMap<Integer, ComputerRec> computers = new TreeMap<>();
  final TreeMap<Integer, GroupRec> groups = new TreeMap<>();
  final TreeMap<Integer, IpListRec> ipLists = new TreeMap<>();
  final TreeMap<Integer, UpdateRec> updates = new TreeMap<>();
  final EnumMap<EventKind, List<EventRec>> events = new EnumMap<>(EventKind.class);
  final TreeMap<Integer, com.fasterxml.jackson.databind.node.ObjectNode> tasks = new TreeMap<>();
  final Map<String, SessionRec> sessions = new HashMap<>();
  final EnumMap<RuleKind, Integer> nextRuleId = new EnumMap<>(RuleKind.class);
  final EnumMap<EventKind, Long> nextEventId = new EnumMap<>(EventKind.class);
  int nextPolicyId = 1;
  int nextTaskId = 1;
  int nextIdentifier = 1_000_000;

  /** Whether new rule updates are applied to policies automatically (a staging risk). */
  boolean ruleUpdatesAutoApplied;

  /** When the rule catalog last changed through a security update (recommendations age). */
  Instant catalogChanged;

  private final SecureRandom sessionRandom = new SecureRandom();
  private final SplittableRandom eventRandom;
  private int requestCount;
  private final Map<String, Integer> operationCounts = new TreeMap<>();
  private int sessionsOpened;
  private int sessionsEnded;

  public Store(SimConfig cfg) {
    this.cfg = cfg;
    for (RuleKind k : RuleKind.values()) {
      rules.put(k, new TreeMap<>());
    }
    for (EventKind k : EventKind.values()) {
      events.put(k, new ArrayList<>());
    }
    this.eventRandom = new SplittableRandom(cfg.seed() ^ 0x5DEECE66DL);
    new DataGenerator(this).generate();
  }

  Instant now() {
    return cfg.clock().instant();
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

  // ---------------------------------------------------------------- sessions

  /** Outcome of a session check. */
  public enum SessionCheck {
    OK,
    UNKNOWN,
    EXPIRED
  }

  synchronized String openSession() {
    long now = System.nanoTime();
    if (activeSessionsAt(now) >= cfg.maxSessions()) {
      return null;
    }
    byte[] b = new byte[24];
    sessionRandom.nextBytes(b);
    String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    sessions.put(sid, new SessionRec(sid, now));
    sessionsOpened++;
    return sid;
  }

  synchronized SessionCheck touch(String sid) {
    SessionRec s = sid == null ? null : sessions.get(sid);
    if (s == null) {
      return SessionCheck.UNKNOWN;
    }
    long now = System.nanoTime();
    if (now - s.lastUsedNanos > cfg.sessionIdleTimeout().toNanos()) {
      sessions.remove(sid);
      return SessionCheck.EXPIRED;
    }
    s.lastUsedNanos = now;
    return SessionCheck.OK;
  }

  synchronized void endSession(String sid) {
    if (sid != null && sessions.remove(sid) != null) {
      sessionsEnded++;
    }
  }

  private int activeSessionsAt(long now) {
    long idle = cfg.sessionIdleTimeout().toNanos();
    int n = 0;
    for (Iterator<SessionRec> it = sessions.values().iterator(); it.hasNext(); ) {
      SessionRec s = it.next();
      // Long-dead sessions are forgotten so the map cannot grow without bound.
      if (now - s.lastUsedNanos > idle * 2 + 3_600_000_000_000L) {
        it.remove();
      } else if (now - s.lastUsedNanos <= idle) {
        n++;
      }
    }
    return n;
  }

  public synchronized int sessionsOpened() {
    return sessionsOpened;
  }

  public synchronized int sessionsEnded() {
    return sessionsEnded;
  }

  public synchronized int activeSessions() {
    return activeSessionsAt(System.nanoTime());
  }

  // ---------------------------------------------------------------- policies

  PolicyRec policyRec(int id) {
    return policies.get(id);
  }

  PolicyRec policyByName(String name) {
    for (PolicyRec p : policies.values()) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    return null;
  }

  PolicyRec createPolicy(String name, Integer parentId) {
    PolicyRec p = new PolicyRec();
    p.id = nextPolicyId++;
    p.name = name;
    p.parentId = parentId;
    for (SecurityModule m : SecurityModule.values()) {
      p.states.put(m, parentId == null ? ModuleState.OFF : ModuleState.INHERITED);
    }
    policies.put(p.id, p);
    return p;
  }

  /** True when {@code candidate} is {@code policyId} or one of its descendants. */
  boolean isSelfOrDescendant(int policyId, Integer candidate) {
    Integer c = candidate;
    int guard = 0;
    while (c != null && guard++ < 10_000) {
      if (c == policyId) {
        return true;
      }
      PolicyRec p = policies.get(c);
      c = p == null ? null : p.parentId;
    }
    return false;
  }

  TreeSet<Integer> effective(int policyId, RuleKind kind) {
    TreeSet<Integer> out = new TreeSet<>();
    PolicyRec p = policies.get(policyId);
    int guard = 0;
    while (p != null && guard++ < 10_000) {
      out.addAll(p.direct.get(kind));
      p = p.parentId == null ? null : policies.get(p.parentId);
    }
    return out;
  }

  ModuleState effectiveState(int policyId, SecurityModule m) {
    PolicyRec p = policies.get(policyId);
    int guard = 0;
    while (p != null && guard++ < 10_000) {
      ModuleState s = p.states.getOrDefault(m, ModuleState.INHERITED);
      if (s != ModuleState.INHERITED) {
        return s;
      }
      p = p.parentId == null ? null : policies.get(p.parentId);
    }
    return ModuleState.OFF;
  }

  /** Application types of the assigned IPS rules plus any assigned directly. */
  TreeSet<Integer> appTypesFor(TreeSet<Integer> ipsRuleIds, TreeSet<Integer> directAppTypes) {
    TreeSet<Integer> out = new TreeSet<>(directAppTypes);
    TreeMap<Integer, RuleRec> ips = rules.get(RuleKind.INTRUSION_PREVENTION);
    for (Integer id : ipsRuleIds) {
      RuleRec r = ips.get(id);
      if (r != null && r.appTypeId != null) {
        out.add(r.appTypeId);
      }
    }
    return out;
  }

  /** IDs in {@code ids} that are not rules of {@code kind}; empty when all exist. */
  List<Integer> unknownRules(RuleKind kind, List<Integer> ids) {
    List<Integer> bad = new ArrayList<>();
    for (Integer id : ids) {
      if (id == null || !rules.get(kind).containsKey(id)) {
        bad.add(id);
      }
    }
    return bad;
  }

  boolean policyInUse(int id) {
    for (ComputerRec c : computers.values()) {
      if (c.policyId != null && c.policyId == id) {
        return true;
      }
    }
    for (PolicyRec p : policies.values()) {
      if (p.parentId != null && p.parentId == id) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- recommendations

  boolean recommends(ComputerRec c, RuleRec r) {
    if (r.ignoreRecommendations || !r.platform.fits(c.family)) {
      return false;
    }
    if (r.alwaysRecommended) {
      return true;
    }
    long h = mix(cfg.seed() * 31 + r.id * 1_000_003L + c.id);
    return Math.floorMod(h, 5) == 0;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Recomputes the computer's recommendation snapshot from the current catalog. */
  void completeScan(ComputerRec c) {
    for (RuleKind k : RuleKind.values()) {
      TreeSet<Integer> set = new TreeSet<>();
      if (k != RuleKind.APPLICATION_TYPE) {
        for (RuleRec r : rules.get(k).values()) {
          if (recommends(c, r)) {
            set.add(r.id);
          }
        }
      }
      c.recommended.put(k, set);
    }
    c.recommended.put(
        RuleKind.APPLICATION_TYPE,
        appTypesFor(c.recommended.get(RuleKind.INTRUSION_PREVENTION), new TreeSet<>()));
    c.lastRecommendationScan = now();
    c.scanning = false;
    c.scanDoneAtNanos = 0;
  }

  /** Finishes a running scan whose delay has passed; scans complete lazily on observation. */
  void settle(ComputerRec c) {
    if (c.scanning && System.nanoTime() - c.scanDoneAtNanos >= 0) {
      completeScan(c);
    }
  }

  void startScan(ComputerRec c) {
    c.scanning = true;
    c.scanDoneAtNanos = System.nanoTime() + cfg.scanDelay().toNanos();
    if (cfg.scanDelay().isZero()) {
      completeScan(c);
    }
  }

  /** Effective rules of a computer: those of its policy chain. */
  TreeSet<Integer> computerEffective(ComputerRec c, RuleKind kind) {
    return c.policyId == null ? new TreeSet<>() : effective(c.policyId, kind);
  }

  /** Scan status per the REST {@code recommendationScanStatus} enum. */
  String scanStatus(ComputerRec c) {
    settle(c);
    if (c.lastRecommendationScan == null) {
      return "none";
    }
    if (catalogChanged != null && catalogChanged.isAfter(c.lastRecommendationScan)) {
      return "out-of-date";
    }
    return "valid";
  }

  TreeSet<Integer> recommendedToAssign(ComputerRec c, RuleKind kind) {
    settle(c);
    TreeSet<Integer> out = new TreeSet<>(c.recommended.getOrDefault(kind, new TreeSet<>()));
    out.removeAll(computerEffective(c, kind));
    return out;
  }

  /** Assigned rules that cannot apply to the computer's platform. */
  TreeSet<Integer> recommendedToUnassign(ComputerRec c, RuleKind kind) {
    settle(c);
    TreeSet<Integer> out = new TreeSet<>();
    if (c.lastRecommendationScan == null || kind == RuleKind.APPLICATION_TYPE) {
      return out;
    }
    for (Integer id : computerEffective(c, kind)) {
      RuleRec r = rules.get(kind).get(id);
      if (r != null && !r.platform.fits(c.family)) {
        out.add(id);
      }
    }
    return out;
  }

  List<ComputerRec> computersUsing(int policyId) {
    List<ComputerRec> out = new ArrayList<>();
    for (ComputerRec c : computers.values()) {
      if (c.policyId != null && c.policyId == policyId) {
        out.add(c);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- security updates

  /** Applies an update package; returns null when it cannot be applied (older package). */
  Applier applyUpdate(UpdateRec u, boolean detectOnly) {
    if (u.state == AppliedState.APPLIED_CURRENT) {
      return u.applier;
    }
    if (u.state == AppliedState.APPLIED) {
      return null;
    }
    for (UpdateRec other : updates.values()) {
      if (other.state == AppliedState.APPLIED_CURRENT) {
        other.state = AppliedState.APPLIED;
      }
    }
    TreeMap<Integer, RuleRec> ips = rules.get(RuleKind.INTRUSION_PREVENTION);
    for (RuleRec r : u.newRules) {
      r.detectOnly = detectOnly;
      ips.put(r.id, r);
    }
    for (Integer id : u.updatedRuleIds) {
      RuleRec r = ips.get(id);
      if (r != null) {
        r.lastUpdated = u.released;
      }
    }
    u.state = AppliedState.APPLIED_CURRENT;
    u.detectOnly = detectOnly;
    catalogChanged = now();
    return u.applier;
  }

  // ---------------------------------------------------------------- events

  /** Result of an event query after capping. */
  record EventAnswer(List<EventRec> events, boolean truncated) {}

  EventAnswer queryEvents(EventKind kind, Predicate<EventRec> filter) {
    List<EventRec> hits = new ArrayList<>();
    for (EventRec e : events.get(kind)) {
      if (filter.test(e)) {
        hits.add(e);
      }
    }
    Comparator<EventRec> order =
        switch (cfg.eventOrder()) {
          case OLDEST_FIRST ->
              Comparator.comparingLong(EventRec::timeMillis).thenComparingLong(EventRec::id);
          case NEWEST_FIRST ->
              Comparator.comparingLong(EventRec::timeMillis)
                  .thenComparingLong(EventRec::id)
                  .reversed();
          case ID_DESCENDING -> Comparator.comparingLong(EventRec::id).reversed();
        };
    hits.sort(order);
    boolean truncated = hits.size() > cfg.eventCap();
    return new EventAnswer(
        truncated ? new ArrayList<>(hits.subList(0, cfg.eventCap())) : hits, truncated);
  }

  /** Adds events with fresh IDs; arrival jitter makes ID order differ from time order. */
  int addEventsLocked(EventKind kind, int count, long fromMs, long toMs, Integer computerId) {
    List<ComputerRec> hosts = new ArrayList<>(computers.values());
    List<long[]> pending = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long t = fromMs + (toMs > fromMs ? eventRandom.nextLong(toMs - fromMs + 1) : 0);
      long arrival = t + eventRandom.nextLong(3_600_000L);
      pending.add(new long[] {arrival, t});
    }
    pending.sort(Comparator.comparingLong(a -> a[0]));
    List<EventRec> list = events.get(kind);
    for (long[] p : pending) {
      Integer host = computerId;
      if (host == null && !hosts.isEmpty()) {
        if (kind == EventKind.SYSTEM && eventRandom.nextInt(4) == 0) {
          host = null; // manager events without a computer
        } else if (eventRandom.nextBoolean()) {
          host = hosts.get(0).id; // about half of the events on one noisy computer
        } else {
          host = hosts.get(eventRandom.nextInt(hosts.size())).id;
        }
      }
      long id = nextEventId.merge(kind, 1L, Long::sum) - 1;
      list.add(new EventRec(id, p[1], host, pickRule(kind), eventRandom.nextInt(1 << 20)));
    }
    return count;
  }

  private int pickRule(EventKind kind) {
    RuleKind rk =
        switch (kind) {
          case INTRUSION_PREVENTION -> RuleKind.INTRUSION_PREVENTION;
          case FIREWALL -> RuleKind.FIREWALL;
          case INTEGRITY_MONITORING -> RuleKind.INTEGRITY_MONITORING;
          case LOG_INSPECTION -> RuleKind.LOG_INSPECTION;
          default -> null;
        };
    if (rk == null || rules.get(rk).isEmpty()) {
      return 0;
    }
    TreeMap<Integer, RuleRec> m = rules.get(rk);
    int first = m.firstKey();
    int last = m.lastKey();
    Integer k = m.ceilingKey(first + eventRandom.nextInt(last - first + 1));
    return k == null ? first : k;
  }

  // ---------------------------------------------------------------- public views

  public synchronized List<Policy> policies() {
    return policies.values().stream().map(this::toPolicy).toList();
  }

  public synchronized Optional<Policy> policy(int id) {
    return Optional.ofNullable(policies.get(id)).map(this::toPolicy);
  }

  public synchronized List<Integer> directRuleIds(int policyId, RuleKind kind) {
    PolicyRec p = policies.get(policyId);
    return p == null ? List.of() : List.copyOf(p.direct.get(kind));
  }

  public synchronized List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    return List.copyOf(effective(policyId, kind));
  }

  public synchronized Optional<Rule> rule(RuleKind kind, int id) {
    return Optional.ofNullable(rules.get(kind).get(id)).map(Store::toRule);
  }

  public synchronized int ruleCount(RuleKind kind) {
    return rules.get(kind).size();
  }

  public synchronized List<Rule> rules(RuleKind kind) {
    return rules.get(kind).values().stream().map(Store::toRule).toList();
  }

  public synchronized List<Computer> computers() {
    return computers.values().stream()
        .map(
            c ->
                new Computer(
                    c.id,
                    c.hostName,
                    c.displayName,
                    c.description,
                    c.policyId,
                    c.groupId,
                    c.platform,
                    c.agentVersion))
        .toList();
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

  public synchronized Policy addPolicy(String name, Integer parentId) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("policy name must not be blank");
    }
    if (policyByName(name) != null) {
      throw new IllegalArgumentException("a policy named '" + name + "' already exists");
    }
    if (parentId != null && !policies.containsKey(parentId)) {
      throw new IllegalArgumentException("no policy with ID " + parentId);
    }
    return toPolicy(createPolicy(name, parentId));
  }

  public synchronized Rule addIpsRule(
      String name, String identifier, Severity severity, List<String> cves, Instant lastUpdated) {
    RuleRec r = new RuleRec();
    r.kind = RuleKind.INTRUSION_PREVENTION;
    r.id = nextRuleId.merge(RuleKind.INTRUSION_PREVENTION, 1, Integer::sum) - 1;
    r.name = name;
    r.identifier = identifier;
    r.severity = severity;
    r.cves = List.copyOf(cves);
    r.cvss = null;
    r.issued = lastUpdated;
    r.lastUpdated = lastUpdated;
    TreeMap<Integer, RuleRec> apps = rules.get(RuleKind.APPLICATION_TYPE);
    r.appTypeId = apps.isEmpty() ? null : apps.firstKey();
    rules.get(RuleKind.INTRUSION_PREVENTION).put(r.id, r);
    return toRule(r);
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
    List<Integer> bad = unknownRules(kind, ruleIds);
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
    if (computerId != null && !computers.containsKey(computerId)) {
      throw new IllegalArgumentException("no computer with ID " + computerId);
    }
    return addEventsLocked(kind, count, from.toEpochMilli(), to.toEpochMilli(), computerId);
  }

  public synchronized long eventCount(EventKind kind) {
    return events.get(kind).size();
  }

  Policy toPolicy(PolicyRec p) {
    return new Policy(p.id, p.name, p.description, p.parentId, new EnumMap<>(p.states));
  }

  static Rule toRule(RuleRec r) {
    return new Rule(
        r.kind,
        r.id,
        r.name,
        r.description,
        r.identifier,
        r.severity,
        r.cves,
        r.cvss,
        r.kind == RuleKind.INTRUSION_PREVENTION ? r.detectOnly : null,
        r.appTypeId,
        r.issued,
        r.lastUpdated);
  }
}
