package io.dsm4j.soap.internal;

import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import io.dsm4j.soap.internal.generated.IPListTransport;
import io.dsm4j.soap.internal.generated.ItemsTransport;
import io.dsm4j.soap.internal.generated.MACListTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.PortListTransport;
import io.dsm4j.soap.internal.generated.ScanDirectoryListTransport;
import io.dsm4j.soap.internal.generated.ScanFileExtListTransport;
import io.dsm4j.soap.internal.generated.ScanFileListTransport;
import io.dsm4j.spi.ItemListOperations;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The six kinds of item list, one table row each (operations, calls, transport): {@code IPList…},
 * {@code MACList…}, {@code portList…}, {@code scanDirectoryList…}, {@code scanFileList…}, {@code
 * scanFileExtList…}. Every transport is an {@code ItemsTransport}: entries are one per line.
 */
final class SoapLists {
  private SoapLists() {}

  /** The lists of one kind. */
  static final class OfKind<T extends ItemsTransport>
      extends SoapEditable<T, ItemList, ItemListDraft, ItemListUpdate>
      implements ItemListOperations {
    OfKind(
        SoapClient client,
        SoapCatalog<T, ItemList> catalog,
        Writes<T, ItemListDraft, ItemListUpdate> w) {
      super(client, catalog, w);
    }
  }

  /** Every kind's group. */
  static Map<ListKind, ItemListOperations> all(SoapClient c) {
    Map<ListKind, ItemListOperations> m = new EnumMap<>(ListKind.class);
    m.put(
        ListKind.IP,
        kind(
            c,
            ListKind.IP,
            "IPList",
            Manager::ipListRetrieveAll,
            Manager::ipListRetrieve,
            Manager::ipListRetrieveByName,
            Manager::ipListSave,
            (p, id, s) -> p.ipListDelete(List.of(id), s),
            IPListTransport::new));
    m.put(
        ListKind.MAC,
        kind(
            c,
            ListKind.MAC,
            "MACList",
            Manager::macListRetrieveAll,
            Manager::macListRetrieve,
            Manager::macListRetrieveByName,
            Manager::macListSave,
            (p, id, s) -> p.macListDelete(List.of(id), s),
            MACListTransport::new));
    m.put(
        ListKind.PORT,
        kind(
            c,
            ListKind.PORT,
            "portList",
            Manager::portListRetrieveAll,
            Manager::portListRetrieve,
            Manager::portListRetrieveByName,
            Manager::portListSave,
            (p, id, s) -> p.portListDelete(List.of(id), s),
            PortListTransport::new));
    m.put(
        ListKind.DIRECTORY,
        kind(
            c,
            ListKind.DIRECTORY,
            "scanDirectoryList",
            Manager::scanDirectoryListRetrieveAll,
            Manager::scanDirectoryListRetrieve,
            Manager::scanDirectoryListRetrieveByName,
            Manager::scanDirectoryListSave,
            (p, id, s) -> p.scanDirectoryListDelete(List.of(id), s),
            ScanDirectoryListTransport::new));
    m.put(
        ListKind.FILE,
        kind(
            c,
            ListKind.FILE,
            "scanFileList",
            Manager::scanFileListRetrieveAll,
            Manager::scanFileListRetrieve,
            Manager::scanFileListRetrieveByName,
            Manager::scanFileListSave,
            (p, id, s) -> p.scanFileListDelete(List.of(id), s),
            ScanFileListTransport::new));
    m.put(
        ListKind.FILE_EXTENSION,
        kind(
            c,
            ListKind.FILE_EXTENSION,
            "scanFileExtList",
            Manager::scanFileExtListRetrieveAll,
            Manager::scanFileExtListRetrieve,
            Manager::scanFileExtListRetrieveByName,
            Manager::scanFileExtListSave,
            (p, id, s) -> p.scanFileExtListDelete(List.of(id), s),
            ScanFileExtListTransport::new));
    return m;
  }

  private static <T extends ItemsTransport> OfKind<T> kind(
      SoapClient client,
      ListKind kind,
      String prefix,
      SoapClient.SessionCall<List<T>> all,
      SoapCatalog.ByIdCall<T> get,
      SoapCatalog.ByNameCall<T> byName,
      SoapEditable.SaveCall<T> save,
      SoapEditable.DeleteCall delete,
      Supplier<T> fresh) {
    String what = FleetMappers.noun(kind);
    SoapCatalog<T, ItemList> catalog =
        new SoapCatalog<>(
            what,
            what + "s",
            prefix + "RetrieveAll",
            all,
            prefix + "Retrieve",
            get,
            prefix + "RetrieveByName",
            byName,
            ItemsTransport::getName,
            t -> FleetMappers.itemList(kind, t),
            ItemList::id);
    return new OfKind<>(
        client,
        catalog,
        new SoapEditable.Writes<>(
            prefix + "Save",
            save,
            prefix + "Delete",
            delete,
            d -> {
              T t = fresh.get();
              t.setID(null); // nil ID: the manager creates a new list
              t.setName(d.name());
              t.setDescription(d.description());
              t.setItems(String.join("\n", d.items()));
              return t;
            },
            (t, u) -> {
              if (u.name() != null) {
                t.setName(u.name());
              }
              if (u.description() != null) {
                t.setDescription(u.description());
              }
              if (u.items() != null) {
                t.setItems(String.join("\n", u.items()));
              }
            }));
  }
}
