package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Tenant;
import io.dsm4j.model.TenantDraft;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.TenantOperations;
import io.dsm4j.spi.TenantSignInOperations;
import java.util.Set;

/**
 * Tenants over {@code /api/tenants} (on-premises managers only; absent from Cloud One's spec, so
 * built from the vendor's SDK documentation and not verified against a real manager), and signing
 * in to one with a tenant API key ({@link RestTenantSession}).
 */
final class RestTenants extends JsonReads<Tenant>
    implements TenantOperations, TenantSignInOperations {
  private static final String PATH = "tenants";
  private static final Set<String> NAMED =
      Set.of(
          "ID",
          "name",
          "description",
          "tenantState",
          "locale",
          "timeZone",
          "modulesVisible",
          "guid");

  RestTenants(RestClient client) {
    super(client, PATH, PATH, "name", RestTenants::map);
  }

  static Tenant map(JsonNode n) {
    return new Tenant(
        JsonFields.id(n),
        JsonFields.text(n, "name"),
        JsonFields.text(n, "description"),
        JsonFields.text(n, "tenantState"),
        JsonFields.text(n, "locale"),
        JsonFields.text(n, "timeZone"),
        JsonFields.strings(n, "modulesVisible"),
        JsonFields.text(n, "guid"),
        JsonFields.extra(n, NAMED));
  }

  @Override
  public Tenant create(TenantDraft d) {
    ObjectNode o = JsonFields.object();
    o.put("name", d.name());
    if (d.description() != null) {
      o.put("description", d.description());
    }
    if (d.locale() != null) {
      o.put("locale", d.locale());
    }
    if (d.timeZone() != null) {
      o.put("timeZone", d.timeZone());
    }
    if (!d.modulesVisible().isEmpty()) {
      ArrayNode m = o.putArray("modulesVisible");
      d.modulesVisible().forEach(m::add);
    }
    ObjectNode admin = o.putObject("administrator");
    admin.put("username", d.adminUsername());
    char[] password = d.adminPassword();
    client.config().secrets().add(password);
    admin.put("password", new String(password));
    if (d.emailAddress() != null) {
      admin.put("emailAddress", d.emailAddress());
    }
    // Creating a tenant takes minutes: the manager answers at once with the tenant "created".
    return map(client.require(json.createTenant(false, true, o)));
  }

  @Override
  public void delete(int id) {
    client.exec(json.delete(PATH, id));
  }

  @Override
  public BackendConnection signIn(Target target) {
    return RestTenantSession.open(client, json, target);
  }
}
