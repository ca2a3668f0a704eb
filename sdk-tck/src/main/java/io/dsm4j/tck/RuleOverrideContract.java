package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.RuleAssignments;
import io.dsm4j.RuleOverrides;
import io.dsm4j.exception.InvalidRequestException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.RuleUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule overrides on policies and computers, and rules assigned to one computer. Part of {@link
 * ManagerContractTest}.
 */
public interface RuleOverrideContract extends ContractFixture {
  RuleKind IPS = RuleKind.INTRUSION_PREVENTION;
  List<RuleKind> MODULE_KINDS =
      List.of(
          RuleKind.INTRUSION_PREVENTION,
          RuleKind.FIREWALL,
          RuleKind.INTEGRITY_MONITORING,
          RuleKind.LOG_INSPECTION);

  private Rule preventingIpsRule(int skip) {
    return state().rules(IPS).stream()
        .filter(r -> !r.detectOnly())
        .skip(skip)
        .findFirst()
        .orElseThrow();
  }

  @Test
  default void policyOverride_changesOnlyThatPolicy_andResetRemovesIt() {
    Policy p1 = state().addPolicy(ContractFixture.unique("tck-ov1"), null);
    Policy p2 = state().addPolicy(ContractFixture.unique("tck-ov2"), null);
    Rule rule = preventingIpsRule(3);
    RuleOverrides ov = manager().policies().ruleOverrides(IPS);
    RuleUpdate detect = RuleUpdate.builder().detectOnly(true).build();
    if (!supports(Capability.RULE_OVERRIDES, IPS)) {
      assertUnsupported(() -> ov.override(p1.id(), rule.id(), detect));
      assertUnsupported(() -> ov.get(p1.id(), rule.id()));
      assertUnsupported(() -> ov.reset(p1.id(), rule.id()));
      return;
    }

    Rule after = ov.override(p1.id(), rule.id(), detect);

    assertThat(after.detectOnly()).isTrue();
    assertThat(state().policyRuleOverrides(p1.id(), IPS, rule.id()))
        .isEqualTo(Map.of("detectOnly", true));
    assertThat(state().policyRuleOverrides(p2.id(), IPS, rule.id())).isEmpty();
    assertThat(state().rule(IPS, rule.id()).orElseThrow().detectOnly()).isFalse();
    assertThat(ov.get(p1.id(), rule.id()).detectOnly()).isTrue();
    assertThat(ov.get(p2.id(), rule.id()).detectOnly()).isFalse();
    assertThat(ov.overrides(p1.id(), rule.id()).asMap()).containsEntry("detectOnly", true);
    assertThat(ov.overrides(p2.id(), rule.id()).isEmpty()).isTrue();

    Rule reset = ov.reset(p1.id(), rule.id());

    assertThat(reset.detectOnly()).isFalse();
    assertThat(state().policyRuleOverrides(p1.id(), IPS, rule.id())).isEmpty();
  }

  @Test
  default void computerOverride_everyModuleKind_andTheComputerSeesItsPolicysOverride() {
    Computer c = state().computers().get(3);
    Policy p = state().addPolicy(ContractFixture.unique("tck-ov-comp"), null);
    for (RuleKind kind : MODULE_KINDS) {
      RuleOverrides ov = manager().computers().ruleOverrides(kind);
      Rule rule = state().rules(kind).get(1);
      RuleUpdate alert = RuleUpdate.builder().alertEnabled(true).build();
      if (!supports(Capability.COMPUTER_RULE_OVERRIDES, kind)) {
        assertUnsupported(() -> ov.override(c.id(), rule.id(), alert));
        assertUnsupported(() -> ov.reset(c.id(), rule.id()));
        continue;
      }
      ov.override(c.id(), rule.id(), alert);
      assertThat(state().computerRuleOverrides(c.id(), kind, rule.id()))
          .as(kind.toString())
          .isEqualTo(Map.of("alertEnabled", true));
      assertThat(ov.overrides(c.id(), rule.id()).asMap()).containsEntry("alertEnabled", true);
      ov.reset(c.id(), rule.id());
      assertThat(state().computerRuleOverrides(c.id(), kind, rule.id())).isEmpty();
    }
    if (!supports(Capability.COMPUTER_RULE_OVERRIDES, IPS)) {
      return;
    }
    manager().computers().assignPolicy(p.id(), List.of(c.id()));
    Rule rule = preventingIpsRule(5);
    manager()
        .policies()
        .ruleOverrides(IPS)
        .override(p.id(), rule.id(), RuleUpdate.builder().detectOnly(true).build());

    assertThat(manager().computers().ruleOverrides(IPS).get(c.id(), rule.id()).detectOnly())
        .as("the computer sees its policy's override")
        .isTrue();
    assertThat(manager().computers().ruleOverrides(IPS).overrides(c.id(), rule.id()).isEmpty())
        .as("but it is not the computer's own")
        .isTrue();
  }

  @Test
  default void override_withAValueTheManagerRefuses_isAnInvalidRequest() {
    if (!supports(Capability.RULE_OVERRIDES, IPS)) {
      return;
    }
    Policy p = state().addPolicy(ContractFixture.unique("tck-ov-bad"), null);
    Rule rule = preventingIpsRule(0);
    assertThatThrownBy(
            () ->
                manager()
                    .policies()
                    .ruleOverrides(IPS)
                    .override(p.id(), rule.id(), RuleUpdate.builder().priority("urgent").build()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(state().policyRuleOverrides(p.id(), IPS, rule.id())).isEmpty();
  }

  @Test
  default void computerAssignments_assignUnassignReplace_onTheComputerOnly() {
    Computer c = state().computers().get(4);
    for (RuleKind kind : MODULE_KINDS) {
      RuleAssignments a = manager().computers().assignments(kind);
      List<Integer> ids = state().rules(kind).stream().skip(2).limit(3).map(Rule::id).toList();
      if (!supports(Capability.COMPUTER_RULE_ASSIGNMENT, kind)) {
        assertUnsupported(() -> a.assign(c.id(), ids));
        assertUnsupported(() -> a.direct(c.id()));
        continue;
      }
      List<Integer> before = a.direct(c.id());

      List<Integer> afterAssign = a.assign(c.id(), ids);

      assertThat(afterAssign).containsAll(ids);
      assertThat(state().computerDirectRuleIds(c.id(), kind)).containsAll(ids);
      assertThat(a.effective(c.id())).containsAll(ids);
      if (c.policyId() != null) {
        assertThat(a.effective(c.id())).containsAll(state().effectiveRuleIds(c.policyId(), kind));
        assertThat(state().directRuleIds(c.policyId(), kind))
            .doesNotContainAnyElementsOf(
                ids.stream()
                    .filter(i -> !state().effectiveRuleIds(c.policyId(), kind).contains(i))
                    .toList());
      }

      assertThat(a.unassign(c.id(), List.of(ids.get(0)))).doesNotContain(ids.get(0));
      assertThat(state().computerDirectRuleIds(c.id(), kind)).doesNotContain(ids.get(0));
      assertThat(a.replace(c.id(), List.of(ids.get(2)))).containsExactly(ids.get(2));
      assertThat(state().computerDirectRuleIds(c.id(), kind)).containsExactly(ids.get(2));
      a.replace(c.id(), before);
    }
  }
}
