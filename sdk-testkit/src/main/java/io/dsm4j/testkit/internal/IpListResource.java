package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.IpListRec;
import java.util.HashMap;
import java.util.Map;

/** IP lists (read-only): {@code /api/iplists}, SOAP {@code IPListRetrieve…}. */
final class IpListResource extends SimpleListResource<IpListRec> {
  IpListResource() {
    super(
        "iplists",
        "ipLists",
        "The IP list does not exist.",
        "IPList",
        "IPListTransport",
        s -> s.ipLists,
        l -> l.id);
  }

  @Override
  ObjectNode json(IpListRec l) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("name", l.name);
    o.put("description", l.description);
    ArrayNode a = o.putArray("items");
    l.items.forEach(a::add);
    o.put("ID", l.id);
    return o;
  }

  @Override
  Map<String, Object> soap(IpListRec l) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", l.id);
    m.put("description", l.description);
    m.put("name", l.name);
    m.put("items", String.join("\n", l.items));
    return m;
  }
}
