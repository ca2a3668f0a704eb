package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ConnectorSync;
import io.dsm4j.model.ConnectorType;
import io.dsm4j.spi.CloudConnectorOperations;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cloud connectors over {@code /api/awsconnectors}, {@code /api/azureconnectors}, {@code
 * /api/gcpconnectors} and {@code /api/vcenterconnectors}. The four differ: the name is {@code
 * displayName} for AWS and inside {@code vCenter} for vCenter, the list wrapper's case differs,
 * vCenter connectors have no search (their listing is one complete page) and their ID is {@code
 * id}. Synchronising is a connector action ({@code POST …/{id}/actions}), which only GCP and
 * vCenter connectors have.
 */
final class RestCloudConnectors implements CloudConnectorOperations {
  /** How one type is spelled on the wire. */
  private record Kind(String path, String wrapper, String nameField, boolean searchable) {}

  private static final Map<ConnectorType, Kind> KINDS = new EnumMap<>(ConnectorType.class);

  static {
    KINDS.put(ConnectorType.AWS, new Kind("awsconnectors", "awsConnectors", "displayName", true));
    KINDS.put(ConnectorType.AZURE, new Kind("azureconnectors", "azureConnectors", "name", true));
    KINDS.put(ConnectorType.GCP, new Kind("gcpconnectors", "gcpconnectors", "name", true));
    KINDS.put(
        ConnectorType.VCENTER, new Kind("vcenterconnectors", "vcenterconnectors", "name", false));
  }

  private static final Set<String> NAMED =
      Set.of("ID", "id", "displayName", "name", "lastSyncTime");

  private final RestClient client;
  private final JsonApi json;

  RestCloudConnectors(RestClient client) {
    this.client = client;
    this.json = client.service(JsonApi.class);
  }

  static CloudConnector map(ConnectorType type, JsonNode n) {
    String name =
        type == ConnectorType.VCENTER
            ? JsonFields.text(n.path("vCenter"), "name")
            : JsonFields.text(n, KINDS.get(type).nameField());
    return new CloudConnector(
        JsonFields.id(n),
        type,
        name,
        JsonFields.instant(n, "lastSyncTime"),
        JsonFields.extra(n, NAMED));
  }

  /** The items of a list answer: the wrapper as spelled for the type, or any other case of it. */
  private static List<JsonNode> items(Kind k, JsonNode answer) {
    List<JsonNode> found = JsonFields.items(answer, k.wrapper());
    if (found.isEmpty() && answer != null) {
      for (java.util.Iterator<String> it = answer.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (f.equalsIgnoreCase(k.wrapper())) {
          return JsonFields.items(answer, f);
        }
      }
    }
    return found;
  }

  @Override
  public PageResult<CloudConnector> list(ConnectorType type, PageRequest page) {
    Kind k = KINDS.get(type);
    if (!k.searchable()) {
      List<CloudConnector> all =
          items(k, client.require(json.list(k.path()))).stream()
              .map(n -> map(type, n))
              .filter(c -> c.id() > page.afterId())
              .sorted(Comparator.comparingInt(CloudConnector::id))
              .toList();
      return new PageResult<>(all, true);
    }
    return new PageResult<>(
        items(k, client.require(json.search(k.path(), RestClient.page(page, List.of())))).stream()
            .filter(n -> JsonFields.id(n) > 0)
            .map(n -> map(type, n))
            .toList(),
        false);
  }

  @Override
  public CloudConnector get(ConnectorType type, int id) {
    return map(type, client.require(json.get(KINDS.get(type).path(), id)));
  }

  @Override
  public Optional<CloudConnector> findByName(ConnectorType type, String name) {
    Kind k = KINDS.get(type);
    List<CloudConnector> found = new ArrayList<>();
    if (k.searchable()) {
      items(k, client.require(json.search(k.path(), RestClient.byName(k.nameField(), name))))
          .forEach(n -> found.add(map(type, n)));
    } else {
      items(k, client.require(json.list(k.path()))).forEach(n -> found.add(map(type, n)));
    }
    return found.stream()
        .filter(c -> c.id() > 0 && c.name().equals(name))
        .min(Comparator.comparingInt(CloudConnector::id));
  }

  @Override
  public CloudConnector create(CloudConnectorDraft d) {
    ObjectNode body = JsonFields.object();
    ObjectNode target = body;
    switch (d.type()) {
      case AWS -> body.put("displayName", d.name());
      case AZURE, GCP -> body.put("name", d.name());
      case VCENTER -> {
        target = body.putObject("vCenter");
        target.put("name", d.name());
      }
    }
    for (Map.Entry<String, Object> e : d.settings().entrySet()) {
      Object v = e.getValue();
      if (CloudConnectorDraft.isSecret(e.getKey())) {
        // Registered before it is sent: an error that echoes the request shows no secret.
        client.config().secrets().add(String.valueOf(v));
      }
      if (v instanceof Boolean b) {
        target.put(e.getKey(), b);
      } else if (v instanceof Integer i) {
        target.put(e.getKey(), i);
      } else {
        target.put(e.getKey(), String.valueOf(v));
      }
    }
    return map(d.type(), client.require(json.create(KINDS.get(d.type()).path(), body)));
  }

  @Override
  public ConnectorSync synchronize(ConnectorType type, int id) {
    ObjectNode action = JsonFields.object();
    action.put("type", "synchronize");
    JsonNode a = client.require(json.action(KINDS.get(type).path(), id, action));
    String status = JsonFields.text(a, "status");
    return new ConnectorSync(
        JsonFields.id(a), type, id, status, JsonFields.instant(a, "submittedTime"));
  }

  @Override
  public void delete(ConnectorType type, int id) {
    client.exec(json.delete(KINDS.get(type).path(), id));
  }
}
