package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.testkit.internal.SoapFault.Kind;

/** Signing in: SOAP sessions (authenticate, tenant sign-in, endSession) and the REST API key. */
final class SessionResource implements Resource {
  @Override
  public void routes(RestRoutes rest) {
    rest.on("apikeys", "current").get(this::currentKey).otherwise(RestRoutes.NOT_FOUND);
  }

  @Override
  public void operations(SoapOperations soap) {
    soap.open(
        "authenticate",
        (s, r) ->
            SoapOut.single(
                "authenticate", "string", login(s, null, r.str("username"), r.str("password"))));
    soap.open(
        "authenticateTenant",
        (s, r) -> {
          String tenant = r.str("tenantName");
          if (tenant == null) {
            throw new SoapFault(Kind.AUTHENTICATION, "A tenant name is required.");
          }
          return SoapOut.single(
              "authenticateTenant",
              "string",
              login(s, tenant, r.str("username"), r.str("password")));
        });
    soap.open(
        "endSession",
        (s, r) -> {
          s.sessions.end(r.str("sID"));
          return SoapOut.empty("endSession");
        });
  }

  private static String login(Store s, String tenant, String user, String password) {
    AdminState.TenantRec created = tenant == null ? null : s.admin.tenant(tenant);
    if (created != null && created.active()) {
      return tenantLogin(s, created, user, password);
    }
    String want = s.cfg.tenant();
    boolean tenantOk = want == null ? tenant == null : want.equalsIgnoreCase(tenant);
    if (!tenantOk || !s.cfg.username().equals(user) || !s.cfg.password().equals(password)) {
      throw new SoapFault(
          Kind.AUTHENTICATION,
          "Authentication failed for user "
              + user
              + (want != null && tenant == null ? " (this manager requires a tenant sign-in)" : "")
              + ".");
    }
    String sid = s.sessions.open();
    if (sid == null) {
      throw new SoapFault(
          Kind.MAX_SESSIONS,
          "Maximum number of sessions ("
              + s.cfg.maxSessions()
              + ") exceeded for user "
              + user
              + ".");
    }
    return sid;
  }

  /** A tenant's own administrator signing in to it ({@code authenticateTenant}). */
  private static String tenantLogin(Store s, AdminState.TenantRec t, String user, String password) {
    JsonRec admin = t.store.admin.administrators.byName(user);
    if (admin == null
        || password == null
        || !password.equals(admin.secret)
        || !admin.json.path("active").asBoolean(true)) {
      throw new SoapFault(Kind.AUTHENTICATION, "Authentication failed for user " + user + ".");
    }
    String sid = s.sessions.open(t.store);
    if (sid == null) {
      throw new SoapFault(Kind.MAX_SESSIONS, "Maximum number of sessions exceeded.");
    }
    return sid;
  }

  private ObjectNode currentKey(RestCall c) {
    Store s = c.s;
    if (c.key != null) {
      ObjectNode own = c.key.json.deepCopy();
      own.put("roleURN", "urn:tmds:identity:us-east-ds-1:0:role/Full Access");
      own.put("ID", c.key.id);
      return own;
    }
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("keyName", "dsm4j-simulator");
    o.put("description", "API key of the dsm4j embedded DSM simulator");
    o.put("locale", "en-US");
    o.put("roleID", 1);
    o.put("timeZone", "UTC");
    o.put("active", true);
    o.put("created", s.now().minusSeconds(86_400 * 30).toEpochMilli());
    o.put("unsuccessfulSignInAttempts", 0);
    o.put("serviceAccount", false);
    o.put("roleURN", "urn:tmds:identity:us-east-ds-1:0:role/Full Access");
    if (s.cfg.tenant() != null) {
      o.put("tenantID", 1);
    }
    String key = s.cfg.apiKey();
    int colon = key.indexOf(':');
    int id = 1;
    if (colon > 0) {
      try {
        id = Integer.parseInt(key.substring(0, colon));
      } catch (NumberFormatException ignored) {
        id = 1;
      }
    }
    o.put("ID", id);
    return o;
  }
}
