package io.dsm4j.testkit;

import io.dsm4j.model.Computer;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.Store;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Thread-safe views of, and fixtures for, a running simulator's state. Views are snapshots; fixture
 * methods change the same state the REST and SOAP endpoints serve.
 *
 * <pre>{@code
 * SimulatorState state = simulator.state();
 * Policy p = state.addPolicy("Test Policy", state.policies().get(0).id());
 * state.assignRules(p.id(), RuleKind.INTRUSION_PREVENTION, List.of(1001, 1002));
 * }</pre>
 */
public final class SimulatorState {
  private final Store store;

  SimulatorState(Store store) {
    this.store = store;
  }

  public List<Policy> policies() {
    return store.policies();
  }

  public Optional<Policy> policy(int id) {
    return store.policy(id);
  }

  /** Rule IDs assigned directly on the policy, ascending. */
  public List<Integer> directRuleIds(int policyId, RuleKind kind) {
    return store.directRuleIds(policyId, Objects.requireNonNull(kind, "kind"));
  }

  /** Rule IDs in effect on the policy, inherited ones included, ascending. */
  public List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    return store.effectiveRuleIds(policyId, Objects.requireNonNull(kind, "kind"));
  }

  public Optional<Rule> rule(RuleKind kind, int id) {
    return store.rule(Objects.requireNonNull(kind, "kind"), id);
  }

  public int ruleCount(RuleKind kind) {
    return store.ruleCount(Objects.requireNonNull(kind, "kind"));
  }

  /** All rules of a kind in ID order. */
  public List<Rule> rules(RuleKind kind) {
    return store.rules(Objects.requireNonNull(kind, "kind"));
  }

  public List<Computer> computers() {
    return store.computers();
  }

  public List<SecurityUpdate> securityUpdates() {
    return store.securityUpdates();
  }

  /**
   * Creates a policy (all modules inherited, or off at top level).
   *
   * @throws IllegalArgumentException for a blank or duplicate name or an unknown parent
   */
  public Policy addPolicy(String name, Integer parentId) {
    return store.addPolicy(name, parentId);
  }

  /** Adds a Trend-style IPS rule to the catalog with the next free ID. */
  public Rule addIpsRule(
      String name, String identifier, Severity severity, List<String> cves, Instant lastUpdated) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cves, "cves");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    return store.addIpsRule(name, identifier, severity, cves, lastUpdated);
  }

  /**
   * Sets the manager-wide "apply new rule updates to policies automatically" setting (REST {@code
   * platformSettingUpdateRulesPolicyAutoApplyEnabled}, SOAP {@code
   * CONFIGURATION_DSRUAUTOAPPLYNEWDSRUS}); off by default.
   */
  public void setRuleUpdatesAutoApplied(boolean on) {
    store.setRuleUpdatesAutoApplied(on);
  }

  /**
   * Sets a policy's automatic application of IPS recommendations and its ongoing recommendation
   * scans; both off by default.
   */
  public void setPolicyStaging(
      int policyId, boolean autoApplyRecommendations, boolean ongoingScans) {
    store.setPolicyStaging(policyId, autoApplyRecommendations, ongoingScans);
  }

  /** Adds direct assignments to a policy, as a test fixture. */
  public void assignRules(int policyId, RuleKind kind, List<Integer> ruleIds) {
    store.assignRules(policyId, Objects.requireNonNull(kind, "kind"), List.copyOf(ruleIds));
  }

  /**
   * Adds {@code count} events timed uniformly in [{@code from}, {@code to}] with fresh IDs, on the
   * given computer (or spread over computers when null); returns {@code count}.
   */
  public int addEvents(EventKind kind, int count, Instant from, Instant to, Integer computerId) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return store.addEvents(kind, count, from, to, computerId);
  }

  public long eventCount(EventKind kind) {
    return store.eventCount(Objects.requireNonNull(kind, "kind"));
  }

  /** SOAP sessions successfully opened. */
  public int sessionsOpened() {
    return store.sessionsOpened();
  }

  /** SOAP sessions ended with {@code endSession}. */
  public int sessionsEnded() {
    return store.sessionsEnded();
  }

  /** SOAP sessions that are neither ended nor idle past the timeout. */
  public int activeSessions() {
    return store.activeSessions();
  }

  /** All requests received (both protocols, faulted ones included). */
  public int requestCount() {
    return store.requestCount();
  }

  /**
   * The IPS detect-only overrides a policy sets for single rules (REST {@code POST
   * /policies/{id}/intrusionprevention/rules/{ruleID}} with {@code detectOnly}): rule ID to the
   * overriding value, ascending; empty for an unknown policy or none. The catalog rule itself is
   * unchanged by these.
   */
  public Map<Integer, Boolean> policyDetectOnlyOverrides(int policyId) {
    return store.policyDetectOnlyOverrides(policyId);
  }

  /**
   * How many times each computer action ran, by its REST scheduled-task type name ({@code
   * scan-for-recommendations}, {@code scan-for-malware}, {@code scan-for-integrity-changes}, {@code
   * send-policy}, {@code check-for-security-updates}, {@code scan-for-open-ports}) or SOAP-only
   * action ({@code get-events-now}, {@code clear-warnings-errors}). One REST task run or one SOAP
   * host operation counts once, whatever the number of computers; the SOAP host operations map to
   * these names ({@code hostRecommendationScan} is {@code scan-for-recommendations}, {@code
   * hostUpdateNow} is {@code send-policy}...).
   */
  public Map<String, Integer> computerActionCounts() {
    return store.computerActionRuns();
  }

  /**
   * How many times each computer action (named as in {@link #computerActionCounts()}) ran on it.
   */
  public Map<String, Integer> computerActionCounts(int computerId) {
    return store.computerActionRuns(computerId);
  }

  /**
   * The security updates applied through {@code securityUpdateApply}, in application order: update
   * ID to whether its new rules were applied detect-only. Re-applying the current update, which
   * changes nothing, is not listed again.
   */
  public Map<Integer, Boolean> appliedSecurityUpdates() {
    return store.appliedSecurityUpdates();
  }

  /**
   * The rule IDs recommended for a computer by its last completed recommendation scan (seeded at
   * start for half of the computers), ascending; empty when never scanned. A scan whose delay has
   * passed completes now, as it would on the next wire request.
   *
   * @throws IllegalArgumentException for an unknown computer
   */
  public List<Integer> recommendedRuleIds(int computerId, RuleKind kind) {
    return store.recommendedRuleIds(computerId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The rule IDs recommended for a policy: the union over the computers using it, as SOAP {@code
   * securityProfileRecommendationRuleIDsRetrieve} answers, ascending.
   *
   * @throws IllegalArgumentException for an unknown policy
   */
  public List<Integer> policyRecommendedRuleIds(int policyId, RuleKind kind) {
    return store.policyRecommendedRuleIds(policyId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Requests per operation, e.g. {@code "POST /api/policies/search"}, {@code "GET
   * /api/policies/{id}"} or {@code "soap:securityProfileSave"}; faulted requests are not counted.
   */
  public Map<String, Integer> operationCounts() {
    return store.operationCounts();
  }

  /**
   * The value set in exactly this scope, not inherited (REST or SOAP name); empty when the scope
   * holds none. Intrusion prevention auto-apply is always a policy's own value.
   *
   * @throws IllegalArgumentException for an unknown policy or computer
   */
  public Optional<String> ownSetting(io.dsm4j.model.SettingScope scope, String name) {
    return store.ownSetting(Objects.requireNonNull(scope, "scope"), name);
  }

  /**
   * The rules assigned to a computer itself (besides its policy's), ascending.
   *
   * @throws IllegalArgumentException for an unknown computer
   */
  public List<Integer> computerDirectRuleIds(int computerId, RuleKind kind) {
    return store.computerDirectRuleIds(computerId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The fields overridden on a policy for one rule, by REST name (empty when none).
   *
   * @throws IllegalArgumentException for an unknown policy
   */
  public Map<String, Object> policyRuleOverrides(int policyId, RuleKind kind, int ruleId) {
    return store.ruleOverrides(false, policyId, Objects.requireNonNull(kind, "kind"), ruleId);
  }

  /**
   * The fields overridden on a computer for one rule, by REST name (empty when none).
   *
   * @throws IllegalArgumentException for an unknown computer
   */
  public Map<String, Object> computerRuleOverrides(int computerId, RuleKind kind, int ruleId) {
    return store.ruleOverrides(true, computerId, Objects.requireNonNull(kind, "kind"), ruleId);
  }

  /**
   * The rule XML the manager holds for a rule, plain; empty for firewall rules and application
   * types.
   *
   * @throws IllegalArgumentException for an unknown rule
   */
  public Optional<String> ruleXml(RuleKind kind, int id) {
    return store.ruleXml(Objects.requireNonNull(kind, "kind"), id);
  }

  /**
   * The REST fields a custom rule was given that the simulator does not model (kept as set).
   *
   * @throws IllegalArgumentException for an unknown rule
   */
  public Map<String, Object> ruleRestFields(RuleKind kind, int id) {
    return store.ruleRestFields(Objects.requireNonNull(kind, "kind"), id);
  }
}
