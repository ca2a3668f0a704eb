package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import io.dsm4j.model.RuleKind;
import org.junit.jupiter.api.Test;

/**
 * Every field the manager sent is readable: rules and policies carry the fields they do not model
 * as typed components in {@code extra()}, by the backend's own names. Part of {@link
 * ManagerContractTest}.
 */
public interface ExtraFieldsContract extends ContractFixture {

  @Test
  default void rules_carryTheManagersOtherFields() {
    for (RuleKind kind : RuleKind.values()) {
      Rule seeded = state().rules(kind).get(0);

      Rule r = manager().rules().of(kind).get(seeded.id());

      assertThat(r.extra().isEmpty()).as(kind + " has other fields").isFalse();
      // What is typed is not repeated.
      assertThat(r.extra().names()).as(kind.toString()).doesNotContain("ID", "name", "description");
    }
    Rule ips =
        manager()
            .rules()
            .intrusionPrevention()
            .get(state().rules(RuleKind.INTRUSION_PREVENTION).get(0).id());
    assertThat(ips.extra().string("priority"))
        .as("an IPS rule's priority, which Rule does not model")
        .hasValueSatisfying(
            v ->
                assertThat(v.toLowerCase(java.util.Locale.ROOT))
                    .isIn("lowest", "low", "normal", "high", "highest"));
  }

  @Test
  default void policies_carryTheManagersOtherFields() {
    Policy seeded = state().addPolicy(ContractFixture.unique("tck-extra"), null);

    Policy p = manager().policies().get(seeded.id());

    assertThat(p.extra().isEmpty()).isFalse();
    assertThat(p.extra().names()).doesNotContain("ID", "name", "description");
    // The recommendation scan mode: REST recommendationScanMode, SOAP recommendationState.
    assertThat(p.extra().has("recommendationScanMode") || p.extra().has("recommendationState"))
        .as(p.extra().names().toString())
        .isTrue();
  }
}
