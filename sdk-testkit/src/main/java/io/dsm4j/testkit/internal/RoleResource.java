package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.JsonFieldSpec.Type;
import java.util.Set;

/** Administrator roles: {@code /api/roles}. Built-in roles cannot be changed or deleted. */
final class RoleResource extends JsonTableResource {
  private static final JsonFieldSpec SPEC =
      new JsonFieldSpec(
          Set.of(),
          "name",
          Type.STRING,
          "description",
          Type.STRING,
          "canOnlyManipulateUsersWithEqualOrLesserRights",
          Type.BOOL,
          "allComputers",
          Type.BOOL,
          "allPolicies",
          Type.BOOL,
          "allowUserInterface",
          Type.BOOL,
          "allowWebService",
          Type.BOOL,
          "rights",
          Type.OBJECT,
          "computerIDs",
          Type.ARRAY,
          "computerGroupIDs",
          Type.ARRAY,
          "policyIDs",
          Type.ARRAY);

  RoleResource() {
    super("roles", "roles", "The role does not exist.", SPEC, s -> s.admin.roles);
  }

  @Override
  void checkCreate(Store s, ObjectNode body) {
    require(body, "name");
    unique(s.admin.roles, "name", body.get("name").asText(), 0);
  }

  @Override
  void defaults(Store s, JsonRec r) {
    r.json.put("immutable", false);
    r.json.put("canOnlyManipulateUsersWithEqualOrLesserRights", false);
    r.json.put("allComputers", false);
    r.json.put("allPolicies", false);
    r.json.put("allowUserInterface", true);
    r.json.put("allowWebService", false);
    r.json.putObject("rights");
  }

  @Override
  void checkModify(Store s, JsonRec r, ObjectNode body) {
    immutable(r);
    if (body.hasNonNull("name")) {
      unique(s.admin.roles, "name", body.get("name").asText(), r.id);
    }
  }

  @Override
  ObjectNode render(JsonRec r) {
    ObjectNode o = super.render(r);
    o.put("urn", "urn:tmds:identity:us-east-ds-1:0:role/" + r.text("name"));
    return o;
  }

  @Override
  void checkDelete(Store s, JsonRec r) {
    immutable(r);
    boolean used =
        s.admin.administrators.values().stream()
                .anyMatch(a -> a.json.path("roleID").asInt() == r.id)
            || s.admin.apiKeys.values().stream()
                .anyMatch(k -> k.json.path("roleID").asInt() == r.id);
    if (used) {
      throw new RestCall.Fail(400, "The role is assigned to administrators or API keys.");
    }
  }

  private static void immutable(JsonRec r) {
    if (r.json.path("immutable").asBoolean(false)) {
      throw new RestCall.Fail(400, "The built-in role '" + r.text("name") + "' cannot be changed.");
    }
  }
}
