package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.CredentialCheck;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.Page;
import io.dsm4j.RuleAssignments;
import io.dsm4j.exception.AuthenticationException;
import io.dsm4j.exception.ConnectionException;
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
import io.dsm4j.model.IpList;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.SecurityModule;
import io.dsm4j.model.SecurityUpdate;
import io.dsm4j.model.Severity;
import io.dsm4j.model.StagingSettings;
import io.dsm4j.testkit.DsmSimulator;
import io.dsm4j.testkit.SimulatorState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every public behaviour of dsm4j, stated once and run against the stateful simulator through a
 * real backend. A backend extends this and names itself; what it declares it must do, and what it
 * does not declare must fail with {@link UnsupportedCapabilityException} before any call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ManagerContractTest {
  /** Events per answer: small, so that truncated windows are split and re-read. */
  private static final int EVENT_CAP = 40;

  private DsmSimulator sim;
  private SimulatorState state;

  /** The manager under test, new for every test. */
  protected Manager manager;

  /**
   * @return the backend under test ({@link Backend#AUTO} uses both)
   */
  protected abstract Backend backend();

  @BeforeAll
  void startSimulator() {
    sim = DsmSimulator.builder().eventCap(EVENT_CAP).scanDelay(Duration.ZERO).start();
    state = sim.state();
  }

  @AfterAll
  void stopSimulator() {
    if (sim != null) {
      sim.close();
    }
  }

  @BeforeEach
  void newManager() {
    manager = sim.managerBuilder(backend()).pageSize(50).build();
  }

  @AfterEach
  void closeManager() {
    manager.close();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static int identifiers = 9_700_000;

  /** A Trend-style identifier no seeded rule has. */
  private static synchronized String freshIdentifier() {
    return String.valueOf(++identifiers);
  }

  private boolean supports(Capability c, RuleKind k) {
    return manager.capabilities().supports(c, k);
  }

  private boolean supports(Capability c) {
    return manager.capabilities().supports(c);
  }

  private void assertUnsupported(ThrowingCallable call) {
    int before = state.requestCount();
    assertThatThrownBy(call)
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("not supported");
    assertThat(state.requestCount()).as("no request is sent").isEqualTo(before);
  }

  // ------------------------------------------------------------------ manager

  @Test
  void info_reportsTheBackendsAndTheirCapabilities() {
    ManagerInfo info = manager.info();

    assertThat(info.backends()).isEqualTo(manager.backends());
    assertThat(info.apiVersion()).isNotBlank();
    assertThat(info.capabilities().keySet()).isEqualTo(manager.backends());
    if (backend() != Backend.AUTO) {
      assertThat(info.backends()).containsExactly(backend());
    }
  }

  @Test
  void verify_checksEveryConfiguredCredential() {
    List<CredentialCheck> checks = manager.verify();

    assertThat(checks)
        .extracting(CredentialCheck::backend)
        .containsExactlyElementsOf(manager.backends().stream().sorted().toList());
    assertThat(checks)
        .allSatisfy(
            c -> {
              assertThat(c.ok()).as(String.valueOf(c.failure())).isTrue();
              assertThat(c.reachable()).isTrue();
              assertThat(c.apiVersion()).isNotBlank();
            });
  }

  @Test
  void verify_reportsEachRefusedCredential_evenNextToAnAcceptedOne() {
    // AUTO: a right API key with a wrong password; REST or SOAP alone: its only credential wrong.
    Manager.Builder b = sim.managerBuilder(backend());
    if (backend() == Backend.REST) {
      b.apiKey("2:not-the-key");
    } else {
      b.password("not-the-password".toCharArray());
    }
    try (Manager m = b.build()) {
      List<CredentialCheck> checks = m.verify();

      assertThat(checks).hasSize(m.backends().size());
      for (CredentialCheck c : checks) {
        boolean refused = backend() == Backend.REST || c.backend() == Backend.SOAP;
        assertThat(c.ok()).as(c.backend().name()).isEqualTo(!refused);
        assertThat(c.reachable()).isTrue();
        if (refused) {
          assertThat(c.failure()).isInstanceOf(AuthenticationException.class);
          assertThat(c.failure().getMessage()).doesNotContain("not-the-");
        }
      }
    }
  }

  @Test
  void verify_anUnreachableManager_isReportedNotThrown() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Manager.Builder b = sim.managerBuilder(backend()).url("http://127.0.0.1:" + port);
    b.retry(io.dsm4j.RetryOptions.none());
    try (Manager m = b.build()) {
      assertThat(m.verify())
          .isNotEmpty()
          .allSatisfy(
              c -> {
                assertThat(c.reachable()).isFalse();
                assertThat(c.failure()).isInstanceOf(ConnectionException.class);
              });
    }
  }

  @Test
  void close_endsTheSessionExactlyOnce() {
    Manager m = sim.managerBuilder(backend()).build();
    int opened = state.sessionsOpened();
    int ended = state.sessionsEnded();
    boolean soap = m.backends().contains(Backend.SOAP);
    if (soap) {
      m.securityUpdates().list().stream().toList(); // SOAP-only: AUTO opens its SOAP session too
      m.securityUpdates().list().stream().toList();
    } else {
      m.policies().list().stream().findFirst();
    }

    m.close();
    m.close();

    assertThat(state.sessionsOpened() - opened).isEqualTo(soap ? 1 : 0);
    assertThat(state.sessionsEnded() - ended).isEqualTo(soap ? 1 : 0);
  }

  @Test
  void close_withoutAnyCall_opensNoSession() {
    int opened = state.sessionsOpened();
    int requests = state.requestCount();

    sim.managerBuilder(backend()).build().close();

    assertThat(state.sessionsOpened()).isEqualTo(opened);
    assertThat(state.requestCount()).isEqualTo(requests);
  }

  @Test
  void closedManager_refusesCalls() {
    Manager m = sim.managerBuilder(backend()).build();
    m.close();

    assertThatThrownBy(() -> m.policies().get(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalidArguments_failBeforeAnyRequest() {
    int before = state.requestCount();

    assertThatThrownBy(() -> manager.policies().get(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> manager.policies().findByName(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                manager.policies().assignments(RuleKind.INTRUSION_PREVENTION).assign(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleQuery.builder().cve("CVE-21-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> manager.computers().run(ComputerAction.SEND_POLICY, List.of(1, -2)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(state.requestCount()).isEqualTo(before);
  }

  @Test
  void toString_neverShowsCredentials() {
    assertThat(manager.toString()).doesNotContain(sim.apiKey()).doesNotContain(sim.password());
    assertThat(sim.managerBuilder(backend()).toString())
        .doesNotContain(sim.apiKey())
        .doesNotContain(sim.password());
  }

  // ------------------------------------------------------------------ policies

  @Test
  void policiesGet_existing_returnsIt() {
    Policy seeded = state.addPolicy(unique("tck-get"), null);

    Policy p = manager.policies().get(seeded.id());

    assertThat(p.id()).isEqualTo(seeded.id());
    assertThat(p.name()).isEqualTo(seeded.name());
    assertThat(p.parentId()).isNull();
  }

  @Test
  void policiesGet_missing_throwsNotFound() {
    assertThatThrownBy(() -> manager.policies().get(987_654))
        .isInstanceOf(NotFoundException.class)
        .satisfies(
            e -> {
              NotFoundException nf = (NotFoundException) e;
              assertThat(nf.operation()).startsWith("policies.get");
              assertThat(nf.backend()).isIn(Backend.REST, Backend.SOAP);
            });
  }

  @Test
  void policiesFindByName_isExact_evenWithWildcardCharacters() {
    String base = unique("tck");
    Policy literal = state.addPolicy(base + "_a%1", null);
    state.addPolicy(base + "XaY1", null);

    assertThat(manager.policies().findByName(base + "_a%1")).map(Policy::id).contains(literal.id());
    assertThat(manager.policies().findByName(base + "_aZ1")).isEmpty();
    assertThat(manager.policies().findByName(base + "Xa%1")).isEmpty();
  }

  @Test
  void policiesList_acrossPages_returnsEveryPolicyOnce() {
    for (int i = 0; i < 5; i++) {
      state.addPolicy(unique("tck-page"), null);
    }
    Manager small = sim.managerBuilder(backend()).pageSize(2).build();
    try {
      List<Integer> listed = small.policies().list().stream().map(Policy::id).toList();
      int pages = 0;
      for (Page<Policy> p : small.policies().list().byPage()) {
        pages++;
        assertThat(p.items()).isNotEmpty();
      }

      assertThat(listed)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(state.policies().stream().map(Policy::id).toList());
      if (small.backendFor(Capability.POLICIES, null).orElseThrow() == Backend.REST) {
        // Keyset paging: pages of at most 2, so more than one page for 5+ policies.
        assertThat(pages).isGreaterThanOrEqualTo((listed.size() + 1) / 2);
        for (Page<Policy> p : small.policies().list().byPage()) {
          assertThat(p.items()).hasSizeLessThanOrEqualTo(2);
        }
      } else {
        // SOAP's …RetrieveAll answers everything at once: one page.
        assertThat(pages).isEqualTo(1);
      }
    } finally {
      small.close();
    }
  }

  @Test
  void policies_createUpdateDelete_roundTrip() {
    Policy parent = state.addPolicy(unique("tck-parent"), null);
    String name = unique("tck-child");

    Policy created =
        manager
            .policies()
            .create(
                PolicyDraft.builder(name)
                    .parentId(parent.id())
                    .description("made by the contract suite")
                    .moduleState(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT)
                    .build());

    assertThat(created.id()).isPositive();
    assertThat(created.name()).isEqualTo(name);
    assertThat(created.parentId()).isEqualTo(parent.id());
    assertThat(created.moduleStates())
        .containsEntry(SecurityModule.INTRUSION_PREVENTION, ModuleState.DETECT);
    assertThat(state.policy(created.id())).isPresent();

    Policy updated =
        manager
            .policies()
            .update(created.id(), PolicyUpdate.builder().description("changed").build());

    assertThat(updated.description()).isEqualTo("changed");
    assertThat(updated.name()).isEqualTo(name);
    assertThat(updated.parentId()).isEqualTo(parent.id());
    assertThat(manager.policies().get(created.id()).description()).isEqualTo("changed");

    manager.policies().delete(created.id());

    assertThat(state.policy(created.id())).isEmpty();
    assertThatThrownBy(() -> manager.policies().get(created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void policiesCreate_withATakenName_throwsConflict() {
    Policy taken = state.addPolicy(unique("tck-taken"), null);

    assertThatThrownBy(() -> manager.policies().create(PolicyDraft.builder(taken.name()).build()))
        .isInstanceOf(io.dsm4j.exception.ConflictException.class);
  }

  @Test
  void policiesDelete_missing_throwsNotFound() {
    assertThatThrownBy(() -> manager.policies().delete(987_655))
        .isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------ assignments

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void assignments_onChildPolicy_directAndEffectiveDiffer(RuleKind kind) {
    RuleAssignments a = manager.policies().assignments(kind);
    Policy parent = state.addPolicy(unique("tck-a-parent"), null);
    Policy child = state.addPolicy(unique("tck-a-child"), parent.id());
    if (!supports(Capability.RULE_ASSIGNMENT, kind)) {
      assertUnsupported(() -> a.direct(child.id()));
      assertUnsupported(() -> a.assign(child.id(), List.of(1)));
      return;
    }
    List<Integer> ids = state.rules(kind).stream().map(Rule::id).limit(3).toList();
    assertThat(ids).hasSize(3);
    state.assignRules(parent.id(), kind, ids.subList(0, 2));

    List<Integer> after = a.assign(child.id(), List.of(ids.get(2)));

    assertThat(after).containsExactly(ids.get(2));
    assertThat(a.direct(child.id())).containsExactly(ids.get(2));
    assertThat(a.effective(child.id())).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(a.direct(parent.id())).containsExactlyElementsOf(ids.subList(0, 2));
    assertThat(state.directRuleIds(child.id(), kind)).containsExactly(ids.get(2));
  }

  @Test
  void assignments_assignUnassignReplace_roundTrip() {
    RuleKind kind = RuleKind.INTRUSION_PREVENTION;
    RuleAssignments a = manager.policies().assignments(kind);
    Policy p = state.addPolicy(unique("tck-rt"), null);
    List<Integer> ids = state.rules(kind).stream().map(Rule::id).limit(4).toList();

    assertThat(a.assign(p.id(), ids.subList(0, 2))).containsExactlyElementsOf(ids.subList(0, 2));
    assertThat(a.assign(p.id(), ids.subList(1, 3))).containsExactlyElementsOf(ids.subList(0, 3));
    assertThat(a.unassign(p.id(), List.of(ids.get(0), ids.get(3))))
        .containsExactlyElementsOf(ids.subList(1, 3));
    assertThat(a.replace(p.id(), List.of(ids.get(3)))).containsExactly(ids.get(3));
    assertThat(a.replace(p.id(), List.of())).isEmpty();
    assertThat(state.directRuleIds(p.id(), kind)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void policyRecommendations_whereDeclared(RuleKind kind) {
    Policy p = state.policies().get(0);
    if (!supports(Capability.POLICY_RECOMMENDATIONS, kind)) {
      assertUnsupported(() -> manager.policies().assignments(kind).recommendations(p.id()));
      return;
    }
    Recommendations r = manager.policies().assignments(kind).recommendations(p.id());

    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r.toAssign()).doesNotHaveDuplicates();
    assertThat(r.toAssign())
        .containsExactlyInAnyOrderElementsOf(state.policyRecommendedRuleIds(p.id(), kind));
  }

  // ------------------------------------------------------------------ rules

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void rulesList_returnsTheWholeCatalog(RuleKind kind) {
    List<Integer> listed = manager.rules().of(kind).list().stream().map(Rule::id).toList();

    assertThat(listed)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(state.rules(kind).stream().map(Rule::id).toList());
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void rulesGetAndFindByName(RuleKind kind) {
    Rule any = state.rules(kind).get(state.rules(kind).size() / 2);

    Rule got = manager.rules().of(kind).get(any.id());

    assertThat(got.kind()).isEqualTo(kind);
    assertThat(got.name()).isEqualTo(any.name());
    assertThat(manager.rules().of(kind).findByName(any.name())).map(Rule::id).contains(any.id());
    assertThat(manager.rules().of(kind).findByName(unique("no such rule"))).isEmpty();
    assertThatThrownBy(() -> manager.rules().of(kind).get(987_656))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void rulesQuery_byCve_findsTheRuleOnly() {
    String cve = "CVE-2031-" + (10000 + (int) (Math.random() * 89999));
    Rule r =
        state.addIpsRule(
            unique("tck-cve"),
            "99" + (10000 + (int) (Math.random() * 89999)),
            Severity.HIGH,
            List.of("CVE-2020-0001", cve),
            Instant.now());
    RuleQuery q = RuleQuery.builder().cve(cve.toLowerCase()).build();

    List<Rule> found = manager.rules().intrusionPrevention().list(q).stream().toList();

    assertThat(found).extracting(Rule::id).containsExactly(r.id());
    assertThat(found.get(0).cves()).contains(cve);
    assertUnsupportedForKinds(Capability.RULE_QUERY_CVE, q);
  }

  @Test
  void rulesQuery_byIdentifier_findsTheRuleOnly() {
    String identifier = freshIdentifier();
    Rule r = state.addIpsRule(unique("tck-id"), identifier, Severity.LOW, List.of(), Instant.now());
    RuleQuery q = RuleQuery.builder().identifier(identifier).build();

    assertThat(manager.rules().intrusionPrevention().list(q).stream().map(Rule::id).toList())
        .containsExactly(r.id());
    assertUnsupportedForKinds(Capability.RULE_QUERY_IDENTIFIER, q);
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void rulesQuery_bySeverity_matchesTheCatalog(RuleKind kind) {
    RuleQuery q = RuleQuery.builder().severity(Severity.CRITICAL).build();
    if (!supports(Capability.RULE_QUERY_SEVERITY, kind)) {
      assertUnsupported(() -> manager.rules().of(kind).list(q));
      return;
    }
    Set<Integer> expected =
        state.rules(kind).stream()
            .filter(r -> r.severity() == Severity.CRITICAL)
            .map(Rule::id)
            .collect(Collectors.toSet());

    Set<Integer> found =
        manager.rules().of(kind).list(q).stream().map(Rule::id).collect(Collectors.toSet());

    assertThat(found).isEqualTo(expected).isNotEmpty();
  }

  @Test
  void rulesQuery_updatedSince_whereDeclared() {
    Instant since = Instant.now().plus(Duration.ofDays(3650));
    Rule future =
        state.addIpsRule(
            unique("tck-upd"),
            freshIdentifier(),
            Severity.MEDIUM,
            List.of(),
            since.plusSeconds(60));
    RuleQuery q = RuleQuery.builder().updatedSince(since).build();
    if (!supports(Capability.RULE_QUERY_UPDATED_SINCE, RuleKind.INTRUSION_PREVENTION)) {
      assertUnsupported(() -> manager.rules().intrusionPrevention().list(q));
      return;
    }

    assertThat(manager.rules().intrusionPrevention().list(q).stream().map(Rule::id).toList())
        .containsExactly(future.id());
  }

  @Test
  void rulesQuery_nameContains_dropsWildcardFalsePositives() {
    String base = unique("tck");
    Rule literal =
        state.addIpsRule(
            base + "_x rule", freshIdentifier(), Severity.LOW, List.of(), Instant.now());
    state.addIpsRule(base + "Yx rule", freshIdentifier(), Severity.LOW, List.of(), Instant.now());
    RuleQuery q = RuleQuery.builder().nameContains(base + "_x").build();

    assertThat(manager.rules().intrusionPrevention().list(q).stream().map(Rule::id).toList())
        .containsExactly(literal.id());
  }

  private void assertUnsupportedForKinds(Capability capability, RuleQuery q) {
    for (RuleKind kind : RuleKind.values()) {
      if (!supports(capability, kind)) {
        assertUnsupported(() -> manager.rules().of(kind).list(q));
      }
    }
  }

  @Test
  void ipsDetectOnly_global_changesTheRuleEverywhere() {
    Rule r = state.rules(RuleKind.INTRUSION_PREVENTION).get(1);
    boolean original = Boolean.TRUE.equals(r.detectOnly());

    Rule saved = manager.rules().intrusionPrevention().setDetectOnly(r.id(), !original);

    assertThat(saved.detectOnly()).isEqualTo(!original);
    assertThat(state.rule(RuleKind.INTRUSION_PREVENTION, r.id()).orElseThrow().detectOnly())
        .isEqualTo(!original);
    manager.rules().intrusionPrevention().setDetectOnly(r.id(), original);
    assertThat(state.rule(RuleKind.INTRUSION_PREVENTION, r.id()).orElseThrow().detectOnly())
        .isEqualTo(original);
  }

  @Test
  void ipsDetectOnly_perPolicy_whereDeclared_leavesTheRuleItself() {
    Policy p = state.addPolicy(unique("tck-do"), null);
    Rule r = state.rules(RuleKind.INTRUSION_PREVENTION).get(2);
    boolean global = Boolean.TRUE.equals(r.detectOnly());
    if (!supports(Capability.IPS_DETECT_ONLY_PER_POLICY)) {
      assertUnsupported(
          () ->
              manager.rules().intrusionPrevention().setDetectOnlyOnPolicy(p.id(), r.id(), !global));
      return;
    }

    manager.rules().intrusionPrevention().setDetectOnlyOnPolicy(p.id(), r.id(), !global);

    // The manager holds the override on that policy only; the rule itself is unchanged.
    assertThat(state.policyDetectOnlyOverrides(p.id())).containsEntry(r.id(), !global);
    assertThat(state.rule(RuleKind.INTRUSION_PREVENTION, r.id()).orElseThrow().detectOnly())
        .isEqualTo(global);
  }

  // ------------------------------------------------------------------ computers

  @Test
  void computers_listGetFind() {
    List<Computer> expected = state.computers();

    List<Computer> listed = manager.computers().list().stream().toList();

    assertThat(listed)
        .extracting(Computer::id)
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Computer::id).toList());
    Computer one = expected.get(expected.size() - 1);
    assertThat(manager.computers().get(one.id()).hostName()).isEqualTo(one.hostName());
    assertThat(manager.computers().findByName(one.hostName())).map(Computer::id).contains(one.id());
    // Host names are DNS names: the same computer whatever the case, on every backend.
    assertThat(manager.computers().findByName(one.hostName().toUpperCase(java.util.Locale.ROOT)))
        .map(Computer::id)
        .contains(one.id());
    assertThat(manager.computers().findByName(unique("nohost"))).isEmpty();
    assertThatThrownBy(() -> manager.computers().get(987_657))
        .isInstanceOf(NotFoundException.class);
    assertThat(manager.computers().status(one.id()).computerId()).isEqualTo(one.id());
  }

  @Test
  void computers_assignPolicy_isSeenByTheManager() {
    Policy p = state.addPolicy(unique("tck-assign"), null);
    Computer c = state.computers().get(0);

    manager.computers().assignPolicy(p.id(), List.of(c.id()));

    Computer after =
        state.computers().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
    assertThat(after.policyId()).isEqualTo(p.id());
    assertThat(manager.computers().get(c.id()).policyId()).isEqualTo(p.id());
  }

  @ParameterizedTest
  @EnumSource(ComputerAction.class)
  void computersRun_eachAction_whereDeclared(ComputerAction action) {
    List<Integer> ids = state.computers().stream().map(Computer::id).limit(2).toList();
    Capability cap = action.capability();
    if (!supports(cap)) {
      assertUnsupported(() -> manager.computers().run(action, ids));
      return;
    }
    String name = ACTION_NAMES.get(action);
    Map<Integer, Integer> before = new java.util.HashMap<>();
    ids.forEach(id -> before.put(id, state.computerActionCounts(id).getOrDefault(name, 0)));

    BulkResult r = manager.computers().run(action, ids);

    assertThat(r.failed()).isEmpty();
    assertThat(r.succeeded()).containsExactlyInAnyOrderElementsOf(ids);
    // The manager really ran the action on each computer, once.
    for (int id : ids) {
      assertThat(state.computerActionCounts(id).getOrDefault(name, 0))
          .as("%s runs on computer %d", name, id)
          .isEqualTo(before.get(id) + 1);
    }
  }

  /** The simulator's names of the actions (its REST scheduled-task types). */
  private static final Map<ComputerAction, String> ACTION_NAMES =
      Map.of(
          ComputerAction.SCAN_FOR_RECOMMENDATIONS, "scan-for-recommendations",
          ComputerAction.SCAN_FOR_MALWARE, "scan-for-malware",
          ComputerAction.SCAN_FOR_INTEGRITY_CHANGES, "scan-for-integrity-changes",
          ComputerAction.SEND_POLICY, "send-policy",
          ComputerAction.GET_EVENTS_NOW, "get-events-now",
          ComputerAction.CLEAR_WARNINGS_AND_ERRORS, "clear-warnings-errors");

  @Test
  void computersRun_onUnknownComputer_reportsItAsFailed() {
    assertThat(supports(Capability.ACTION_SEND_POLICY)).isTrue();
    int real = state.computers().get(0).id();

    BulkResult r = manager.computers().run(ComputerAction.SEND_POLICY, List.of(real, 987_658));

    assertThat(r.allSucceeded()).isFalse();
    assertThat(r.failed()).containsKey(987_658);
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  void computerRecommendations_whereDeclared(RuleKind kind) {
    // A computer whose last scan recommended something, when there is one.
    int id =
        state.computers().stream()
            .map(Computer::id)
            .filter(c -> !state.recommendedRuleIds(c, kind).isEmpty())
            .findFirst()
            .orElse(state.computers().get(0).id());
    if (!supports(Capability.COMPUTER_RECOMMENDATIONS, kind)) {
      assertUnsupported(() -> manager.computers().recommendations(id, kind));
      return;
    }

    Recommendations r = manager.computers().recommendations(id, kind);

    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r.toAssign()).doesNotHaveDuplicates();
    // What the manager's last scan recommended and the computer does not have yet.
    Computer c = state.computers().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    Set<Integer> expected = new HashSet<>(state.recommendedRuleIds(id, kind));
    if (c.policyId() != null) {
      expected.removeAll(state.effectiveRuleIds(c.policyId(), kind));
    }
    assertThat(r.toAssign()).containsExactlyInAnyOrderElementsOf(expected);
  }

  // ------------------------------------------------------------------ updates, events

  @Test
  void securityUpdates_listAndApply_whereDeclared() {
    if (!supports(Capability.SECURITY_UPDATES)) {
      assertUnsupported(() -> manager.securityUpdates().list().stream().toList());
      assertUnsupported(() -> manager.securityUpdates().apply(1, true));
      return;
    }
    List<SecurityUpdate> updates = manager.securityUpdates().list().stream().toList();

    assertThat(updates)
        .extracting(SecurityUpdate::appliedState)
        .contains(AppliedState.APPLIED_CURRENT);
    assertThat(updates)
        .extracting(SecurityUpdate::id)
        .containsExactlyInAnyOrderElementsOf(
            state.securityUpdates().stream().map(SecurityUpdate::id).toList());

    // Applying really applies, in the mode asked for.
    SecurityUpdate pending =
        updates.stream()
            .filter(u -> u.appliedState() == AppliedState.NOT_APPLIED)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the simulator seeds a pending update"));
    manager.securityUpdates().apply(pending.id(), true);
    assertThat(state.appliedSecurityUpdates()).containsEntry(pending.id(), true);
  }

  @Test
  void stagingSettings_reportWhatWouldDefeatAStagedRollout() {
    Policy risky = state.addPolicy(unique("tck-stage-risky"), null);
    Policy calm = state.addPolicy(unique("tck-stage-calm"), null);
    if (!supports(Capability.STAGING_SETTINGS)) {
      assertUnsupported(() -> manager.policies().stagingSettings(List.of(risky.id())));
      return;
    }
    state.setPolicyStaging(risky.id(), true, true);
    state.setRuleUpdatesAutoApplied(true);
    try {
      StagingSettings s = manager.policies().stagingSettings(List.of(risky.id(), calm.id()));

      assertThat(s.ruleUpdatesAutoApplied()).isTrue();
      assertThat(s.policies().get(risky.id()))
          .isEqualTo(new StagingSettings.PolicyStaging(risky.id(), true, true));
      assertThat(s.policies().get(calm.id()))
          .isEqualTo(new StagingSettings.PolicyStaging(calm.id(), false, false));
    } finally {
      state.setRuleUpdatesAutoApplied(false);
    }
  }

  @Test
  void events_inARange_areReturnedExactlyOnceWhateverTheTruncation() {
    Instant to = Instant.now().plusSeconds(1);
    Instant from = to.minus(Duration.ofDays(8));
    EventQuery q = EventQuery.builder(EventKind.INTRUSION_PREVENTION, from, to).build();
    if (!supports(Capability.EVENTS)) {
      assertUnsupported(() -> manager.events().stream(q));
      return;
    }
    long expected = state.eventCount(EventKind.INTRUSION_PREVENTION);
    assertThat(expected).as("more events than one answer holds").isGreaterThan(EVENT_CAP);

    List<Event> events;
    try (var s = manager.events().stream(q)) {
      events = s.toList();
    }

    Set<Long> ids = new HashSet<>();
    events.forEach(e -> assertThat(ids.add(e.id())).as("event %s twice", e.id()).isTrue());
    assertThat(events).hasSize((int) expected);
    List<Instant> times = new ArrayList<>(events.stream().map(Event::time).toList());
    assertThat(times).allMatch(t -> !t.isBefore(from) && t.isBefore(to));
  }

  @Test
  void events_forSomeComputers_onlyTheirs() {
    int computer = state.computers().get(0).id();
    Instant to = Instant.now().plusSeconds(1);
    Instant from = to.minus(Duration.ofDays(8));
    EventQuery q =
        EventQuery.builder(EventKind.FIREWALL, from, to).computerIds(List.of(computer)).build();
    if (!supports(Capability.EVENTS)) {
      assertUnsupported(() -> manager.events().stream(q));
      return;
    }
    state.addEvents(EventKind.FIREWALL, 60, from.plusSeconds(60), to.minusSeconds(60), computer);

    List<Event> events;
    try (var s = manager.events().stream(q)) {
      events = s.toList();
    }

    assertThat(events).hasSizeGreaterThanOrEqualTo(60).allMatch(e -> e.computerId() == computer);
  }

  // ------------------------------------------------------------------ lists, groups

  @Test
  void ipLists_listGetFind() {
    List<IpList> all = manager.ipLists().list().stream().toList();

    assertThat(all).isNotEmpty();
    IpList one = all.get(0);
    assertThat(manager.ipLists().get(one.id()).name()).isEqualTo(one.name());
    assertThat(manager.ipLists().findByName(one.name())).map(IpList::id).contains(one.id());
    assertThat(manager.ipLists().findByName(unique("nolist"))).isEmpty();
  }

  @Test
  void computerGroups_listGetFind() {
    List<ComputerGroup> all = manager.computerGroups().list().stream().toList();

    assertThat(all).isNotEmpty();
    ComputerGroup one = all.get(all.size() - 1);
    assertThat(manager.computerGroups().get(one.id()).name()).isEqualTo(one.name());
    assertThat(manager.computerGroups().findByName(one.name()))
        .map(ComputerGroup::id)
        .contains(one.id());
  }
}
