package io.dsm4j;

import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;

/**
 * The item lists of one kind: IP, MAC or port lists, or anti-malware directory, file or file
 * extension lists (capability {@link ListKind#capability()}). All kinds work the same.
 *
 * <pre>{@code
 * ItemLists ports = manager.lists(ListKind.PORT);
 * ItemList web = ports.create(ItemListDraft.builder("Web").items(List.of("80", "443")).build());
 * ports.update(web.id(), ItemListUpdate.builder().items(List.of("80", "443", "8443")).build());
 * }</pre>
 */
public interface ItemLists extends EditableGroup<ItemList, ItemListDraft, ItemListUpdate> {
  /**
   * @return the kind of list this group holds
   */
  ListKind kind();
}
