package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.ListKind;
import io.dsm4j.testkit.internal.FleetRecs.ItemListRec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The six kinds of item list (IP, MAC, port; anti-malware directory, file, file extension), one
 * table row per kind: REST {@code /iplists} … {@code /fileextensionlists}, SOAP {@code IPList…} …
 * {@code scanFileExtList…}. Entries are a JSON array on REST and one line each on SOAP.
 */
final class ItemListResource implements Resource {
  /** Each kind's spellings on both wires. */
  static final Map<ListKind, EditableResource.Wire> WIRES = new EnumMap<>(ListKind.class);

  static {
    wire(ListKind.IP, "iplists", "ipLists", "IP list", "IPList", "IPListTransport", "ipl");
    wire(ListKind.MAC, "maclists", "macLists", "MAC list", "MACList", "MACListTransport", "ml");
    wire(
        ListKind.PORT,
        "portlists",
        "portLists",
        "port list",
        "portList",
        "PortListTransport",
        "pl");
    wire(
        ListKind.DIRECTORY,
        "directorylists",
        "directoryLists",
        "directory list",
        "scanDirectoryList",
        "ScanDirectoryListTransport",
        "scanDirectoryListTransport");
    wire(
        ListKind.FILE,
        "filelists",
        "fileLists",
        "file list",
        "scanFileList",
        "ScanFileListTransport",
        "scanFileListTransport");
    wire(
        ListKind.FILE_EXTENSION,
        "fileextensionlists",
        "fileExtensionLists",
        "file extension list",
        "scanFileExtList",
        "ScanFileExtListTransport",
        "scanFileExtListTransport");
  }

  private static void wire(
      ListKind k, String rest, String wrapper, String what, String soap, String type, String p) {
    WIRES.put(
        k,
        new EditableResource.Wire(
            rest, wrapper, what, soap, type, soap + "Save", p, soap + "Delete", true));
  }

  private final List<OfKind> kinds = new ArrayList<>();

  ItemListResource() {
    for (ListKind k : ListKind.values()) {
      kinds.add(new OfKind(k));
    }
  }

  @Override
  public void routes(RestRoutes rest) {
    kinds.forEach(k -> k.routes(rest));
  }

  @Override
  public void operations(SoapOperations soap) {
    kinds.forEach(k -> k.operations(soap));
  }

  /** The lists of one kind. */
  private static final class OfKind extends EditableResource<ItemListRec> {
    private final ListKind kind;

    OfKind(ListKind kind) {
      super(WIRES.get(kind), s -> s.list(kind));
      this.kind = kind;
    }

    @Override
    ObjectNode json(Store s, ItemListRec l) {
      ObjectNode o = RestCall.JSON.createObjectNode();
      o.put("name", l.name);
      o.put("description", l.description);
      ArrayNode a = o.putArray("items");
      l.items.forEach(a::add);
      o.put("ID", l.id);
      return o;
    }

    @Override
    Map<String, Object> soap(Store s, ItemListRec l) {
      Map<String, Object> m = new HashMap<>();
      m.put("ID", l.id);
      m.put("description", l.description);
      m.put("name", l.name);
      m.put("items", String.join("\n", l.items));
      m.put("TBUID", l.tbuid);
      return m;
    }

    @Override
    ItemListRec newRow(int id) {
      ItemListRec r = new ItemListRec();
      r.kind = kind;
      r.id = id;
      return r;
    }

    @Override
    int id(ItemListRec r) {
      return r.id;
    }

    @Override
    void fromJson(Store s, ItemListRec l, ObjectNode b, boolean create) {
      String name = RestCall.optString(b, "name");
      if (create || name != null) {
        uniqueName(s, l, requireName(name, wire.what()));
      }
      String description = RestCall.optString(b, "description");
      List<String> items = items(b.get("items"));
      if (name != null) {
        l.name = name;
      }
      if (description != null) {
        l.description = description;
      }
      if (items != null) {
        l.items = items;
      }
    }

    private static List<String> items(JsonNode n) {
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isArray()) {
        throw new EditableResource.Invalid("items must be an array of strings.");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode e : n) {
        if (!e.isTextual()) {
          throw new EditableResource.Invalid("items must be an array of strings.");
        }
        out.add(e.textValue());
      }
      return List.copyOf(out);
    }

    @Override
    void fromSoap(Store s, ItemListRec l, XNode t, boolean create) {
      String name = requireName(t.str("name"), wire.what());
      uniqueName(s, l, name);
      String items = t.str("items");
      l.name = name;
      l.description = t.str("description") == null ? "" : t.str("description");
      l.items =
          items == null
              ? List.of()
              : items.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
  }
}
