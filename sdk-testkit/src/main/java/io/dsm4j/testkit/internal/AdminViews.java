package io.dsm4j.testkit.internal;

import io.dsm4j.model.ConnectorType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read views and fixtures of a store's administrative state behind {@code SimulatorState}: each
 * locks the store, like the store's own public methods.
 */
public final class AdminViews {
  private final Store s;

  public AdminViews(Store s) {
    this.s = s;
  }

  private static String path(ConnectorType type) {
    return type.name().toLowerCase(Locale.ROOT) + "connectors";
  }

  public List<String> tenantNames() {
    synchronized (s) {
      return s.admin.tenants.values().stream().map(AdminState.TenantRec::name).toList();
    }
  }

  /** The tenant's own state, or empty when there is no such tenant. */
  public Optional<Store> tenant(String name) {
    synchronized (s) {
      AdminState.TenantRec t = s.admin.tenant(name);
      return t == null ? Optional.empty() : Optional.of(t.store);
    }
  }

  public Optional<String> tenantState(String name) {
    synchronized (s) {
      AdminState.TenantRec t = s.admin.tenant(name);
      return t == null ? Optional.empty() : Optional.ofNullable(t.state());
    }
  }

  public void setTenantState(String name, String state) {
    synchronized (s) {
      AdminState.TenantRec t = s.admin.tenant(name);
      if (t == null) {
        throw new IllegalArgumentException("no tenant named " + name);
      }
      t.row.json.put("tenantState", state);
    }
  }

  /** Adds an active tenant with its first administrator; its ID. */
  public int addTenant(String name, String adminUser, String adminPassword) {
    synchronized (s) {
      if (s.admin.tenant(name) != null) {
        throw new IllegalArgumentException("a tenant named '" + name + "' already exists");
      }
      int id = s.admin.tenants.allocateId();
      com.fasterxml.jackson.databind.node.ObjectNode json = RestCall.JSON.createObjectNode();
      json.put("name", name);
      json.put("description", "");
      json.put("locale", "en-US");
      json.put("timeZone", "UTC");
      json.put("tenantState", "active");
      json.put("guid", java.util.UUID.nameUUIDFromBytes(("tenant-" + id).getBytes()).toString());
      json.putObject("administrator").put("username", adminUser);
      Store own = AdminState.tenantStore(s, id, name, adminUser, adminPassword);
      s.admin.tenants.put(new AdminState.TenantRec(new JsonRec(id, json), own, System.nanoTime()));
      return id;
    }
  }

  public void setTenantActivationDelay(Duration d) {
    synchronized (s) {
      s.admin.tenantActivation = d;
    }
  }

  private static Map<Integer, String> names(Table<JsonRec> t, String field) {
    Map<Integer, String> out = new TreeMap<>();
    t.values().forEach(r -> out.put(r.id, r.text(field)));
    return out;
  }

  public Map<Integer, String> apiKeys() {
    synchronized (s) {
      return names(s.admin.apiKeys, "keyName");
    }
  }

  public Optional<Boolean> apiKeyActive(int id) {
    synchronized (s) {
      JsonRec k = s.admin.apiKeys.get(id);
      return k == null ? Optional.empty() : Optional.of(k.json.path("active").asBoolean(true));
    }
  }

  public Optional<Instant> apiKeyExpiry(int id) {
    synchronized (s) {
      JsonRec k = s.admin.apiKeys.get(id);
      return k == null || !k.json.hasNonNull("expiryDate")
          ? Optional.empty()
          : Optional.of(Instant.ofEpochMilli(k.json.get("expiryDate").asLong()));
    }
  }

  public int addApiKey(String name, Instant expires) {
    synchronized (s) {
      JsonRec k = new JsonRec(s.admin.apiKeys.allocateId(), RestCall.JSON.createObjectNode());
      ApiKeyResource.defaultsOf(s, k);
      k.json.put("keyName", name);
      k.json.put("roleID", 1);
      k.json.put("serviceAccount", true);
      if (expires != null) {
        k.json.put("expiryDate", expires.toEpochMilli());
      }
      s.admin.apiKeys.put(k);
      return k.id;
    }
  }

  public Map<Integer, String> administrators() {
    synchronized (s) {
      return names(s.admin.administrators, "username");
    }
  }

  public Optional<Boolean> administratorActive(int id) {
    synchronized (s) {
      JsonRec a = s.admin.administrators.get(id);
      return a == null ? Optional.empty() : Optional.of(a.json.path("active").asBoolean(true));
    }
  }

  public boolean administratorHasPassword(int id, String password) {
    synchronized (s) {
      JsonRec a = s.admin.administrators.get(id);
      return a != null && password.equals(a.secret);
    }
  }

  public Optional<Integer> administratorRole(int id) {
    synchronized (s) {
      JsonRec a = s.admin.administrators.get(id);
      return a == null ? Optional.empty() : Optional.of(a.json.path("roleID").asInt());
    }
  }

  public Map<Integer, String> roles() {
    synchronized (s) {
      return names(s.admin.roles, "name");
    }
  }

  public Map<Integer, String> cloudConnectors(ConnectorType type) {
    synchronized (s) {
      Map<Integer, String> out = new TreeMap<>();
      s.admin.connectors.get(path(type)).values().forEach(r -> out.put(r.id, name(type, r)));
      return out;
    }
  }

  private static String name(ConnectorType type, JsonRec r) {
    return switch (type) {
      case AWS -> r.text("displayName");
      case VCENTER -> r.json.path("vCenter").path("name").asText(null);
      default -> r.text("name");
    };
  }

  public Optional<String> cloudConnectorSecret(ConnectorType type, int id) {
    synchronized (s) {
      JsonRec r = s.admin.connectors.get(path(type)).get(id);
      return r == null ? Optional.empty() : Optional.ofNullable(r.secret);
    }
  }

  public int cloudConnectorSyncs(ConnectorType type, int id) {
    synchronized (s) {
      return s.admin.syncs.getOrDefault(path(type) + "/" + id, 0);
    }
  }
}
