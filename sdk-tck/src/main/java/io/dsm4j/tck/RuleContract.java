package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleQuery;
import io.dsm4j.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rule catalogs, their queries and the detect-only switches. Part of {@link
 * ManagerContractTest}.
 */
public interface RuleContract extends ContractFixture {

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  default void rulesList_returnsTheWholeCatalog(RuleKind kind) {
    List<Integer> listed = manager().rules().of(kind).list().stream().map(Rule::id).toList();

    assertThat(listed)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(state().rules(kind).stream().map(Rule::id).toList());
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  default void rulesGetAndFindByName(RuleKind kind) {
    Rule any = state().rules(kind).get(state().rules(kind).size() / 2);

    Rule got = manager().rules().of(kind).get(any.id());

    assertThat(got.kind()).isEqualTo(kind);
    assertThat(got.name()).isEqualTo(any.name());
    assertThat(manager().rules().of(kind).findByName(any.name())).map(Rule::id).contains(any.id());
    assertThat(manager().rules().of(kind).findByName(ContractFixture.unique("no such rule")))
        .isEmpty();
    assertThatThrownBy(() -> manager().rules().of(kind).get(987_656))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void rulesQuery_byCve_findsTheRuleOnly() {
    String cve = "CVE-2031-" + (10000 + (int) (Math.random() * 89999));
    Rule r =
        state()
            .addIpsRule(
                ContractFixture.unique("tck-cve"),
                "99" + (10000 + (int) (Math.random() * 89999)),
                Severity.HIGH,
                List.of("CVE-2020-0001", cve),
                Instant.now());
    RuleQuery q = RuleQuery.builder().cve(cve.toLowerCase()).build();

    List<Rule> found = manager().rules().intrusionPrevention().list(q).stream().toList();

    assertThat(found).extracting(Rule::id).containsExactly(r.id());
    assertThat(found.get(0).cves()).contains(cve);
    assertUnsupportedForKinds(Capability.RULE_QUERY_CVE, q);
  }

  @Test
  default void rulesQuery_byIdentifier_findsTheRuleOnly() {
    String identifier = ContractFixture.freshIdentifier();
    Rule r =
        state()
            .addIpsRule(
                ContractFixture.unique("tck-id"),
                identifier,
                Severity.LOW,
                List.of(),
                Instant.now());
    RuleQuery q = RuleQuery.builder().identifier(identifier).build();

    assertThat(manager().rules().intrusionPrevention().list(q).stream().map(Rule::id).toList())
        .containsExactly(r.id());
    assertUnsupportedForKinds(Capability.RULE_QUERY_IDENTIFIER, q);
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  default void rulesQuery_bySeverity_matchesTheCatalog(RuleKind kind) {
    RuleQuery q = RuleQuery.builder().severity(Severity.CRITICAL).build();
    if (!supports(Capability.RULE_QUERY_SEVERITY, kind)) {
      assertUnsupported(() -> manager().rules().of(kind).list(q));
      return;
    }
    Set<Integer> expected =
        state().rules(kind).stream()
            .filter(r -> r.severity() == Severity.CRITICAL)
            .map(Rule::id)
            .collect(Collectors.toSet());

    Set<Integer> found =
        manager().rules().of(kind).list(q).stream().map(Rule::id).collect(Collectors.toSet());

    assertThat(found).isEqualTo(expected).isNotEmpty();
  }

  @Test
  default void rulesQuery_updatedSince_whereDeclared() {
    Instant since = Instant.now().plus(Duration.ofDays(3650));
    Rule future =
        state()
            .addIpsRule(
                ContractFixture.unique("tck-upd"),
                ContractFixture.freshIdentifier(),
                Severity.MEDIUM,
                List.of(),
                since.plusSeconds(60));
    RuleQuery q = RuleQuery.builder().updatedSince(since).build();
    if (!supports(Capability.RULE_QUERY_UPDATED_SINCE, RuleKind.INTRUSION_PREVENTION)) {
      assertUnsupported(() -> manager().rules().intrusionPrevention().list(q));
      return;
    }

    assertThat(manager().rules().intrusionPrevention().list(q).stream().map(Rule::id).toList())
        .containsExactly(future.id());
  }

  @Test
  default void rulesQuery_nameContains_dropsWildcardFalsePositives() {
    String base = ContractFixture.unique("tck");
    Rule literal =
        state()
            .addIpsRule(
                base + "_x rule",
                ContractFixture.freshIdentifier(),
                Severity.LOW,
                List.of(),
                Instant.now());
    state()
        .addIpsRule(
            base + "Yx rule",
            ContractFixture.freshIdentifier(),
            Severity.LOW,
            List.of(),
            Instant.now());
    RuleQuery q = RuleQuery.builder().nameContains(base + "_x").build();

    assertThat(manager().rules().intrusionPrevention().list(q).stream().map(Rule::id).toList())
        .containsExactly(literal.id());
  }

  private void assertUnsupportedForKinds(Capability capability, RuleQuery q) {
    for (RuleKind kind : RuleKind.values()) {
      if (!supports(capability, kind)) {
        assertUnsupported(() -> manager().rules().of(kind).list(q));
      }
    }
  }

  @Test
  default void ipsDetectOnly_global_changesTheRuleEverywhere() {
    Rule r = state().rules(RuleKind.INTRUSION_PREVENTION).get(1);
    boolean original = Boolean.TRUE.equals(r.detectOnly());

    Rule saved = manager().rules().intrusionPrevention().setDetectOnly(r.id(), !original);

    assertThat(saved.detectOnly()).isEqualTo(!original);
    assertThat(state().rule(RuleKind.INTRUSION_PREVENTION, r.id()).orElseThrow().detectOnly())
        .isEqualTo(!original);
    manager().rules().intrusionPrevention().setDetectOnly(r.id(), original);
    assertThat(state().rule(RuleKind.INTRUSION_PREVENTION, r.id()).orElseThrow().detectOnly())
        .isEqualTo(original);
  }

  @Test
  default void ipsDetectOnly_perPolicy_whereDeclared_leavesTheRuleItself() {
    Policy p = state().addPolicy(ContractFixture.unique("tck-do"), null);
    Rule r = state().rules(RuleKind.INTRUSION_PREVENTION).get(2);
    boolean global = Boolean.TRUE.equals(r.detectOnly());
    if (!supports(Capability.IPS_DETECT_ONLY_PER_POLICY)) {
      assertUnsupported(
          () ->
              manager()
                  .rules()
                  .intrusionPrevention()
                  .setDetectOnlyOnPolicy(p.id(), r.id(), !global));
      return;
    }

    manager().rules().intrusionPrevention().setDetectOnlyOnPolicy(p.id(), r.id(), !global);

    // The manager holds the override on that policy only; the rule itself is unchanged.
    assertThat(state().policyDetectOnlyOverrides(p.id())).containsEntry(r.id(), !global);
    assertThat(state().rule(RuleKind.INTRUSION_PREVENTION, r.id()).orElseThrow().detectOnly())
        .isEqualTo(global);
  }
}
