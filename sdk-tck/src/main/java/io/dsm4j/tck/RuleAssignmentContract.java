package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.Capability;
import io.dsm4j.RuleAssignments;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule assignments of policies: direct and effective, assign/unassign/replace, recommendations.
 * Part of {@link ManagerContractTest}.
 */
public interface RuleAssignmentContract extends ContractFixture {

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  default void assignments_onChildPolicy_directAndEffectiveDiffer(RuleKind kind) {
    RuleAssignments a = manager().policies().assignments(kind);
    Policy parent = state().addPolicy(ContractFixture.unique("tck-a-parent"), null);
    Policy child = state().addPolicy(ContractFixture.unique("tck-a-child"), parent.id());
    if (!supports(Capability.RULE_ASSIGNMENT, kind)) {
      assertUnsupported(() -> a.direct(child.id()));
      assertUnsupported(() -> a.assign(child.id(), List.of(1)));
      return;
    }
    List<Integer> ids = state().rules(kind).stream().map(Rule::id).limit(3).toList();
    assertThat(ids).hasSize(3);
    state().assignRules(parent.id(), kind, ids.subList(0, 2));

    List<Integer> after = a.assign(child.id(), List.of(ids.get(2)));

    assertThat(after).containsExactly(ids.get(2));
    assertThat(a.direct(child.id())).containsExactly(ids.get(2));
    assertThat(a.effective(child.id())).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(a.direct(parent.id())).containsExactlyElementsOf(ids.subList(0, 2));
    assertThat(state().directRuleIds(child.id(), kind)).containsExactly(ids.get(2));
  }

  @Test
  default void assignments_assignUnassignReplace_roundTrip() {
    RuleKind kind = RuleKind.INTRUSION_PREVENTION;
    RuleAssignments a = manager().policies().assignments(kind);
    Policy p = state().addPolicy(ContractFixture.unique("tck-rt"), null);
    List<Integer> ids = state().rules(kind).stream().map(Rule::id).limit(4).toList();

    assertThat(a.assign(p.id(), ids.subList(0, 2))).containsExactlyElementsOf(ids.subList(0, 2));
    assertThat(a.assign(p.id(), ids.subList(1, 3))).containsExactlyElementsOf(ids.subList(0, 3));
    assertThat(a.unassign(p.id(), List.of(ids.get(0), ids.get(3))))
        .containsExactlyElementsOf(ids.subList(1, 3));
    assertThat(a.replace(p.id(), List.of(ids.get(3)))).containsExactly(ids.get(3));
    assertThat(a.replace(p.id(), List.of())).isEmpty();
    assertThat(state().directRuleIds(p.id(), kind)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RuleKind.class)
  default void policyRecommendations_whereDeclared(RuleKind kind) {
    Policy p = state().policies().get(0);
    if (!supports(Capability.POLICY_RECOMMENDATIONS, kind)) {
      assertUnsupported(() -> manager().policies().assignments(kind).recommendations(p.id()));
      return;
    }
    Recommendations r = manager().policies().assignments(kind).recommendations(p.id());

    assertThat(r.kind()).isEqualTo(kind);
    assertThat(r.toAssign()).doesNotHaveDuplicates();
    assertThat(r.toAssign())
        .containsExactlyInAnyOrderElementsOf(state().policyRecommendedRuleIds(p.id(), kind));
  }
}
