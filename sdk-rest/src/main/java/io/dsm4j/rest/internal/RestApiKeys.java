package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.Backend;
import io.dsm4j.exception.ConnectionException;
import io.dsm4j.model.ApiKey;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.NewApiKey;
import io.dsm4j.spi.ApiKeyOperations;
import java.util.Set;

/** API keys over {@code /api/apikeys}; every secret answered is registered at once. */
final class RestApiKeys extends JsonReads<ApiKey> implements ApiKeyOperations {
  static final String PATH = "apikeys";
  private static final Set<String> NAMED =
      Set.of(
          "ID",
          "keyName",
          "description",
          "roleID",
          "active",
          "created",
          "expiryDate",
          "lastSignIn",
          "serviceAccount",
          "secretKey");

  RestApiKeys(RestClient client) {
    super(client, PATH, "apiKeys", "keyName", RestApiKeys::map);
  }

  static ApiKey map(JsonNode n) {
    return new ApiKey(
        JsonFields.id(n),
        JsonFields.text(n, "keyName"),
        JsonFields.text(n, "description"),
        JsonFields.integer(n, "roleID"),
        JsonFields.bool(n, "active"),
        JsonFields.instant(n, "created"),
        JsonFields.instant(n, "expiryDate"),
        JsonFields.instant(n, "lastSignIn"),
        JsonFields.bool(n, "serviceAccount"),
        JsonFields.extra(n, NAMED));
  }

  /** The key and its secret from an answer that must carry one; the secret is registered. */
  static NewApiKey withSecret(RestClient client, JsonNode answer, String op) {
    String secret = JsonFields.text(answer, "secretKey");
    if (secret == null || secret.isBlank()) {
      throw new ConnectionException(
          "the manager answered without the key's secret", op, Backend.REST, 200, null, null);
    }
    client.config().secrets().add(secret);
    return new NewApiKey(map(answer), secret);
  }

  static ObjectNode body(ApiKeyDraft d) {
    ObjectNode o = JsonFields.object();
    o.put("keyName", d.name());
    if (d.description() != null) {
      o.put("description", d.description());
    }
    o.put("roleID", d.roleId());
    if (d.expires() != null) {
      o.put("expiryDate", d.expires().toEpochMilli());
    }
    if (d.locale() != null) {
      o.put("locale", d.locale());
    }
    if (d.timeZone() != null) {
      o.put("timeZone", d.timeZone());
    }
    return o;
  }

  @Override
  public ApiKey current() {
    return map(client.require(json.currentApiKey()));
  }

  @Override
  public NewApiKey create(ApiKeyDraft draft) {
    return withSecret(client, client.require(json.create(PATH, body(draft))), "POST /api/apikeys");
  }

  @Override
  public NewApiKey rotate(int id) {
    return withSecret(
        client, client.require(json.newSecretKey(id)), "POST /api/apikeys/" + id + "/secretkey");
  }

  @Override
  public ApiKey disable(int id) {
    ObjectNode o = JsonFields.object();
    o.put("active", false);
    return map(client.require(json.modify(PATH, id, o)));
  }

  @Override
  public void delete(int id) {
    client.exec(json.delete(PATH, id));
  }
}
