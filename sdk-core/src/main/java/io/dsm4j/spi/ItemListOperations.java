package io.dsm4j.spi;

import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;

/**
 * The item lists of one {@link io.dsm4j.model.ListKind} (capability {@link
 * io.dsm4j.model.ListKind#capability()} for every operation), following {@link EditableOperations}.
 * Every item returned carries the kind of the group. A backend serves the six kinds from one table
 * (kind → paths or operations, transport), not one class per kind.
 *
 * <p>SPI: for backend implementors.
 */
public interface ItemListOperations
    extends EditableOperations<ItemList, ItemListDraft, ItemListUpdate> {}
