package io.dsm4j.internal;

import io.dsm4j.ItemLists;
import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import io.dsm4j.spi.ItemListOperations;

/** {@link ItemLists} of one kind over {@link ItemListOperations}: one class for the six kinds. */
final class ItemListsImpl
    extends EditableGroupImpl<ItemList, ItemListDraft, ItemListUpdate, ItemListOperations>
    implements ItemLists {
  private final ListKind kind;

  ItemListsImpl(CallPipeline pipeline, ListKind kind) {
    super(
        pipeline,
        prefix(kind),
        noun(kind),
        kind.capability(),
        Writes.all(kind.capability()),
        c -> c.lists(kind),
        ItemList::id,
        ItemListUpdate::isEmpty);
    this.kind = kind;
  }

  /** The operation prefix, e.g. {@code ipLists}. */
  static String prefix(ListKind kind) {
    return switch (kind) {
      case IP -> "ipLists";
      case MAC -> "macLists";
      case PORT -> "portLists";
      case DIRECTORY -> "directoryLists";
      case FILE -> "fileLists";
      case FILE_EXTENSION -> "fileExtensionLists";
    };
  }

  /** How one list is called in messages, e.g. {@code IP list}. */
  static String noun(ListKind kind) {
    return switch (kind) {
      case IP -> "IP list";
      case MAC -> "MAC list";
      case PORT -> "port list";
      case DIRECTORY -> "directory list";
      case FILE -> "file list";
      case FILE_EXTENSION -> "file extension list";
    };
  }

  @Override
  public ListKind kind() {
    return kind;
  }
}
