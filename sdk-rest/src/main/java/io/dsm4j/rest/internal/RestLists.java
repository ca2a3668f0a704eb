package io.dsm4j.rest.internal;

import io.dsm4j.model.ItemList;
import io.dsm4j.model.ItemListDraft;
import io.dsm4j.model.ItemListUpdate;
import io.dsm4j.model.ListKind;
import io.dsm4j.spi.ItemListOperations;
import java.util.EnumMap;
import java.util.Map;

/**
 * The six kinds of item list, one table row each: {@code /iplists}, {@code /maclists}, {@code
 * /portlists}, {@code /directorylists}, {@code /filelists}, {@code /fileextensionlists}. Every kind
 * has the same JSON shape: {@code name}, {@code description}, {@code items}.
 */
final class RestLists extends RestCrud<ItemList, ItemListDraft, ItemListUpdate>
    implements ItemListOperations {

  private RestLists(RestClient client, ListKind kind, String collection, String wrapper) {
    super(
        client,
        new Spec<>(
            collection,
            wrapper,
            o ->
                new ItemList(
                    RestMaps.id(o, "ID") == null ? 0 : RestMaps.id(o, "ID"),
                    kind,
                    RestMaps.str(o, "name"),
                    RestMaps.str(o, "description"),
                    RestMaps.strings(o, "items")),
            d ->
                RestMaps.object(
                    "name", d.name(), "description", d.description(), "items", d.items()),
            u ->
                RestMaps.object(
                    "name", u.name(), "description", u.description(), "items", u.items())));
  }

  /** Every kind's group. */
  static Map<ListKind, ItemListOperations> all(RestClient client) {
    Map<ListKind, ItemListOperations> m = new EnumMap<>(ListKind.class);
    m.put(ListKind.IP, new RestLists(client, ListKind.IP, "iplists", "ipLists"));
    m.put(ListKind.MAC, new RestLists(client, ListKind.MAC, "maclists", "macLists"));
    m.put(ListKind.PORT, new RestLists(client, ListKind.PORT, "portlists", "portLists"));
    m.put(
        ListKind.DIRECTORY,
        new RestLists(client, ListKind.DIRECTORY, "directorylists", "directoryLists"));
    m.put(ListKind.FILE, new RestLists(client, ListKind.FILE, "filelists", "fileLists"));
    m.put(
        ListKind.FILE_EXTENSION,
        new RestLists(client, ListKind.FILE_EXTENSION, "fileextensionlists", "fileExtensionLists"));
    return m;
  }
}
