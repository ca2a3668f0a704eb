package io.dsm4j.automation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dsm4j.Backend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rule-update rollout journal: one JSON document, rewritten atomically after every change. It
 * holds the state before anything changed (what rollback restores), every completed sub-step (what
 * a resumed run skips) and, write-ahead, the change under way ({@link #intent}): a run records what
 * it is about to change before it changes it, so a run resumed after a crash knows which changes
 * may have reached the manager and reads the manager's state to decide. Fields are public for
 * Jackson; only {@link JournalFile} and the rollout touch them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class Journal {
  /** The format tag written. */
  public static final String FORMAT = "dsm4j-rule-update-journal/2";

  /** The first format, still read (it has no intents and always used the global flag). */
  public static final String FORMAT_1 = "dsm4j-rule-update-journal/1";

  /** Detect-only set per policy (REST override), undone per policy. */
  public static final String PER_POLICY = "PER_POLICY";

  /** Detect-only set on the rule itself, for every policy. */
  public static final String GLOBAL = "GLOBAL";

  public String format = FORMAT;
  public ManagerRef manager;
  public Instant createdAt;
  public UpdateRef update;
  public ScopeRef scope;
  public boolean sendPolicy;

  /** How detect-only is set: {@link #PER_POLICY} or {@link #GLOBAL} (null in format 1: global). */
  public String detectOnlyScope;

  /** Which backend each kind of operation went to (automatic mode uses both). */
  public Map<String, Backend> backends = new LinkedHashMap<>();

  // ---- the state before any change (rollback restores it)
  public List<ComputerRef> computers = new ArrayList<>();
  public List<PolicyRef> policies = new ArrayList<>();
  public List<RuleRef> catalogBefore = new ArrayList<>();

  /** Per computer, the rules recommended for assignment before the update. */
  public Map<Integer, List<Integer>> recommendedBefore = new TreeMap<>();

  /** The change under way (write-ahead), or null; cleared with the record of its outcome. */
  public Intent intent;

  // ---- step: apply the update detect-only
  public Instant applyRequestedAt;
  public Instant appliedAt;
  public Map<String, Integer> updateResult;

  // ---- step: the rule-level change (catalog before/after by identifier)
  public boolean changeRecorded;
  public List<RuleRef> added = new ArrayList<>();
  public List<RuleRef> updated = new ArrayList<>();

  // ---- step: recommendation scans
  public Map<Integer, ScanRef> scans = new TreeMap<>();
  public boolean scansDone;

  // ---- step: staging (detect-only, then assign)
  /** Per policy, the rules to stage on it; null until planned. */
  public Map<Integer, List<Integer>> stagingPlan;

  /** Global mode: rules whose detect-only flag was checked (and set when needed). */
  public TreeSet<Integer> detectOnlyChecked = new TreeSet<>();

  /** Global mode: rules this tool switched from prevent to detect-only. */
  public TreeSet<Integer> detectOnlySet = new TreeSet<>();

  /** Global mode: per switched rule, the policies outside the scope that use it (affected too). */
  public Map<Integer, List<Integer>> otherPoliciesAffected = new TreeMap<>();

  /** Per-policy mode: per policy, the rules given a detect-only override by this tool. */
  public Map<Integer, TreeSet<Integer>> overridesSet = new TreeMap<>();

  /** Per policy, the rules assigned to it by this tool (a policy appears once done). */
  public Map<Integer, List<Integer>> assigned = new TreeMap<>();

  public boolean stagingDone;

  // ---- step: send policy
  public SendRef sendPolicyResult;
  public Instant completedAt;

  // ---- promote
  public PromotePlan promotePlan;

  /** Global mode: rules switched to prevent. */
  public TreeSet<Integer> promoted = new TreeSet<>();

  /** Per-policy mode: per policy, the rules whose override was switched to prevent. */
  public Map<Integer, TreeSet<Integer>> promotedOverrides = new TreeMap<>();

  public Instant promotedAt;

  // ---- rollback
  public TreeSet<Integer> rolledBackPolicies = new TreeSet<>();
  public TreeSet<Integer> rolledBackRules = new TreeSet<>();
  public Map<Integer, TreeSet<Integer>> rolledBackOverrides = new TreeMap<>();
  public Instant rolledBackAt;

  /**
   * @return whether detect-only is set per policy in this journal
   */
  public boolean perPolicy() {
    return PER_POLICY.equals(detectOnlyScope);
  }

  /** The manager a journal is bound to. */
  public static final class ManagerRef {
    public String url;
    public String tenant;
    public String managerVersion;

    public ManagerRef() {}

    public ManagerRef(String url, String tenant, String managerVersion) {
      this.url = url;
      this.tenant = tenant;
      this.managerVersion = managerVersion;
    }

    @Override
    public String toString() {
      return url
          + (tenant == null ? "" : " tenant " + tenant)
          + " (version "
          + (managerVersion == null || managerVersion.isEmpty() ? "unknown" : managerVersion)
          + ")";
    }
  }

  /**
   * A change recorded before it is made. {@code op} says which: {@code detectOnly.global}, {@code
   * detectOnly.policy}, {@code assign}, {@code sendPolicy}, {@code promote.global}, {@code
   * promote.policy}, {@code rollback.assign}, {@code rollback.global}, {@code rollback.policy}.
   */
  public static final class Intent {
    public String op;
    public Integer policyId;
    public List<Integer> ruleIds = new ArrayList<>();
    public Boolean target;
    public Instant at;

    public Intent() {}

    public Intent(String op, Integer policyId, List<Integer> ruleIds, Boolean target, Instant at) {
      this.op = op;
      this.policyId = policyId;
      this.ruleIds = new ArrayList<>(ruleIds);
      this.target = target;
      this.at = at;
    }
  }

  /** The security update the journal stages. */
  public static final class UpdateRef {
    public int id;
    public String name;
    public Instant released;

    public UpdateRef() {}

    public UpdateRef(int id, String name, Instant released) {
      this.id = id;
      this.name = name;
      this.released = released;
    }
  }

  /** The scope as requested (computers by ID or host name, group, policy). */
  public static final class ScopeRef {
    public List<String> computers = new ArrayList<>();
    public String group;
    public String policy;
  }

  /** A computer in scope. */
  public static final class ComputerRef {
    public int id;
    public String hostName;
    public Integer policyId;

    public ComputerRef() {}

    public ComputerRef(int id, String hostName, Integer policyId) {
      this.id = id;
      this.hostName = hostName;
      this.policyId = policyId;
    }
  }

  /** A policy in scope and its direct IPS assignments before the rollout. */
  public static final class PolicyRef {
    public int id;
    public String name;
    public Integer parentId;
    public List<Integer> directIps = new ArrayList<>();

    public PolicyRef() {}

    public PolicyRef(int id, String name, Integer parentId, List<Integer> directIps) {
      this.id = id;
      this.name = name;
      this.parentId = parentId;
      this.directIps = new ArrayList<>(directIps);
    }
  }

  /** One IPS rule: enough to diff catalogs by identifier and to restore the detect-only flag. */
  public static final class RuleRef {
    public int id;
    public String identifier;
    public String name;
    public Boolean detectOnly;
    public Instant lastUpdated;

    public RuleRef() {}

    public RuleRef(
        int id, String identifier, String name, Boolean detectOnly, Instant lastUpdated) {
      this.id = id;
      this.identifier = identifier;
      this.name = name;
      this.detectOnly = detectOnly;
      this.lastUpdated = lastUpdated;
    }
  }

  /** One computer's recommendation scan. */
  public static final class ScanRef {
    /** The computer's last scan time before the request (null when never scanned). */
    public Instant before;

    /** When the request was about to be sent (write-ahead); null in format 1. */
    public Instant intentAt;

    public Instant requestedAt;
    public Instant completedAt;
    public List<Integer> recommendedAfter = new ArrayList<>();
  }

  /** The outcome of sending policy. */
  public static final class SendRef {
    public List<Integer> succeeded = new ArrayList<>();
    public Map<Integer, String> failed = new TreeMap<>();
  }

  /** What promote decided (recorded first, so a resumed promote finishes the same decision). */
  public static final class PromotePlan {
    public Instant decidedAt;

    /** Global mode: the rules to switch to prevent. */
    public List<Integer> rules = new ArrayList<>();

    /** Per-policy mode: per policy, the rules whose override goes to prevent. */
    public Map<Integer, List<Integer>> perPolicy = new TreeMap<>();

    /** Rules left detect-only because they raised events, with the number of events. */
    public Map<Integer, Long> kept = new TreeMap<>();

    public long eventsSeen;

    /** When every change of the plan was made; null while promote is under way. */
    public Instant completedAt;
  }
}
