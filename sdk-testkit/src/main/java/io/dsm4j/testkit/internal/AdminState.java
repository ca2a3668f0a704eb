package io.dsm4j.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administrative state of one manager (or one tenant): administrators, roles, API keys, cloud
 * connectors and, on the primary tenant, the tenants, each of which has a {@link Store} of its own.
 * Seeded without the data generator's random sequence, so the generated data (and the golden
 * answers) do not move.
 */
final class AdminState {
  /** The connector types as the API's collection names, in the order they are listed. */
  static final String[] CONNECTOR_PATHS = {
    "awsconnectors", "azureconnectors", "gcpconnectors", "vcenterconnectors"
  };

  final Table<JsonRec> administrators;
  final Table<JsonRec> roles;
  final Table<JsonRec> apiKeys;
  final Table<TenantRec> tenants;
  final Map<String, Table<JsonRec>> connectors = new LinkedHashMap<>();
  final Table<JsonRec> connectorActions;

  /** Synchronisations asked per connector ({@code gcpconnectors/3} → 2), for SimulatorState. */
  final Map<String, Integer> syncs = new LinkedHashMap<>();

  /** Whether this is a tenant's own state (which manages no tenants). */
  boolean isTenant;

  /** How long a tenant created asynchronously stays "created" before it is "active". */
  Duration tenantActivation = Duration.ofMillis(300);

  private final SecureRandom random = new SecureRandom();

  /** A tenant: its row, its own state and its activation time. */
  static final class TenantRec {
    final JsonRec row;
    final Store store;
    long activeAtNanos;

    TenantRec(JsonRec row, Store store, long activeAtNanos) {
      this.row = row;
      this.store = store;
      this.activeAtNanos = activeAtNanos;
    }

    int id() {
      return row.id;
    }

    String name() {
      return row.text("name");
    }

    /** The state now: "created" turns "active" when its time has come. */
    String state() {
      String st = row.text("tenantState");
      if ("created".equals(st) && System.nanoTime() - activeAtNanos >= 0) {
        row.json.put("tenantState", "active");
        return "active";
      }
      return st;
    }

    boolean active() {
      return "active".equals(state());
    }
  }

  AdminState(Store s, String adminUser, String adminPassword) {
    administrators = new Table<>(s, 1, r -> r.id, r -> r.text("username"));
    roles = new Table<>(s, 1, r -> r.id, r -> r.text("name"));
    apiKeys = new Table<>(s, 1, r -> r.id, r -> r.text("keyName"));
    tenants = new Table<>(s, 1, TenantRec::id, TenantRec::name);
    connectorActions = new Table<>(s, 1, r -> r.id, r -> r.text("type"));
    for (String p : CONNECTOR_PATHS) {
      String nameField = p.equals("awsconnectors") ? "displayName" : "name";
      connectors.put(p, new Table<>(s, 1, r -> r.id, r -> r.text(nameField)));
    }
    seed(s, adminUser, adminPassword);
  }

  private void seed(Store s, String adminUser, String adminPassword) {
    role("Full Access", "Full access to every part of the manager.", true);
    role("Auditor", "Read access to every part of the manager.", true);
    ObjectNode a = RestCall.JSON.createObjectNode();
    a.put("username", adminUser == null ? "MasterAdmin" : adminUser);
    a.put("fullName", "Master Administrator");
    a.put("description", "");
    a.put("roleID", 1);
    a.put("active", true);
    a.put("emailAddress", "");
    a.put("created", s.now().minusSeconds(86_400 * 90).toEpochMilli());
    a.put("type", "normal");
    a.put("readOnly", false);
    JsonRec admin = new JsonRec(administrators.allocateId(), a);
    admin.secret = adminPassword;
    administrators.put(admin);
    // The simulator's own key has the ID its secret starts with ("2:…"), as on a DSM.
    apiKeys.startIdsAt(3);
  }

  private void role(String name, String description, boolean immutable) {
    ObjectNode o = RestCall.JSON.createObjectNode();
    o.put("name", name);
    o.put("description", description);
    o.put("urn", "urn:tmds:identity:us-east-ds-1:0:role/" + name);
    o.put("immutable", immutable);
    o.put("canOnlyManipulateUsersWithEqualOrLesserRights", false);
    o.put("allComputers", true);
    o.put("allPolicies", true);
    o.put("allowUserInterface", true);
    o.put("allowWebService", true);
    o.putObject("rights");
    roles.put(new JsonRec(roles.allocateId(), o));
  }

  /**
   * A tenant's own state: a small generated data set (its seed derived from the primary's and the
   * tenant's ID), its first administrator, no API key of its own until the primary tenant makes
   * one.
   */
  static Store tenantStore(Store primary, int id, String name, String adminUser, String password) {
    SimConfig p = primary.cfg;
    SimConfig cfg =
        new SimConfig(
            p.seed() * 31 + id,
            false,
            "tenant-" + id + ":no-key-of-its-own",
            adminUser,
            password,
            name,
            p.sessionIdleTimeout(),
            p.maxSessions(),
            p.scanDelay(),
            p.eventCap(),
            p.eventOrder(),
            p.rateLimitPerMinute(),
            java.time.Duration.ZERO,
            p.clock(),
            20,
            30,
            p.legacyEventOperations());
    Store s = new Store(cfg);
    s.admin.isTenant = true;
    return s;
  }

  /** A new API key secret, shaped as DSM's: {@code ID:base64}. */
  String newSecret(int id) {
    byte[] b = new byte[30];
    random.nextBytes(b);
    return id + ":" + Base64.getEncoder().encodeToString(b);
  }

  /** The active, unexpired key with this secret, or null. */
  JsonRec key(String secret, long nowMillis) {
    for (JsonRec k : apiKeys.values()) {
      if (secret.equals(k.secret)
          && k.json.path("active").asBoolean(true)
          && (!k.json.hasNonNull("expiryDate") || k.json.get("expiryDate").asLong() > nowMillis)) {
        return k;
      }
    }
    return null;
  }

  /** The tenant with this name (ignoring case, as sign-in does), or null. */
  TenantRec tenant(String name) {
    for (TenantRec t : tenants.values()) {
      if (t.name() != null && t.name().equalsIgnoreCase(name)) {
        return t;
      }
    }
    return null;
  }
}
