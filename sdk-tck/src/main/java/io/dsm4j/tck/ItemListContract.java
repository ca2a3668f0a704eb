package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.ItemLists;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Item lists of every kind (IP, MAC, port; anti-malware directory, file, file extension): the same
 * behaviour for each. Part of {@link ManagerContractTest}.
 */
public interface ItemListContract extends ContractFixture {

  private Optional<ItemList> stored(ListKind kind, int id) {
    return state().fleet().itemLists(kind).stream().filter(l -> l.id() == id).findFirst();
  }

  @ParameterizedTest
  @EnumSource(ListKind.class)
  default void lists_createReadUpdateDelete_roundTrip(ListKind kind) {
    ItemLists lists = manager().lists(kind);
    assertThat(lists.kind()).isEqualTo(kind);
    String name = ContractFixture.unique("tck-list");

    ItemList created =
        lists.create(
            ItemListDraft.builder(name)
                .description("made by the suite")
                .items(entries(kind))
                .build());

    assertThat(created.id()).isPositive();
    assertThat(created.kind()).isEqualTo(kind);
    assertThat(stored(kind, created.id()))
        .hasValueSatisfying(
            l -> {
              assertThat(l.name()).isEqualTo(name);
              assertThat(l.description()).isEqualTo("made by the suite");
              assertThat(l.items()).containsExactlyElementsOf(entries(kind));
            });
    assertThat(lists.get(created.id())).isEqualTo(created);
    assertThat(lists.findByName(name)).contains(created);
    assertThat(lists.list().stream().map(ItemList::id)).contains(created.id());

    // Only the items change: name and description stay as the manager holds them.
    ItemList updated =
        lists.update(
            created.id(), ItemListUpdate.builder().items(entries(kind).subList(0, 1)).build());

    assertThat(updated.items()).containsExactly(entries(kind).get(0));
    assertThat(stored(kind, created.id()))
        .hasValueSatisfying(
            l -> {
              assertThat(l.items()).containsExactly(entries(kind).get(0));
              assertThat(l.name()).isEqualTo(name);
              assertThat(l.description()).isEqualTo("made by the suite");
            });

    lists.delete(created.id());

    assertThat(stored(kind, created.id())).isEmpty();
    assertThatThrownBy(() -> lists.get(created.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> lists.delete(created.id())).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(ListKind.class)
  default void listsCreate_withATakenName_throwsConflict_andChangesNothing(ListKind kind) {
    ItemList taken = state().fleet().itemLists(kind).get(0);
    int before = state().fleet().itemLists(kind).size();

    assertThatThrownBy(
            () -> manager().lists(kind).create(ItemListDraft.builder(taken.name()).build()))
        .isInstanceOf(ConflictException.class);
    assertThat(state().fleet().itemLists(kind)).hasSize(before);
  }

  @ParameterizedTest
  @EnumSource(ListKind.class)
  default void listsUpdate_thatChangesNothing_isRefusedBeforeAnyRequest(ListKind kind) {
    int before = state().requestCount();

    assertThatThrownBy(() -> manager().lists(kind).update(1, ItemListUpdate.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(state().requestCount()).isEqualTo(before);
  }

  /** Entries of the kind's own form. */
  private static List<String> entries(ListKind kind) {
    return switch (kind) {
      case IP -> List.of("10.1.0.0/16", "192.168.7.1-192.168.7.9");
      case MAC -> List.of("00:11:22:33:44:55", "66:77:88:99:AA:BB");
      case PORT -> List.of("22", "8000-8080");
      case DIRECTORY -> List.of("/opt/app/cache/", "C:\\Temp\\");
      case FILE -> List.of("/var/log/huge.log", "C:\\pagefile.sys");
      case FILE_EXTENSION -> List.of("iso", "vmdk");
    };
  }
}
