package io.dsm4j.rest.internal;

import io.dsm4j.spi.EditableOperations;
import java.util.Map;
import java.util.function.Function;

/**
 * An {@code /api} collection read and written as JSON objects through {@link CrudApi}: the reads of
 * {@link RestReads}, create ({@code POST /x}), modify ({@code POST /x/{id}} with only the changed
 * fields) and delete. A resource is a {@link Spec}: its collection, its search answer's array and
 * its mappings.
 *
 * @param <T> the model type
 * @param <D> the input to create one
 * @param <U> the input to change one
 */
class RestCrud<T, D, U> extends RestReads<Map<String, Object>, Map<String, Object>, T>
    implements EditableOperations<T, D, U> {

  /**
   * One collection.
   *
   * @param collection the path, e.g. {@code iplists}
   * @param wrapper the search answer's array, e.g. {@code ipLists}
   * @param map an object to the model
   * @param created the object to send for a draft
   * @param changes the fields to send for an update
   */
  record Spec<T, D, U>(
      String collection,
      String wrapper,
      Function<Map<String, Object>, T> map,
      Function<D, Map<String, Object>> created,
      Function<U, Map<String, Object>> changes) {}

  final CrudApi api;
  private final Spec<T, D, U> spec;

  RestCrud(RestClient client, Spec<T, D, U> spec) {
    this(client, spec, client.service(CrudApi.class));
  }

  private RestCrud(RestClient client, Spec<T, D, U> spec, CrudApi api) {
    super(
        client,
        new Resource<>(
            f -> api.search(spec.collection(), f),
            answer -> RestMaps.objects(answer, spec.wrapper()),
            id -> api.describe(spec.collection(), id),
            o -> RestMaps.id(o, "ID"),
            o -> RestMaps.str(o, "name"),
            "name",
            spec.map()));
    this.api = api;
    this.spec = spec;
  }

  @Override
  public T create(D draft) {
    return spec.map()
        .apply(client.require(api.create(spec.collection(), spec.created().apply(draft))));
  }

  @Override
  public T update(int id, U update) {
    return spec.map()
        .apply(client.require(api.modify(spec.collection(), id, spec.changes().apply(update))));
  }

  @Override
  public void delete(int id) {
    client.exec(api.delete(spec.collection(), id));
  }

  /** Runs a modify whose answer is mapped like any read. */
  T modify(int id, Map<String, Object> changes) {
    return spec.map().apply(client.require(api.modify(spec.collection(), id, changes)));
  }
}
