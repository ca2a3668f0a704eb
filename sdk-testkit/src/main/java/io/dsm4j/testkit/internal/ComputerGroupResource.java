package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.Recs.GroupRec;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Computer groups with parents: {@code /api/computergroups} (create, modify, delete), SOAP {@code
 * hostGroupRetrieve…}, {@code hostGroupCreate} and {@code hostGroupDelete} (SOAP cannot change a
 * group). Names are unique among siblings only, so several groups may share a name; a group with
 * computers or subgroups cannot be deleted.
 */
final class ComputerGroupResource extends EditableResource<GroupRec> {
  ComputerGroupResource() {
    super(
        new Wire(
            "computergroups",
            "computerGroups",
            "computer group",
            "hostGroup",
            "HostGroupTransport",
            "hostGroupCreate",
            "hostGroup",
            "hostGroupDelete",
            false),
        s -> s.groups);
  }

  @Override
  ObjectNode json(Store s, GroupRec g) {
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
  Map<String, Object> soap(Store s, GroupRec g) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", g.id);
    m.put("description", g.description);
    m.put("name", g.name);
    m.put("external", false);
    m.put("parentGroupID", g.parentId);
    return m;
  }

  @Override
  GroupRec newRow(int id) {
    GroupRec g = new GroupRec();
    g.id = id;
    return g;
  }

  @Override
  int id(GroupRec g) {
    return g.id;
  }

  /** Refuses a name a sibling under the same parent has. */
  private static void unique(Store s, GroupRec g, String name, Integer parent) {
    for (GroupRec o : s.groups.values()) {
      if (o != g && o.name.equals(name) && Objects.equals(o.parentId, parent)) {
        throw new Invalid(
            "A computer group named '" + name + "' already exists in this parent group.", true);
      }
    }
  }

  private static Integer parent(Store s, GroupRec g, Integer parent) {
    if (parent == null || parent == 0) {
      return null;
    }
    if (!s.groups.contains(parent)) {
      throw new Invalid("The parent computer group " + parent + " does not exist.");
    }
    for (Integer p = parent; p != null; p = s.groups.get(p).parentId) {
      if (p == g.id) {
        throw new Invalid("A computer group cannot be its own ancestor.");
      }
    }
    return parent;
  }

  @Override
  void fromJson(Store s, GroupRec g, ObjectNode b, boolean create) {
    String name = RestCall.optString(b, "name");
    String description = RestCall.optString(b, "description");
    Integer parentField = RestCall.optInt(b, "parentGroupID");
    Integer parent = b.has("parentGroupID") ? parent(s, g, parentField) : g.parentId;
    if (create || name != null) {
      requireName(name, "computer group");
    }
    unique(s, g, name == null ? g.name : name, parent);
    if (name != null) {
      g.name = name;
    }
    if (description != null) {
      g.description = description;
    }
    g.parentId = parent;
  }

  @Override
  void fromSoap(Store s, GroupRec g, XNode t, boolean create) {
    String name = requireName(t.str("name"), "computer group");
    Integer parent = parent(s, g, t.integer("parentGroupID"));
    unique(s, g, name, parent);
    g.name = name;
    g.description = t.str("description") == null ? "" : t.str("description");
    g.parentId = parent;
  }

  @Override
  String inUse(Store s, GroupRec g) {
    boolean children = s.groups.values().stream().anyMatch(o -> Objects.equals(o.parentId, g.id));
    boolean computers =
        s.computers.values().stream().anyMatch(c -> Objects.equals(c.groupId, g.id));
    return children || computers
        ? "The computer group " + g.id + " is not empty (it has computers or subgroups)."
        : null;
  }
}
