package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Computer group writes: parents, names, update where declared. Part of {@link
 * ManagerContractTest}.
 */
public interface ComputerGroupContract extends ContractFixture {

  private Optional<ComputerGroup> storedGroup(int id) {
    return state().fleet().computerGroups().stream().filter(g -> g.id() == id).findFirst();
  }

  @Test
  default void groups_createUnderAParent_findAndDelete() {
    String name = ContractFixture.unique("tck-group");
    ComputerGroup parent =
        manager().computerGroups().create(ComputerGroupDraft.builder(name).build());

    ComputerGroup child =
        manager()
            .computerGroups()
            .create(
                ComputerGroupDraft.builder(name + "-web")
                    .parentId(parent.id())
                    .description("web")
                    .build());

    assertThat(parent.parentId()).isNull();
    assertThat(child.parentId()).isEqualTo(parent.id());
    assertThat(storedGroup(child.id()))
        .hasValueSatisfying(
            g -> {
              assertThat(g.parentId()).isEqualTo(parent.id());
              assertThat(g.description()).isEqualTo("web");
            });
    assertThat(manager().computerGroups().get(child.id())).isEqualTo(child);
    assertThat(manager().computerGroups().findByName(name + "-web")).contains(child);

    manager().computerGroups().delete(child.id());
    manager().computerGroups().delete(parent.id());

    assertThat(storedGroup(child.id())).isEmpty();
    assertThat(storedGroup(parent.id())).isEmpty();
    assertThatThrownBy(() -> manager().computerGroups().delete(child.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  default void groups_aNameMayRepeatUnderOtherParents_findByNameAnswersTheLowestId() {
    String name = ContractFixture.unique("tck-dup");
    ComputerGroup a = state().fleet().addComputerGroup(ContractFixture.unique("tck-a"), null);
    ComputerGroup b = state().fleet().addComputerGroup(ContractFixture.unique("tck-b"), null);

    ComputerGroup first =
        manager()
            .computerGroups()
            .create(ComputerGroupDraft.builder(name).parentId(a.id()).build());
    ComputerGroup second =
        manager()
            .computerGroups()
            .create(ComputerGroupDraft.builder(name).parentId(b.id()).build());

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(state().fleet().computerGroups().stream().filter(g -> g.name().equals(name)))
        .hasSize(2);
    assertThat(manager().computerGroups().findByName(name))
        .map(ComputerGroup::id)
        .contains(Math.min(first.id(), second.id()));
  }

  @Test
  default void groupsDelete_ofAGroupWithComputers_failsAndKeepsIt() {
    Computer c =
        state().computers().stream().filter(x -> x.groupId() != null).findFirst().orElseThrow();

    assertThatThrownBy(() -> manager().computerGroups().delete(c.groupId()))
        .isInstanceOf(DsmException.class);
    assertThat(storedGroup(c.groupId())).isPresent();
  }

  @Test
  default void groupsUpdate_whereDeclared_changesOnlyWhatIsSet() {
    ComputerGroup g = state().fleet().addComputerGroup(ContractFixture.unique("tck-upd"), null);
    ComputerGroupUpdate rename = ComputerGroupUpdate.builder().name(g.name() + "-renamed").build();
    if (!supports(Capability.COMPUTER_GROUP_UPDATE)) {
      assertUnsupported(() -> manager().computerGroups().update(g.id(), rename));
      return;
    }

    ComputerGroup after = manager().computerGroups().update(g.id(), rename);

    assertThat(after.name()).isEqualTo(g.name() + "-renamed");
    assertThat(storedGroup(g.id()))
        .hasValueSatisfying(
            x -> {
              assertThat(x.name()).isEqualTo(g.name() + "-renamed");
              assertThat(x.parentId()).isEqualTo(g.parentId());
            });
  }
}
