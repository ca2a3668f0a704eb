package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.AdminState.TenantRec;
import io.dsm4j.testkit.internal.JsonFieldSpec.Type;
import io.dsm4j.testkit.internal.SoapFault.Kind;
import java.util.Set;
import java.util.UUID;

/**
 * Tenants of a multi-tenant manager (on premises; shapes from the vendor's SDK, not from a spec):
 * {@code /api/tenants} (list, search, describe, create, modify, delete) and {@code POST
 * /api/tenants/{id}/apikeys}; SOAP {@code signInAsTenant}. Each tenant has a {@link Store} of its
 * own, which its API keys and sessions reach. Only the primary tenant manages tenants.
 */
final class TenantResource implements Resource {
  private static final JsonFieldSpec SPEC =
      new JsonFieldSpec(
          Set.of(),
          "name",
          Type.STRING,
          "description",
          Type.STRING,
          "locale",
          Type.STRING,
          "timeZone",
          Type.STRING,
          "demoMode",
          Type.BOOL,
          "modulesVisible",
          Type.ARRAY,
          "hideUnlicensedModules",
          Type.BOOL,
          "databaseServerID",
          Type.INT,
          "activationCodes",
          Type.ARRAY,
          "administrator",
          Type.OBJECT);

  private static final Set<String> MODULES =
      Set.of(
          "all",
          "anti-malware",
          "web-reputation",
          "firewall",
          "intrusion-prevention",
          "integrity-monitoring",
          "log-inspection",
          "application-control",
          "SAP",
          "activity-monitoring",
          "container-control");

  private static final RestRoutes.Param<TenantRec> TENANT =
      RestRoutes.Param.resolved(
          "tenant",
          (s, seg) -> {
            primaryOnly(s);
            TenantRec t = s.admin.tenants.get(RestCall.id(seg, "tenant"));
            if (t == null) {
              throw new RestCall.Fail(404, "The tenant does not exist.");
            }
            return t;
          });

  @Override
  public void routes(RestRoutes rest) {
    rest.on("tenants").get(c -> list(c, Search.parse(null))).post(this::create);
    rest.on("tenants", "search").post(c -> list(c, Search.parse(c.body())));
    rest.on("tenants", TENANT)
        .get(c -> render(c.get(TENANT)))
        .post(this::modify)
        .delete(this::delete);
    rest.on("tenants", TENANT, "apikeys").post(this::createKey);
  }

  /** A tenant's own state answers 403 here: tenants are the primary tenant's to manage. */
  private static void primaryOnly(Store s) {
    if (s.admin.isTenant) {
      throw new RestCall.Fail(403, "Only the primary tenant can manage tenants.");
    }
  }

  private ObjectNode list(RestCall c, Search.Filter f) {
    primaryOnly(c.s);
    return RestCall.wrap(
        "tenants",
        Search.run(f, c.s.admin.tenants.values(), TenantRec::id, TenantResource::render));
  }

  static ObjectNode render(TenantRec t) {
    t.state(); // "created" turns "active" when its time has come
    ObjectNode o = t.row.json.deepCopy();
    o.put("ID", t.id());
    return o;
  }

  private JsonNode create(RestCall c) {
    primaryOnly(c.s);
    ObjectNode body = c.objectBody();
    SPEC.check(body);
    JsonTableResource.require(body, "name");
    String name = body.get("name").asText();
    if (c.s.admin.tenant(name) != null) {
      throw new RestCall.Fail(400, "The tenant name '" + name + "' already exists.");
    }
    JsonNode admin = body.get("administrator");
    if (admin == null || !admin.isObject()) {
      throw new RestCall.Fail(400, "administrator is required.");
    }
    JsonTableResource.require((ObjectNode) admin, "username", "password");
    for (JsonNode m : body.path("modulesVisible")) {
      if (!MODULES.contains(m.asText())) {
        throw new RestCall.Fail(400, "Unknown module '" + m.asText() + "'.");
      }
    }
    int id = c.s.admin.tenants.allocateId();
    ObjectNode json = body.deepCopy();
    json.remove("administrator");
    ObjectNode shown = json.putObject("administrator");
    shown.put("username", admin.get("username").asText());
    if (admin.hasNonNull("emailAddress")) {
      shown.put("emailAddress", admin.get("emailAddress").asText());
    }
    json.put("guid", UUID.nameUUIDFromBytes(("tenant-" + id + "-" + name).getBytes()).toString());
    json.put("tenantState", c.flag("asynchronous") ? "created" : "active");
    JsonRec row = new JsonRec(id, json);
    Store own =
        AdminState.tenantStore(
            c.s, id, name, admin.get("username").asText(), admin.get("password").asText());
    TenantRec t = new TenantRec(row, own, System.nanoTime() + c.s.admin.tenantActivation.toNanos());
    c.s.admin.tenants.put(t);
    return render(t);
  }

  private JsonNode modify(RestCall c) {
    TenantRec t = c.get(TENANT);
    ObjectNode body = c.objectBody();
    SPEC.check(body);
    if (body.has("administrator")) {
      throw new RestCall.Fail(400, "The administrator is set when the tenant is created.");
    }
    if (body.hasNonNull("name")) {
      TenantRec other = c.s.admin.tenant(body.get("name").asText());
      if (other != null && other != t) {
        throw new RestCall.Fail(400, "The tenant name already exists.");
      }
    }
    body.fields().forEachRemaining(e -> t.row.json.set(e.getKey(), e.getValue().deepCopy()));
    return render(t);
  }

  private JsonNode delete(RestCall c) {
    TenantRec t = c.get(TENANT);
    c.s.admin.tenants.remove(t.id());
    return null;
  }

  /** A key in the tenant, made by the primary tenant: a service account, 6 h unless told. */
  private JsonNode createKey(RestCall c) {
    TenantRec t = c.get(TENANT);
    if (!t.active()) {
      throw new RestCall.Fail(400, "The tenant is not active (" + t.state() + ").");
    }
    ObjectNode body = c.objectBody();
    ApiKeyResource.SPEC.check(body);
    Store own = t.store;
    ApiKeyResource.check(own, body);
    JsonRec k = new JsonRec(own.admin.apiKeys.allocateId(), RestCall.JSON.createObjectNode());
    ApiKeyResource.defaultsOf(own, k);
    ApiKeyResource.SPEC.apply(body, k);
    k.json.put("serviceAccount", true);
    if (!k.json.hasNonNull("expiryDate")) {
      k.json.put("expiryDate", System.currentTimeMillis() + 6 * 3_600_000L);
    }
    own.admin.apiKeys.put(k);
    return ApiKeyResource.withSecret(k);
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.op(
        "signInAsTenant",
        (s, r) -> {
          String name = r.str("tenantName");
          TenantRec t = name == null || s.admin.isTenant ? null : s.admin.tenant(name);
          if (t == null) {
            throw new SoapFault(Kind.MANAGER, "The tenant '" + name + "' does not exist.");
          }
          if (!t.active()) {
            throw new SoapFault(Kind.MANAGER, "The tenant '" + name + "' is not active.");
          }
          String sid = s.sessions.open(t.store);
          if (sid == null) {
            throw new SoapFault(Kind.MAX_SESSIONS, "Maximum number of sessions exceeded.");
          }
          return SoapOut.single("signInAsTenant", "string", sid);
        });
  }
}
