package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;
import io.dsm4j.spi.AdministratorOperations;
import java.util.Set;

/** Administrators over {@code /api/administrators}. */
final class RestAdministrators extends JsonReads<Administrator> implements AdministratorOperations {
  private static final String PATH = "administrators";
  private static final Set<String> NAMED =
      Set.of(
          "ID",
          "username",
          "fullName",
          "description",
          "roleID",
          "active",
          "emailAddress",
          "password");

  RestAdministrators(RestClient client) {
    super(client, PATH, PATH, "username", RestAdministrators::map);
  }

  static Administrator map(JsonNode n) {
    return new Administrator(
        JsonFields.id(n),
        JsonFields.text(n, "username"),
        JsonFields.text(n, "fullName"),
        JsonFields.text(n, "description"),
        JsonFields.integer(n, "roleID"),
        JsonFields.bool(n, "active"),
        JsonFields.text(n, "emailAddress"),
        JsonFields.extra(n, NAMED));
  }

  /** The fields the draft sets, and only those; a password is registered before it is sent. */
  private ObjectNode body(AdministratorDraft d) {
    ObjectNode o = JsonFields.object();
    if (d.username() != null) {
      o.put("username", d.username());
    }
    char[] password = d.password();
    if (password != null) {
      client.config().secrets().add(password);
      o.put("password", new String(password));
    }
    if (d.fullName() != null) {
      o.put("fullName", d.fullName());
    }
    if (d.description() != null) {
      o.put("description", d.description());
    }
    if (d.roleId() != null) {
      o.put("roleID", d.roleId());
    }
    if (d.active() != null) {
      o.put("active", d.active());
    }
    if (d.emailAddress() != null) {
      o.put("emailAddress", d.emailAddress());
    }
    return o;
  }

  @Override
  public Administrator create(AdministratorDraft draft) {
    return map(client.require(json.create(PATH, body(draft))));
  }

  @Override
  public Administrator update(int id, AdministratorDraft changes) {
    return map(client.require(json.modify(PATH, id, body(changes))));
  }

  @Override
  public void delete(int id) {
    client.exec(json.delete(PATH, id));
  }
}
