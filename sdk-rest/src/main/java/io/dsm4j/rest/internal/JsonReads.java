package io.dsm4j.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * The reads of an administrative {@code /api} resource (list by search page, get, find by exact
 * name) over {@link JsonApi}: {@link RestReads} with JSON trees as the wire shapes.
 *
 * @param <T> the model type
 */
class JsonReads<T> extends RestReads<JsonNode, JsonNode, T> {
  final JsonApi json;

  /**
   * @param client the client
   * @param resource the collection, e.g. {@code administrators}
   * @param wrapper the array in a list answer, e.g. {@code administrators}
   * @param nameField the name's field, e.g. {@code username}
   * @param map the mapping to the model
   */
  JsonReads(
      RestClient client,
      String resource,
      String wrapper,
      String nameField,
      Function<JsonNode, T> map) {
    this(client, client.service(JsonApi.class), resource, wrapper, nameField, map);
  }

  private JsonReads(
      RestClient client,
      JsonApi json,
      String resource,
      String wrapper,
      String nameField,
      Function<JsonNode, T> map) {
    super(
        client,
        new Resource<>(
            f -> json.search(resource, f),
            w -> JsonFields.items(w, wrapper),
            id -> json.get(resource, id),
            JsonFields::id,
            n -> JsonFields.text(n, nameField),
            nameField,
            map));
    this.json = json;
  }
}
