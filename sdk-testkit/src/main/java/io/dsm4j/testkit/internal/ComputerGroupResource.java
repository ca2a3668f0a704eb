package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import java.util.HashMap;
import java.util.Map;

/** Computer groups (read-only): {@code /api/computergroups}, SOAP {@code hostGroupRetrieve…}. */
final class ComputerGroupResource extends SimpleListResource<GroupRec> {
  ComputerGroupResource() {
    super(
        "computergroups",
        "computerGroups",
        "The computer group does not exist.",
        "hostGroup",
        "HostGroupTransport",
        s -> s.groups,
        g -> g.id);
  }

  @Override
  ObjectNode json(GroupRec g) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("type", "folder");
    o.put("name", g.name);
    o.put("description", g.description);
    if (g.parentId != null) {
      o.put("parentGroupID", g.parentId);
    }
    o.put("ID", g.id);
    return o;
  }

  @Override
  Map<String, Object> soap(GroupRec g) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", g.id);
    m.put("description", g.description);
    m.put("name", g.name);
    m.put("external", false);
    m.put("parentGroupID", g.parentId);
    return m;
  }
}
