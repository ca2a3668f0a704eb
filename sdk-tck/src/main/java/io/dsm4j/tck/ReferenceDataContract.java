package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ItemList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IP lists and computer groups. Part of {@link ManagerContractTest}. */
public interface ReferenceDataContract extends ContractFixture {

  @Test
  default void ipLists_listGetFind() {
    List<ItemList> all = manager().ipLists().list().stream().toList();

    assertThat(all).isNotEmpty();
    ItemList one = all.get(0);
    assertThat(manager().ipLists().get(one.id()).name()).isEqualTo(one.name());
    assertThat(manager().ipLists().findByName(one.name())).map(ItemList::id).contains(one.id());
    assertThat(manager().ipLists().findByName(ContractFixture.unique("nolist"))).isEmpty();
  }

  @Test
  default void computerGroups_listGetFind() {
    List<ComputerGroup> all = manager().computerGroups().list().stream().toList();

    assertThat(all).isNotEmpty();
    ComputerGroup one = all.get(all.size() - 1);
    assertThat(manager().computerGroups().get(one.id()).name()).isEqualTo(one.name());
    assertThat(manager().computerGroups().findByName(one.name()))
        .map(ComputerGroup::id)
        .contains(one.id());
  }
}
