package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.JsonFieldSpec.Type;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Administrators: REST {@code /api/administrators}, SOAP {@code userRetrieveAll}, {@code
 * userRetrieve}, {@code userRetrieveByName}, {@code userSave}, {@code userDelete}. Passwords are
 * kept, never answered; SOAP's {@code lockedOut} is REST's {@code active} inverted.
 */
final class AdministratorResource extends JsonTableResource {
  private static final JsonFieldSpec SPEC =
      new JsonFieldSpec(
          Set.of("password", "reportPDFPassword"),
          "username",
          Type.STRING,
          "password",
          Type.STRING,
          "fullName",
          Type.STRING,
          "description",
          Type.STRING,
          "roleID",
          Type.INT,
          "locale",
          Type.STRING,
          "timeZone",
          Type.STRING,
          "timeFormat",
          Type.STRING,
          "passwordNeverExpires",
          Type.BOOL,
          "active",
          Type.BOOL,
          "mfaType",
          Type.STRING,
          "phoneNumber",
          Type.STRING,
          "mobileNumber",
          Type.STRING,
          "pagerNumber",
          Type.STRING,
          "emailAddress",
          Type.STRING,
          "primaryContact",
          Type.BOOL,
          "receiveNotifications",
          Type.BOOL,
          "reportPDFPasswordEnabled",
          Type.BOOL,
          "reportPDFPassword",
          Type.STRING,
          "UTCOffset",
          Type.STRING);

  AdministratorResource() {
    super(
        "administrators",
        "administrators",
        "The administrator does not exist.",
        SPEC,
        s -> s.admin.administrators);
  }

  @Override
  void checkCreate(Store s, ObjectNode body) {
    require(body, "username", "password", "roleID");
    unique(s.admin.administrators, "username", body.get("username").asText(), 0);
    role(s, body.get("roleID").asInt());
  }

  @Override
  void defaults(Store s, JsonRec r) {
    r.json.put("active", true);
    r.json.put("created", s.now().toEpochMilli());
    r.json.put("type", "normal");
    r.json.put("readOnly", false);
  }

  @Override
  void checkModify(Store s, JsonRec r, ObjectNode body) {
    if (body.hasNonNull("username")) {
      unique(s.admin.administrators, "username", body.get("username").asText(), r.id);
    }
    if (body.hasNonNull("roleID")) {
      role(s, body.get("roleID").asInt());
    }
  }

  private static void role(Store s, int roleId) {
    if (s.admin.roles.get(roleId) == null) {
      throw new RestCall.Fail(400, "The role " + roleId + " does not exist.");
    }
  }

  // ------------------------------------------------------------------ SOAP

  @Override
  public void operations(SoapOperations soap) {
    String type = "UserTransport";
    soap.op(
        "userRetrieveAll",
        (s, r) ->
            SoapOut.many(
                "userRetrieveAll",
                type,
                s.admin.administrators.values().stream()
                    .map(AdministratorResource::user)
                    .toList()));
    soap.op(
        "userRetrieve",
        (s, r) ->
            SoapOut.maybe(
                "userRetrieve",
                type,
                SoapArgs.opt(s.admin.administrators.get(SoapArgs.req(r, "id")), this::userOf)));
    soap.op(
        "userRetrieveByName",
        (s, r) ->
            SoapOut.maybe(
                "userRetrieveByName",
                type,
                SoapArgs.opt(s.admin.administrators.byName(SoapArgs.name(r)), this::userOf)));
    soap.op(
        "userSave", (s, r) -> SoapOut.single("userSave", type, save(s, SoapArgs.need(r, "ipl"))));
    soap.op(
        "userDelete",
        (s, r) -> {
          List<Integer> ids = r.ints("ids");
          for (int id : ids) {
            if (s.admin.administrators.get(id) == null) {
              throw new SoapFault(Kind.VALIDATION, "The user with ID " + id + " does not exist.");
            }
          }
          ids.forEach(s.admin.administrators::remove);
          return SoapOut.empty("userDelete");
        });
  }

  private Map<String, Object> userOf(JsonRec a) {
    return user(a);
  }

  static Map<String, Object> user(JsonRec a) {
    Map<String, Object> m = new HashMap<>();
    m.put("ID", a.id);
    m.put("country", null);
    m.put("description", a.text("description"));
    m.put("emailAddress", a.text("emailAddress"));
    m.put("fullName", a.text("fullName"));
    m.put("language", a.json.path("locale").asText("en-US"));
    m.put("lockedOut", !a.json.path("active").asBoolean(true));
    m.put("mobileNumber", a.text("mobileNumber"));
    m.put("pagerNumber", a.text("pagerNumber"));
    m.put("password", null);
    m.put("passwordNeverExpires", a.json.path("passwordNeverExpires").asBoolean(false));
    m.put("phoneNumber", a.text("phoneNumber"));
    m.put("receiveNotifications", a.json.path("receiveNotifications").asBoolean(false));
    m.put("roleID", a.json.path("roleID").asInt(0));
    m.put("username", a.text("username"));
    return m;
  }

  /**
   * {@code userSave}: creates (no ID) or replaces every field of a user; a nil password keeps it.
   */
  private static Map<String, Object> save(Store s, XNode u) {
    Integer id = u.integer("ID");
    String username = u.str("username");
    if (username == null) {
      throw new SoapFault(Kind.VALIDATION, "The username is required.");
    }
    Integer roleId = u.integer("roleID");
    if (roleId == null || s.admin.roles.get(roleId) == null) {
      throw new SoapFault(Kind.VALIDATION, "The role " + roleId + " does not exist.");
    }
    JsonRec a;
    if (id == null || id == 0) {
      if (u.str("password") == null) {
        throw new SoapFault(Kind.VALIDATION, "A new user needs a password.");
      }
      a = new JsonRec(s.admin.administrators.allocateId(), RestCall.JSON.createObjectNode());
      a.json.put("created", s.now().toEpochMilli());
      a.json.put("type", "normal");
      a.json.put("readOnly", false);
    } else {
      a = s.admin.administrators.get(id);
      if (a == null) {
        throw new SoapFault(Kind.VALIDATION, "The user with ID " + id + " does not exist.");
      }
    }
    JsonRec other = s.admin.administrators.byName(username);
    if (other != null && other.id != a.id) {
      throw new SoapFault(Kind.INTEGRITY, "The username '" + username + "' already exists.");
    }
    a.json.put("username", username);
    putText(a.json, "fullName", u.str("fullName"));
    putText(a.json, "description", u.str("description"));
    putText(a.json, "emailAddress", u.str("emailAddress"));
    putText(a.json, "phoneNumber", u.str("phoneNumber"));
    putText(a.json, "mobileNumber", u.str("mobileNumber"));
    putText(a.json, "pagerNumber", u.str("pagerNumber"));
    a.json.put("roleID", roleId);
    a.json.put("active", !Boolean.TRUE.equals(u.bool("lockedOut")));
    a.json.put("passwordNeverExpires", Boolean.TRUE.equals(u.bool("passwordNeverExpires")));
    a.json.put("receiveNotifications", Boolean.TRUE.equals(u.bool("receiveNotifications")));
    if (u.str("password") != null) {
      a.secret = u.str("password");
    }
    s.admin.administrators.put(a);
    return user(a);
  }

  private static void putText(ObjectNode o, String field, String v) {
    if (v == null) {
      o.remove(field);
    } else {
      o.put(field, v);
    }
  }
}
