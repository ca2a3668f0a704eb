package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.JsonFieldSpec.Type;
import java.util.Set;

/**
 * API keys: {@code /api/apikeys} and {@code POST /api/apikeys/{id}/secretkey}. A key's secret is
 * answered once, when it is made or replaced; the router accepts every active, unexpired key.
 */
final class ApiKeyResource extends JsonTableResource {
  static final JsonFieldSpec SPEC =
      new JsonFieldSpec(
          Set.of(),
          "keyName",
          Type.STRING,
          "description",
          Type.STRING,
          "locale",
          Type.STRING,
          "roleID",
          Type.INT,
          "timeZone",
          Type.STRING,
          "active",
          Type.BOOL,
          "expiryDate",
          Type.LONG);

  ApiKeyResource() {
    super("apikeys", "apiKeys", "The API key does not exist.", SPEC, s -> s.admin.apiKeys);
  }

  @Override
  public void routes(RestRoutes rest) {
    super.routes(rest);
    rest.on(path, row, "secretkey").post(this::newSecret);
  }

  @Override
  void checkCreate(Store s, ObjectNode body) {
    check(s, body);
  }

  /** Name and role required, the role must exist; shared with the tenant keys. */
  static void check(Store s, ObjectNode body) {
    require(body, "keyName", "roleID");
    if (s.admin.roles.get(body.get("roleID").asInt()) == null) {
      throw new RestCall.Fail(400, "The role " + body.get("roleID").asInt() + " does not exist.");
    }
    if (body.hasNonNull("locale")
        && !Set.of("en-US", "ja-JP").contains(body.get("locale").asText())) {
      throw new RestCall.Fail(400, "locale must be en-US or ja-JP.");
    }
  }

  @Override
  void defaults(Store s, JsonRec r) {
    defaultsOf(s, r);
  }

  static void defaultsOf(Store s, JsonRec r) {
    r.json.put("description", "");
    r.json.put("locale", "en-US");
    r.json.put("timeZone", "UTC");
    r.json.put("active", true);
    r.json.put("created", s.now().toEpochMilli());
    r.json.put("unsuccessfulSignInAttempts", 0);
    r.json.put("serviceAccount", false);
    r.secret = s.admin.newSecret(r.id);
  }

  @Override
  JsonNode created(RestCall c, JsonRec r) {
    return withSecret(r);
  }

  /** The key with its secret: the one answer that carries it. */
  static ObjectNode withSecret(JsonRec r) {
    ObjectNode o = r.json.deepCopy();
    o.put("secretKey", r.secret);
    o.put("ID", r.id);
    return o;
  }

  private JsonNode newSecret(RestCall c) {
    JsonRec r = c.get(row);
    r.secret = c.s.admin.newSecret(r.id);
    return withSecret(r);
  }
}
