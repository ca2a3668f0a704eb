package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.JsonFieldSpec.Type;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Cloud connectors: {@code /api/awsconnectors}, {@code /api/azureconnectors}, {@code
 * /api/gcpconnectors} (with {@code /actions}) and {@code /api/vcenterconnectors} (no search, ID
 * named {@code id}, settings inside {@code vCenter}, with {@code /actions}). Secrets are kept,
 * never answered; a GCP service account's project, key ID and e-mail are read from its key.
 */
final class CloudConnectorResource implements Resource {
  private final List<Kind> kinds =
      List.of(
          new Kind(
              "awsconnectors",
              "awsConnectors",
              new JsonFieldSpec(
                  Set.of("secretKey"),
                  "displayName",
                  Type.STRING,
                  "accessKey",
                  Type.STRING,
                  "secretKey",
                  Type.STRING,
                  "seedRegion",
                  Type.STRING,
                  "useInstanceRole",
                  Type.BOOL,
                  "crossAccountRoleArn",
                  Type.STRING,
                  "workspacesEnabled",
                  Type.BOOL)),
          new Kind(
              "azureconnectors",
              "azureConnectors",
              new JsonFieldSpec(
                  Set.of("azureAdApplicationSecret"),
                  "name",
                  Type.STRING,
                  "azureTenantID",
                  Type.STRING,
                  "subscriptionID",
                  Type.STRING,
                  "azureAdApplicationID",
                  Type.STRING,
                  "azureAdApplicationSecret",
                  Type.STRING,
                  "resourceApiEndPoint",
                  Type.STRING,
                  "loginApiEndPoint",
                  Type.STRING)),
          new Kind(
              "gcpconnectors",
              "gcpconnectors",
              new JsonFieldSpec(
                  Set.of("serviceAccount"), "name", Type.STRING, "serviceAccount", Type.STRING)),
          new Kind(
              "vcenterconnectors",
              "vcenterconnectors",
              new JsonFieldSpec(Set.of(), "vCenter", Type.OBJECT)));

  /** One connector type's table and routes. */
  private static final class Kind extends JsonTableResource {
    Kind(String path, String wrapper, JsonFieldSpec spec) {
      super(
          path, wrapper, "The connector does not exist.", spec, s -> s.admin.connectors.get(path));
    }

    private boolean vcenter() {
      return path.equals("vcenterconnectors");
    }

    @Override
    public void routes(RestRoutes rest) {
      if (!vcenter()) {
        super.routes(rest);
      } else {
        // No search; the object's ID is "id"; no modify.
        rest.on(path).get(c -> list(c, Search.parse(null))).post(this::create);
        rest.on(path, row).get(c -> render(c.get(row))).delete(this::delete);
      }
      if (path.equals("gcpconnectors") || vcenter()) {
        rest.on(path, row, "actions").post(this::action);
        RestRoutes.Param<JsonRec> action =
            RestRoutes.Param.resolved(
                path + "-action",
                (s, seg) -> {
                  JsonRec a = s.admin.connectorActions.get(RestCall.id(seg, "action"));
                  if (a == null) {
                    throw new RestCall.Fail(404, "The action does not exist.");
                  }
                  return a;
                });
        rest.on(path, row, "actions", action).get(c -> renderAction(c.get(action)));
      }
    }

    @Override
    ObjectNode render(JsonRec r) {
      ObjectNode o = r.json.deepCopy();
      if (vcenter()) {
        o.put("id", r.id);
        ((ObjectNode) o.get("vCenter")).remove("password");
      } else {
        o.put("ID", r.id);
      }
      return o;
    }

    @Override
    void checkCreate(Store s, ObjectNode body) {
      switch (path) {
        case "awsconnectors" -> {
          require(body, "displayName");
          boolean role = body.hasNonNull("crossAccountRoleArn");
          boolean keys = body.hasNonNull("accessKey") && body.hasNonNull("secretKey");
          boolean instance = body.path("useInstanceRole").asBoolean(false);
          if (!role && !keys && !instance) {
            throw new RestCall.Fail(
                400, "Give crossAccountRoleArn, accessKey and secretKey, or useInstanceRole.");
          }
        }
        case "azureconnectors" ->
            require(
                body,
                "name",
                "azureTenantID",
                "subscriptionID",
                "azureAdApplicationID",
                "azureAdApplicationSecret");
        case "gcpconnectors" -> {
          require(body, "name", "serviceAccount");
          serviceAccount(body.get("serviceAccount").asText());
        }
        default -> {
          JsonNode v = body.get("vCenter");
          if (v == null || !v.isObject()) {
            throw new RestCall.Fail(400, "vCenter is required.");
          }
          require((ObjectNode) v, "name", "host", "username", "password");
        }
      }
    }

    @Override
    void defaults(Store s, JsonRec r) {
      if (path.equals("awsconnectors")) {
        r.json.put("accountId", String.format("%012d", 100_000_000_000L + r.id));
        r.json.putArray("syncedRegions");
      }
    }

    @Override
    JsonNode created(RestCall c, JsonRec r) {
      if (path.equals("gcpconnectors")) {
        JsonNode key = serviceAccount(r.secret);
        r.json.put("ownerProjectID", key.path("project_id").asText(""));
        r.json.put("privateKeyID", key.path("private_key_id").asText(""));
        r.json.put("clientEmail", key.path("client_email").asText(""));
      }
      if (vcenter()) {
        ObjectNode v = (ObjectNode) r.json.get("vCenter");
        r.secret = v.path("password").asText();
        if (!v.hasNonNull("port")) {
          v.put("port", 443);
        }
      }
      return render(r);
    }

    private static JsonNode serviceAccount(String base64) {
      try {
        byte[] raw = Base64.getDecoder().decode(base64.trim());
        JsonNode n = RestCall.JSON.readTree(new String(raw, StandardCharsets.UTF_8));
        if (n != null && n.isObject()) {
          return n;
        }
      } catch (IllegalArgumentException | java.io.IOException e) {
        // answered below
      }
      throw new RestCall.Fail(
          400, "serviceAccount must be a Base64-encoded service account key (JSON).");
    }

    private JsonNode action(RestCall c) {
      JsonRec connector = c.get(row);
      ObjectNode body = c.objectBody();
      if (!"synchronize".equals(body.path("type").asText())) {
        throw new RestCall.Fail(400, "type must be synchronize.");
      }
      ObjectNode a = RestCall.JSON.createObjectNode();
      a.put("type", "synchronize");
      a.put("status", "SUBMITTED");
      a.put("submittedTime", c.s.now().toEpochMilli());
      JsonRec rec = new JsonRec(c.s.admin.connectorActions.allocateId(), a);
      c.s.admin.connectorActions.put(rec);
      c.s.admin.syncs.merge(path + "/" + connector.id, 1, Integer::sum);
      return renderAction(rec);
    }

    private static ObjectNode renderAction(JsonRec a) {
      ObjectNode o = a.json.deepCopy();
      o.put("ID", a.id);
      return o;
    }
  }

  @Override
  public void routes(RestRoutes rest) {
    kinds.forEach(k -> k.routes(rest));
  }

  @Override
  public void operations(SoapOperations soap) {}
}
