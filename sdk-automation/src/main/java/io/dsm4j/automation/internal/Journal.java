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
 * holds the state before anything changed (what rollback restores) and every completed sub-step
 * (what a resumed run skips). Fields are public for Jackson; only {@link JournalFile} and the
 * rollout touch them.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class Journal {
  /** The format tag; a journal with another one is refused. */
  public static final String FORMAT = "dsm4j-rule-update-journal/1";

  public String format = FORMAT;
  public ManagerRef manager;
  public Instant createdAt;
  public UpdateRef update;
  public ScopeRef scope;
  public boolean sendPolicy;

  /** Which backend each kind of operation went to (automatic mode uses both). */
  public Map<String, Backend> backends = new LinkedHashMap<>();

  // ---- the state before any change (rollback restores it)
  public List<ComputerRef> computers = new ArrayList<>();
  public List<PolicyRef> policies = new ArrayList<>();
  public List<RuleRef> catalogBefore = new ArrayList<>();

  /** Per computer, the rules recommended for assignment before the update. */
  public Map<Integer, List<Integer>> recommendedBefore = new TreeMap<>();

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

  /** Rules whose detect-only flag was checked (and set when needed) before assignment. */
  public TreeSet<Integer> detectOnlyChecked = new TreeSet<>();

  /** Rules this tool switched from prevent to detect-only. */
  public TreeSet<Integer> detectOnlySet = new TreeSet<>();

  /** Per policy, the rules assigned to it by this tool (a policy appears once done). */
  public Map<Integer, List<Integer>> assigned = new TreeMap<>();

  public boolean stagingDone;

  // ---- step: send policy
  public SendRef sendPolicyResult;
  public Instant completedAt;

  // ---- promote
  public TreeSet<Integer> promoted = new TreeSet<>();
  public Instant promotedAt;

  // ---- rollback
  public TreeSet<Integer> rolledBackPolicies = new TreeSet<>();
  public TreeSet<Integer> rolledBackRules = new TreeSet<>();
  public Instant rolledBackAt;

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

    boolean sameAs(ManagerRef o) {
      return java.util.Objects.equals(url, o.url)
          && java.util.Objects.equals(tenant, o.tenant)
          && java.util.Objects.equals(managerVersion, o.managerVersion);
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
    public Boolean detectOnly;
    public Instant lastUpdated;

    public RuleRef() {}

    public RuleRef(int id, String identifier, Boolean detectOnly, Instant lastUpdated) {
      this.id = id;
      this.identifier = identifier;
      this.detectOnly = detectOnly;
      this.lastUpdated = lastUpdated;
    }
  }

  /** One computer's recommendation scan. */
  public static final class ScanRef {
    /** The computer's last scan time before the request (null when never scanned). */
    public Instant before;

    public Instant requestedAt;
    public Instant completedAt;
    public List<Integer> recommendedAfter = new ArrayList<>();
  }

  /** The outcome of sending policy. */
  public static final class SendRef {
    public List<Integer> succeeded = new ArrayList<>();
    public Map<Integer, String> failed = new TreeMap<>();
  }
}
