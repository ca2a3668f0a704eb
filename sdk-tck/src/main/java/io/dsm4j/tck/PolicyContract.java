package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Backend;
import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.Page;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.ModuleState;
import io.dsm4j.model.Policy;
import io.dsm4j.model.PolicyDraft;
import io.dsm4j.model.PolicyUpdate;
import io.dsm4j.model.SecurityModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policies: reads, paging, writes, names. Part of {@link ManagerContractTest}. */
public interface PolicyContract extends ContractFixture {

  @Test
  default void policiesGet_existing_returnsIt() {
    Policy seeded = state().addPolicy(ContractFixture.unique("tck-get"), null);

    Policy p = manager().policies().get(seeded.id());

    assertThat(p.id()).isEqualTo(seeded.id());
    assertThat(p.name()).isEqualTo(seeded.name());
    assertThat(p.parentId()).isNull();
  }

  @Test
  default void policiesGet_missing_throwsNotFound() {
    assertThatThrownBy(() -> manager().policies().get(987_654))
        .isInstanceOf(NotFoundException.class)
        .satisfies(
            e -> {
              NotFoundException nf = (NotFoundException) e;
              assertThat(nf.operation()).startsWith("policies.get");
              assertThat(nf.backend()).isIn(Backend.REST, Backend.SOAP);
            });
  }

  @Test
  default void policiesFindByName_isExact_evenWithWildcardCharacters() {
    String base = ContractFixture.unique("tck");
    Policy literal = state().addPolicy(base + "_a%1", null);
    state().addPolicy(base + "XaY1", null);

    assertThat(manager().policies().findByName(base + "_a%1"))
        .map(Policy::id)
        .contains(literal.id());
    assertThat(manager().policies().findByName(base + "_aZ1")).isEmpty();
    assertThat(manager().policies().findByName(base + "Xa%1")).isEmpty();
  }

  @Test
  default void policiesList_acrossPages_returnsEveryPolicyOnce() {
    for (int i = 0; i < 5; i++) {
      state().addPolicy(ContractFixture.unique("tck-page"), null);
    }
    Manager small = sim().managerBuilder(backend()).pageSize(2).build();
    try {
      List<Integer> listed = small.policies().list().stream().map(Policy::id).toList();
      int pages = 0;
      for (Page<Policy> p : small.policies().list().byPage()) {
        pages++;
        assertThat(p.items()).isNotEmpty();
      }

      assertThat(listed)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(
              state().policies().stream().map(Policy::id).toList());
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
  default void policies_createUpdateDelete_roundTrip() {
    Policy parent = state().addPolicy(ContractFixture.unique("tck-parent"), null);
    String name = ContractFixture.unique("tck-child");

    Policy created =
        manager()
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
    assertThat(state().policy(created.id())).isPresent();

    Policy updated =
        manager()
            .policies()
            .update(created.id(), PolicyUpdate.builder().description("changed").build());

    assertThat(updated.description()).isEqualTo("changed");
    assertThat(updated.name()).isEqualTo(name);
    assertThat(updated.parentId()).isEqualTo(parent.id());
    assertThat(manager().policies().get(created.id()).description()).isEqualTo("changed");

    manager().policies().delete(created.id());

    assertThat(state().policy(created.id())).isEmpty();
    assertThatThrownBy(() -> manager().policies().get(created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void policiesCreate_withATakenName_throwsConflict() {
    Policy taken = state().addPolicy(ContractFixture.unique("tck-taken"), null);

    assertThatThrownBy(() -> manager().policies().create(PolicyDraft.builder(taken.name()).build()))
        .isInstanceOf(io.dsm4j.exception.ConflictException.class);
  }

  @Test
  default void policiesDelete_missing_throwsNotFound() {
    assertThatThrownBy(() -> manager().policies().delete(987_655))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void policiesModuleStates_restOnlyModules_readAndSetWhereDeclared() {
    Policy seeded = state().addPolicy(ContractFixture.unique("tck-ext"), null);
    PolicyUpdate update =
        PolicyUpdate.builder()
            .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.ON)
            .moduleState(SecurityModule.APPLICATION_CONTROL, ModuleState.ON)
            .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF)
            .build();
    List<SecurityModule> extended =
        List.of(
            SecurityModule.WEB_REPUTATION,
            SecurityModule.APPLICATION_CONTROL,
            SecurityModule.ACTIVITY_MONITORING);
    if (!supports(Capability.EXTENDED_MODULE_STATES)) {
      assertUnsupported(() -> manager().policies().update(seeded.id(), update));
      assertUnsupported(
          () ->
              manager()
                  .policies()
                  .create(
                      PolicyDraft.builder(ContractFixture.unique("tck-ext-new"))
                          .moduleState(SecurityModule.WEB_REPUTATION, ModuleState.ON)
                          .build()));
      assertThat(state().policy(seeded.id()).orElseThrow().moduleStates())
          .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.OFF);
      // Reading leaves out what the API has no state for, and keeps the five it has.
      assertThat(manager().policies().get(seeded.id()).moduleStates())
          .doesNotContainKeys(extended.toArray(SecurityModule[]::new))
          .containsKeys(SecurityModule.FIREWALL, SecurityModule.INTRUSION_PREVENTION);
      return;
    }
    assertThat(manager().backendFor(Capability.EXTENDED_MODULE_STATES, null))
        .contains(Backend.REST);

    Policy updated = manager().policies().update(seeded.id(), update);

    Policy truth = state().policy(seeded.id()).orElseThrow();
    assertThat(truth.moduleStates())
        .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON)
        .containsEntry(SecurityModule.APPLICATION_CONTROL, ModuleState.ON)
        .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF)
        .containsEntry(SecurityModule.FIREWALL, ModuleState.OFF);
    assertThat(updated.moduleStates())
        .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON)
        .containsEntry(SecurityModule.APPLICATION_CONTROL, ModuleState.ON)
        .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.OFF);

    Policy child =
        manager()
            .policies()
            .create(
                PolicyDraft.builder(ContractFixture.unique("tck-ext-child"))
                    .parentId(seeded.id())
                    .moduleState(SecurityModule.ACTIVITY_MONITORING, ModuleState.ON)
                    .build());

    Policy childTruth = state().policy(child.id()).orElseThrow();
    assertThat(childTruth.moduleStates())
        .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.ON)
        .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.INHERITED);
    if (manager().backendFor(Capability.POLICIES, null).orElseThrow() == Backend.REST) {
      // The effective states: the child's own, and its parent's where it inherits.
      assertThat(manager().policies().get(child.id()).moduleStates())
          .containsEntry(SecurityModule.ACTIVITY_MONITORING, ModuleState.ON)
          .containsEntry(SecurityModule.WEB_REPUTATION, ModuleState.ON);
    }
  }
}
