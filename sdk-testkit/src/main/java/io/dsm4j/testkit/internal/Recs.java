package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.AppliedState;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Mutable records of the simulator's state; only touched while holding the {@link Store} lock; each
 * lives in a {@link Table} of the store.
 */
final class Recs {
  private Recs() {}

  /** Operating system family a rule or computer belongs to (drives recommendations). */
  enum Platform {
    LINUX,
    WINDOWS,
    ANY;

    boolean fits(Platform computer) {
      return this == ANY || this == computer;
    }
  }

  static final class PolicyRec {
    int id;
    String name;
    String description = "";
    Integer parentId;
    final EnumMap<SecurityModule, ModuleState> states = new EnumMap<>(SecurityModule.class);
    final EnumMap<RuleKind, TreeSet<Integer>> direct = new EnumMap<>(RuleKind.class);
    String recommendationScanMode = "off";
    boolean autoApplyRecommendations;

    /** Policy-level IPS rule overrides: rule ID to the overridden REST properties. */
    final Map<Integer, Map<String, Object>> ipsOverrides = new LinkedHashMap<>();

    /** Rule overrides of every module kind (IPS: {@link #ipsOverrides}). */
    final EnumMap<RuleKind, Map<Integer, Map<String, Object>>> overrides =
        new EnumMap<>(RuleKind.class);

    /** The policy's own setting values by canonical name ({@link SimSettings}). */
    final Map<String, String> settings = new java.util.TreeMap<>();

    PolicyRec() {
      for (RuleKind k : RuleKind.values()) {
        direct.put(k, new TreeSet<>());
        overrides.put(k, new LinkedHashMap<>());
      }
      overrides.put(RuleKind.INTRUSION_PREVENTION, ipsOverrides);
    }
  }

  static final class RuleRec {
    RuleKind kind;
    int id;
    String name;
    String description = "";
    String identifier;
    Severity severity;
    List<String> cves = List.of();
    Double cvss;
    boolean detectOnly;
    Integer appTypeId;
    Instant issued;
    Instant lastUpdated;
    String priority = "normal";
    String type = "vulnerability";
    boolean authoritative = true;
    boolean raiseAlert;
    boolean disableEvent;
    boolean includePacketData;
    boolean ignoreRecommendations;
    Platform platform = Platform.ANY;

    /** Rules shipped by an update that every computer of the platform needs. */
    boolean alwaysRecommended;

    // firewall / application type
    String action;
    String direction = "incoming";
    String protocol = "tcp";
    String ports;
    // log inspection
    int level;
    String files;
    // integrity monitoring
    boolean realTime;
    String customXml;

    /** Rule XML set through an API (IPS, log inspection); null: the generated one. */
    String ruleXml;

    /** The intrusion prevention rules this one needs: assigning it assigns them too. */
    final java.util.List<Integer> dependsOn = new java.util.ArrayList<>();

    /** Other REST fields set through {@code /api} on a custom rule, shown as set. */
    final Map<String, Object> restFields = new java.util.TreeMap<>();
  }

  static final class ComputerRec {
    int id;
    String hostName;
    String displayName = "";
    String description = "";
    String platform;
    Platform family;
    Integer policyId;
    Integer groupId;
    String agentVersion;
    String lastIp;
    String hostGuid;
    Instant lastAgentCommunication;
    Instant lastSendPolicyRequest;
    Instant lastSendPolicySuccess;
    Instant lastAntiMalwareScan;
    Instant lastIntegrityScan;
    Instant lastEventsNow;
    Instant lastRecommendationScan;

    /** Rules assigned to the computer itself, besides its policy's. */
    final EnumMap<RuleKind, TreeSet<Integer>> direct = new EnumMap<>(RuleKind.class);

    /** Rule overrides on the computer: kind to rule ID to the overridden REST properties. */
    final EnumMap<RuleKind, Map<Integer, Map<String, Object>>> overrides =
        new EnumMap<>(RuleKind.class);

    {
      for (RuleKind k : RuleKind.values()) {
        direct.put(k, new TreeSet<>());
        overrides.put(k, new LinkedHashMap<>());
      }
    }

    /** The computer's own setting values by canonical name ({@link SimSettings}). */
    final Map<String, String> settings = new java.util.TreeMap<>();

    /** Snapshot of the last completed recommendation scan; empty when never scanned. */
    final EnumMap<RuleKind, TreeSet<Integer>> recommended = new EnumMap<>(RuleKind.class);

    /** Monotonic deadline of a running scan, or 0. */
    long scanDoneAtNanos;

    boolean scanning;
    final List<String> warnings = new ArrayList<>();

    // The fleet's status (see Fleet): an activated agent, online or not, with its problems.
    boolean activated = true;
    boolean offline;
    final List<String> errors = new ArrayList<>();

    /** Since when the computer has had its current problem (an alert's time), or null. */
    Instant problemSince;

    /** An EC2 instance: its ID, account and availability zone; null when not in a cloud. */
    String instanceId;

    String accountId;
    String zone;

    /** The SOAP external ID (hosts an external system manages), or null. */
    String externalId;
  }

  static final class GroupRec {
    int id;
    String name;
    String description = "";
    Integer parentId;
  }

  record Applier(
      int ipsAdded, int ipsUpdated, int ipsAddedAndAssigned, int ipsDeleted, String summary) {}

  static final class UpdateRec {
    int id;
    String name;
    Instant released;
    Instant downloaded;
    String contentSummary;
    AppliedState state;
    boolean detectOnly;

    /** What applying does (for NOT_APPLIED) or did. */
    Applier applier;

    /** New IPS rules the package brings, not yet in the catalog while NOT_APPLIED. */
    final List<RuleRec> newRules = new ArrayList<>();

    final List<Integer> updatedRuleIds = new ArrayList<>();
  }

  /** A REST scheduled task, kept as the JSON object the API answers. */
  static final class TaskRec {
    final int id;
    final ObjectNode json;

    TaskRec(int id, ObjectNode json) {
      this.id = id;
      this.json = json;
    }

    String name() {
      return json.path("name").asText();
    }
  }

  /** One event; strings are derived from {@code variant} when rendered. */
  record EventRec(long id, long timeMillis, Integer hostId, int ruleId, int variant) {}

  static final class SessionRec {
    final String sid;
    long lastUsedNanos;

    /** The tenant state the session works in; null for the state that opened it. */
    Store scope;

    SessionRec(String sid, long now) {
      this.sid = sid;
      this.lastUsedNanos = now;
    }
  }
}
