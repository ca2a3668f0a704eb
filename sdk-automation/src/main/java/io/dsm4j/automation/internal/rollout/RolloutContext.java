package io.dsm4j.automation.internal.rollout;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.automation.DetectOnlyScope;
import io.dsm4j.automation.Scope;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every part of a rollout shares: the manager, the settings of the facade's builder, progress
 * lines, capability checks.
 *
 * @param manager the manager
 * @param scope the computers in scope
 * @param updateId the update to stage, or null for the newest pending one
 * @param scanTimeout how long to wait for scans
 * @param pollInterval how often a running scan is polled
 * @param scanConcurrency how many computers scan at once
 * @param sendPolicy whether apply sends policy
 * @param progress receives progress lines
 * @param clock the clock
 */
public record RolloutContext(
    Manager manager,
    Scope scope,
    Integer updateId,
    Duration scanTimeout,
    Duration pollInterval,
    int scanConcurrency,
    boolean sendPolicy,
    Consumer<String> progress,
    Clock clock) {
  static final RuleKind IPS = RuleKind.INTRUSION_PREVENTION;

  void say(String message) {
    progress.accept(message);
  }

  /** Per policy when the backends can set an override, else the rule's global flag. */
  DetectOnlyScope availableDetectOnlyScope() {
    return manager.capabilities().supports(Capability.IPS_DETECT_ONLY_PER_POLICY)
        ? DetectOnlyScope.PER_POLICY
        : DetectOnlyScope.GLOBAL;
  }

  static DetectOnlyScope scopeOf(Journal j) {
    return j.perPolicy() ? DetectOnlyScope.PER_POLICY : DetectOnlyScope.GLOBAL;
  }

  static Capability detectOnlyCapability(Journal j) {
    return j.perPolicy()
        ? Capability.IPS_DETECT_ONLY_PER_POLICY
        : Capability.IPS_DETECT_ONLY_GLOBAL;
  }

  void requireApply() {
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
    if (sendPolicy) {
      needed.add(Capability.ACTION_SEND_POLICY);
    }
    requireAll(needed, "apply");
  }

  /**
   * Fails before anything changes when a capability is missing.
   *
   * @throws UnsupportedCapabilityException naming what is missing
   */
  void requireAll(List<Capability> needed, String op) {
    List<String> missing = new ArrayList<>();
    for (Capability c : needed) {
      if (!manager.capabilities().supports(c, IPS)) {
        missing.add(c.name());
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String hint =
        missing.contains(Capability.SECURITY_UPDATES.name())
                || missing.contains(Capability.EVENTS.name())
            ? " (security updates and events exist only in the SOAP API: give a username and"
                + " password)"
            : missing.contains(Capability.IPS_DETECT_ONLY_PER_POLICY.name())
                ? " (this journal set detect-only per policy, which needs the REST API: give an"
                    + " API key)"
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

  /** Which backend each kind of operation goes to, e.g. {@code securityUpdates -> SOAP}. */
  Map<String, Backend> backends() {
    Map<String, Backend> m = new LinkedHashMap<>();
    put(m, "securityUpdates", Capability.SECURITY_UPDATES, null);
    put(m, "ipsCatalog", Capability.RULES, IPS);
    put(
        m,
        "detectOnly",
        availableDetectOnlyScope() == DetectOnlyScope.PER_POLICY
            ? Capability.IPS_DETECT_ONLY_PER_POLICY
            : Capability.IPS_DETECT_ONLY_GLOBAL,
        null);
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

  /** The IPS catalog as the journal records it. */
  List<Journal.RuleRef> catalog() {
    List<Journal.RuleRef> out = new ArrayList<>();
    for (Rule r : manager.rules().intrusionPrevention().list()) {
      out.add(
          new Journal.RuleRef(r.id(), r.identifier(), r.name(), r.detectOnly(), r.lastUpdated()));
    }
    return out;
  }

  /** The current global detect-only flag of every IPS rule (one listing, not a call per rule). */
  Map<Integer, Boolean> globalFlags() {
    Map<Integer, Boolean> m = new java.util.HashMap<>();
    for (Rule r : manager.rules().intrusionPrevention().list()) {
      m.put(r.id(), r.detectOnly());
    }
    return m;
  }
}
