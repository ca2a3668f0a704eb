package io.dsm4j.testkit;

import io.dsm4j.model.AgentStatus;
import io.dsm4j.model.Alert;
import io.dsm4j.model.Computer;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.Severity;
import io.dsm4j.testkit.internal.AdminViews;
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
  private final AdminViews admin;

  SimulatorState(Store store) {
    this.store = store;
    this.admin = new AdminViews(store);
  }

  /**
   * Every policy, in ID order.
   *
   * @return the policies
   */
  public List<Policy> policies() {
    return store.policies();
  }

  /**
   * One policy as {@link #policies()} shows it.
   *
   * @param id the policy's ID
   * @return the policy, or empty when there is none with this ID
   */
  public Optional<Policy> policy(int id) {
    return store.policy(id);
  }

  /**
   * Rule IDs assigned directly on the policy, ascending.
   *
   * @param policyId the policy's ID
   * @param kind the kind of rules
   * @return the IDs; empty for an unknown policy
   */
  public List<Integer> directRuleIds(int policyId, RuleKind kind) {
    return store.directRuleIds(policyId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Rule IDs in effect on the policy, inherited ones included, ascending.
   *
   * @param policyId the policy's ID
   * @param kind the kind of rules
   * @return the IDs its own assignments and its ancestors' add up to; empty for an unknown policy
   */
  public List<Integer> effectiveRuleIds(int policyId, RuleKind kind) {
    return store.effectiveRuleIds(policyId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * One rule of the catalog.
   *
   * @param kind the kind of rule
   * @param id the rule's ID within its kind
   * @return the rule, or empty when the catalog of that kind has none with this ID
   */
  public Optional<Rule> rule(RuleKind kind, int id) {
    return store.rule(Objects.requireNonNull(kind, "kind"), id);
  }

  /**
   * The size of one kind's rule catalog.
   *
   * @param kind the kind of rules
   * @return how many rules of that kind the catalog holds
   */
  public int ruleCount(RuleKind kind) {
    return store.ruleCount(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * All rules of a kind in ID order.
   *
   * @param kind the kind of rules
   * @return the catalog's rules of that kind
   */
  public List<Rule> rules(RuleKind kind) {
    return store.rules(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Every computer in ID order, with its status as the simulator decides it: agent status (online,
   * offline, warning, error, unmanaged), last communication, last policy sent, module states,
   * status messages, address, EC2 instance and (in {@link Computer#extra()}) the SOAP {@code
   * externalID}. Module messages are the SOAP texts.
   *
   * @return the computers
   */
  public List<Computer> computers() {
    return store.computers();
  }

  /**
   * One computer as {@link #computers()} shows it.
   *
   * @param id the computer's ID
   * @return the computer, or empty when there is none with this ID
   */
  public Optional<Computer> computer(int id) {
    return store.computer(id);
  }

  /**
   * Adds {@code count} computers after the last, shaped like the seeded ones (statuses, EC2
   * instances, external IDs by index), with the last policy and the groups in turn; for large
   * fleets ({@code fleet-NNNNN.corp.example.com}).
   *
   * @param count how many computers to add, 0 to 1,000,000
   * @return the computers added
   * @throws IllegalArgumentException for a count outside 0 to 1,000,000
   */
  public List<Computer> addComputers(int count) {
    if (count < 0 || count > 1_000_000) {
      throw new IllegalArgumentException("count must be 0 to 1,000,000");
    }
    return store.addComputers(count);
  }

  /**
   * Puts a computer in an agent status, as a fixture: activated or not, offline (last seen two days
   * ago), with a warning or an error, or online.
   *
   * @param computerId the computer's ID
   * @param status the status to put it in; anything but {@link AgentStatus#UNKNOWN}
   * @return the computer as {@link #computers()} shows it now
   * @throws IllegalArgumentException for an unknown computer or {@link AgentStatus#UNKNOWN}
   */
  public Computer setAgentStatus(int computerId, AgentStatus status) {
    if (Objects.requireNonNull(status, "status") == AgentStatus.UNKNOWN) {
      throw new IllegalArgumentException("a computer's status is never unknown here");
    }
    return store.setAgentStatus(computerId, status);
  }

  /**
   * The manager's current alerts, as SOAP {@code alertStatusRetrieve} answers them: one per raised
   * type ({@code Agent/Appliance Error}, {@code Computer Offline}, {@code Agent/Appliance
   * Warning}), with the earliest time a computer raised it.
   *
   * @return the alerts raised now; empty when no computer raises one
   */
  public List<Alert> alerts() {
    return store.alerts();
  }

  /**
   * The agent deployment scripts generated, per platform ({@code linux}, {@code windows}, …).
   *
   * @return how many scripts were generated for each platform, platforms in alphabetical order
   */
  public Map<String, Integer> deploymentScripts() {
    return store.deploymentScripts();
  }

  /**
   * The security updates the manager knows, in ID order.
   *
   * @return the updates, each with whether it has been applied
   */
  public List<SecurityUpdate> securityUpdates() {
    return store.securityUpdates();
  }

  /**
   * Creates a policy (all modules inherited, or off at top level).
   *
   * @param name the new policy's name, unique among policies
   * @param parentId the parent policy's ID, or null for a top-level policy
   * @return the policy created, with its new ID
   * @throws IllegalArgumentException for a blank or duplicate name or an unknown parent
   */
  public Policy addPolicy(String name, Integer parentId) {
    return store.addPolicy(name, parentId);
  }

  /**
   * Adds a Trend-style IPS rule to the catalog with the next free ID.
   *
   * @param name the rule's name
   * @param identifier the Trend identifier, e.g. {@code 1000552}
   * @param severity the rule's severity
   * @param cves the CVE IDs the rule covers, possibly none
   * @param lastUpdated when the rule was issued and last updated
   * @return the rule added
   */
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
   *
   * @param on whether new rule updates are applied to policies automatically
   */
  public void setRuleUpdatesAutoApplied(boolean on) {
    store.setRuleUpdatesAutoApplied(on);
  }

  /**
   * Sets a policy's automatic application of IPS recommendations and its ongoing recommendation
   * scans; both off by default.
   *
   * @param policyId the policy's ID
   * @param autoApplyRecommendations whether the policy applies IPS recommendations automatically
   * @param ongoingScans whether the policy runs ongoing recommendation scans
   * @throws IllegalArgumentException for an unknown policy
   */
  public void setPolicyStaging(
      int policyId, boolean autoApplyRecommendations, boolean ongoingScans) {
    store.setPolicyStaging(policyId, autoApplyRecommendations, ongoingScans);
  }

  /**
   * Adds direct assignments to a policy, as a test fixture.
   *
   * @param policyId the policy's ID
   * @param kind the kind of the rules
   * @param ruleIds the IDs of catalog rules of that kind to assign
   * @throws IllegalArgumentException for an unknown policy or a rule ID not in the catalog
   */
  public void assignRules(int policyId, RuleKind kind, List<Integer> ruleIds) {
    store.assignRules(policyId, Objects.requireNonNull(kind, "kind"), List.copyOf(ruleIds));
  }

  /**
   * Adds {@code count} events timed uniformly in [{@code from}, {@code to}] with fresh IDs, on the
   * given computer (or spread over computers when null).
   *
   * @param kind the kind of events
   * @param count how many events to add, at least 0
   * @param from the earliest event time
   * @param to the latest event time, not before {@code from}
   * @param computerId the computer the events are on, or null to spread them over all computers
   * @return {@code count}
   * @throws IllegalArgumentException for a negative count, {@code to} before {@code from} or an
   *     unknown computer
   */
  public int addEvents(EventKind kind, int count, Instant from, Instant to, Integer computerId) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return store.addEvents(kind, count, from, to, computerId);
  }

  /**
   * The size of one kind's event log.
   *
   * @param kind the kind of events
   * @return how many events of that kind the manager holds, seeded and added ones alike
   */
  public long eventCount(EventKind kind) {
    return store.eventCount(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * SOAP sessions successfully opened.
   *
   * @return how many were opened since the simulator started
   */
  public int sessionsOpened() {
    return store.sessionsOpened();
  }

  /**
   * SOAP sessions ended with {@code endSession}.
   *
   * @return how many were ended since the simulator started
   */
  public int sessionsEnded() {
    return store.sessionsEnded();
  }

  /**
   * SOAP sessions that are neither ended nor idle past the timeout.
   *
   * @return how many sessions are usable now
   */
  public int activeSessions() {
    return store.activeSessions();
  }

  /**
   * All requests received (both protocols, faulted ones included).
   *
   * @return how many requests arrived since the simulator started
   */
  public int requestCount() {
    return store.requestCount();
  }

  /**
   * The IPS detect-only overrides a policy sets for single rules (REST {@code POST
   * /policies/{id}/intrusionprevention/rules/{ruleID}} with {@code detectOnly}): rule ID to the
   * overriding value, ascending; empty for an unknown policy or none. The catalog rule itself is
   * unchanged by these.
   *
   * @param policyId the policy's ID
   * @return the overrides by rule ID
   */
  public Map<Integer, Boolean> policyDetectOnlyOverrides(int policyId) {
    return store.policyDetectOnlyOverrides(policyId);
  }

  /**
   * How many times each computer action ran, by its REST scheduled-task type name ({@code
   * scan-for-recommendations}, {@code scan-for-malware}, {@code scan-for-integrity-changes}, {@code
   * send-policy}, {@code check-for-security-updates}, {@code scan-for-open-ports}) or SOAP-only
   * action ({@code get-events-now}, {@code clear-warnings-errors}, {@code activate}, {@code
   * deactivate}). One REST task run or one SOAP host operation counts once, whatever the number of
   * computers; the SOAP host operations map to these names ({@code hostRecommendationScan} is
   * {@code scan-for-recommendations}, {@code hostUpdateNow} is {@code send-policy}...).
   *
   * @return the runs by action name, names in alphabetical order; actions that never ran are absent
   */
  public Map<String, Integer> computerActionCounts() {
    return store.computerActionRuns();
  }

  /**
   * How many times each computer action (named as in {@link #computerActionCounts()}) ran on a
   * computer.
   *
   * @param computerId the computer's ID
   * @return the runs on that computer by action name; empty when none ran on it
   */
  public Map<String, Integer> computerActionCounts(int computerId) {
    return store.computerActionRuns(computerId);
  }

  /**
   * The security updates applied through {@code securityUpdateApply}, in application order: update
   * ID to whether its new rules were applied detect-only. Re-applying the current update, which
   * changes nothing, is not listed again.
   *
   * @return whether each applied update's new rules were applied detect-only, by update ID
   */
  public Map<Integer, Boolean> appliedSecurityUpdates() {
    return store.appliedSecurityUpdates();
  }

  /**
   * The rule IDs recommended for a computer by its last completed recommendation scan (seeded at
   * start for half of the computers), ascending; empty when never scanned. A scan whose delay has
   * passed completes now, as it would on the next wire request.
   *
   * @param computerId the computer's ID
   * @param kind the kind of rules
   * @return the recommended rule IDs
   * @throws IllegalArgumentException for an unknown computer
   */
  public List<Integer> recommendedRuleIds(int computerId, RuleKind kind) {
    return store.recommendedRuleIds(computerId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The rule IDs recommended for a policy: the union over the computers using it, as SOAP {@code
   * securityProfileRecommendationRuleIDsRetrieve} answers, ascending.
   *
   * @param policyId the policy's ID
   * @param kind the kind of rules
   * @return the recommended rule IDs; empty when no computer using the policy has any
   * @throws IllegalArgumentException for an unknown policy
   */
  public List<Integer> policyRecommendedRuleIds(int policyId, RuleKind kind) {
    return store.policyRecommendedRuleIds(policyId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Requests per operation, e.g. {@code "POST /api/policies/search"}, {@code "GET
   * /api/policies/{id}"} or {@code "soap:securityProfileSave"}; faulted requests are not counted.
   *
   * @return the number of requests by operation
   */
  public Map<String, Integer> operationCounts() {
    return store.operationCounts();
  }

  /**
   * The value set in exactly this scope, not inherited (REST or SOAP name); empty when the scope
   * holds none. Intrusion prevention auto-apply is always a policy's own value.
   *
   * @param scope the scope
   * @param name the setting's name
   * @return its own value there, if any
   * @throws IllegalArgumentException for an unknown policy or computer
   */
  public Optional<String> ownSetting(io.dsm4j.model.SettingScope scope, String name) {
    return store.ownSetting(Objects.requireNonNull(scope, "scope"), name);
  }

  /**
   * The rules assigned to a computer itself (besides its policy's), ascending.
   *
   * @param computerId the computer
   * @param kind the rule kind
   * @return the rule IDs
   * @throws IllegalArgumentException for an unknown computer
   */
  public List<Integer> computerDirectRuleIds(int computerId, RuleKind kind) {
    return store.computerDirectRuleIds(computerId, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The fields overridden on a policy for one rule, by REST name (empty when none).
   *
   * @param policyId the policy
   * @param kind the rule kind
   * @param ruleId the rule
   * @return the overridden fields
   * @throws IllegalArgumentException for an unknown policy
   */
  public Map<String, Object> policyRuleOverrides(int policyId, RuleKind kind, int ruleId) {
    return store.ruleOverrides(false, policyId, Objects.requireNonNull(kind, "kind"), ruleId);
  }

  /**
   * The fields overridden on a computer for one rule, by REST name (empty when none).
   *
   * @param computerId the computer
   * @param kind the rule kind
   * @param ruleId the rule
   * @return the overridden fields
   * @throws IllegalArgumentException for an unknown computer
   */
  public Map<String, Object> computerRuleOverrides(int computerId, RuleKind kind, int ruleId) {
    return store.ruleOverrides(true, computerId, Objects.requireNonNull(kind, "kind"), ruleId);
  }

  /**
   * Declares the intrusion prevention rules a rule depends on ({@code dependsOnRuleIDs}): REST
   * assignments add them as the manager does; SOAP answers them in {@code
   * DPIRuleDependenciesRetrieve}.
   *
   * @param ipsRuleId the intrusion prevention rule
   * @param dependsOn the rules it needs (empty: none)
   * @throws IllegalArgumentException for an unknown rule
   */
  public void setRuleDependencies(int ipsRuleId, List<Integer> dependsOn) {
    store.setRuleDependencies(ipsRuleId, List.copyOf(dependsOn));
  }

  /**
   * The rule XML the manager holds for a rule, plain; empty for firewall rules and application
   * types.
   *
   * @param kind the rule kind
   * @param id the rule
   * @return the rule XML, if the kind has one
   * @throws IllegalArgumentException for an unknown rule
   */
  public Optional<String> ruleXml(RuleKind kind, int id) {
    return store.ruleXml(Objects.requireNonNull(kind, "kind"), id);
  }

  /**
   * The REST fields a custom rule was given that the simulator does not model (kept as set).
   *
   * @param kind the rule kind
   * @param id the rule
   * @return the fields by REST name
   * @throws IllegalArgumentException for an unknown rule
   */
  public Map<String, Object> ruleRestFields(RuleKind kind, int id) {
    return store.ruleRestFields(Objects.requireNonNull(kind, "kind"), id);
  }

  // ------------------------------------------------------------------ views by resource

  /**
   * The fleet's reference objects: item lists, computer groups, schedules, anti-malware
   * configurations, scheduled and event-based tasks.
   *
   * @return the view, over this state
   */
  public FleetState fleet() {
    return new FleetState(store);
  }

  /**
   * Tenants and administration: tenants, API keys, administrators, roles, cloud connectors.
   *
   * @return the view, over this state
   */
  public AdministrationState administration() {
    return new AdministrationState(admin);
  }
}
