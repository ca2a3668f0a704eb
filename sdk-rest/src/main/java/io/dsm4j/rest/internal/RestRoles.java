package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Role;
import io.dsm4j.model.RoleDraft;
import io.dsm4j.spi.RoleOperations;
import java.util.Set;

/** Administrator roles over {@code /api/roles}. */
final class RestRoles extends JsonReads<Role> implements RoleOperations {
  private static final String PATH = "roles";
  private static final Set<String> NAMED =
      Set.of(
          "ID",
          "name",
          "description",
          "immutable",
          "allComputers",
          "allPolicies",
          "allowUserInterface",
          "allowWebService");

  RestRoles(RestClient client) {
    super(client, PATH, PATH, "name", RestRoles::map);
  }

  static Role map(JsonNode n) {
    return new Role(
        JsonFields.id(n),
        JsonFields.text(n, "name"),
        JsonFields.text(n, "description"),
        JsonFields.bool(n, "immutable"),
        JsonFields.bool(n, "allComputers"),
        JsonFields.bool(n, "allPolicies"),
        JsonFields.bool(n, "allowUserInterface"),
        JsonFields.bool(n, "allowWebService"),
        JsonFields.extra(n, NAMED));
  }

  private static ObjectNode body(RoleDraft d) {
    ObjectNode o = JsonFields.object();
    if (d.name() != null) {
      o.put("name", d.name());
    }
    if (d.description() != null) {
      o.put("description", d.description());
    }
    if (d.allComputers() != null) {
      o.put("allComputers", d.allComputers());
    }
    if (d.allPolicies() != null) {
      o.put("allPolicies", d.allPolicies());
    }
    if (d.allowUserInterface() != null) {
      o.put("allowUserInterface", d.allowUserInterface());
    }
    if (d.allowWebService() != null) {
      o.put("allowWebService", d.allowWebService());
    }
    return o;
  }

  @Override
  public Role create(RoleDraft draft) {
    return map(client.require(json.create(PATH, body(draft))));
  }

  @Override
  public Role update(int id, RoleDraft changes) {
    return map(client.require(json.modify(PATH, id, body(changes))));
  }

  @Override
  public void delete(int id) {
    client.exec(json.delete(PATH, id));
  }
}
