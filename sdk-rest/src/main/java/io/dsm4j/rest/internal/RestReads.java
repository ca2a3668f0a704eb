package io.dsm4j.rest.internal;

import io.dsm4j.rest.internal.dto.Dtos.SearchCriteria;
import io.dsm4j.rest.internal.dto.Dtos.SearchFilter;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.ReadOperations;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import retrofit2.Call;

/**
 * The reads of one {@code /api} resource, written once: {@code list} is a search page by ID cursor,
 * {@code get} reads {@code /x/{id}}, {@code findByName} searches for the exact name (wildcards off)
 * and keeps only an exact match (the lowest ID when several match). Items the manager sends without
 * an ID are left out. A resource group is this plus its {@link Resource} description and its own
 * operations.
 *
 * @param <W> the search answer's wrapper, e.g. {@code {"policies": [...]}}
 * @param <D> the item's JSON shape
 * @param <T> the model type
 */
class RestReads<W, D, T> implements ReadOperations<T> {

  /**
   * How one resource is read.
   *
   * @param search the search call for a filter
   * @param items the items in a search answer (may be null)
   * @param get the read of one item by ID
   * @param id the item's ID (may be null)
   * @param name the item's name
   * @param nameField the name's field in search criteria
   * @param map the mapping to the model
   */
  record Resource<W, D, T>(
      Function<SearchFilter, Call<W>> search,
      Function<W, List<D>> items,
      IntFunction<Call<D>> get,
      Function<D, Integer> id,
      Function<D, String> name,
      String nameField,
      Function<D, T> map) {}

  final RestClient client;
  final Resource<W, D, T> resource;

  RestReads(RestClient client, Resource<W, D, T> resource) {
    this.client = client;
    this.resource = resource;
  }

  @Override
  public PageResult<T> list(PageRequest page) {
    return list(page, List.of());
  }

  /** One page of the items that also meet these criteria. */
  PageResult<T> list(PageRequest page, List<SearchCriteria> criteria) {
    return new PageResult<>(
        found(RestClient.page(page, criteria)).stream()
            .filter(d -> RestClient.hasId(resource.id().apply(d)))
            .map(resource.map())
            .toList(),
        false);
  }

  @Override
  public T get(int id) {
    return resource.map().apply(client.require(resource.get().apply(id)));
  }

  @Override
  public Optional<T> findByName(String name) {
    return RestClient.exact(
            found(RestClient.byName(resource.nameField(), name)),
            resource.id(),
            resource.name(),
            name)
        .map(resource.map());
  }

  /** The raw items of one search, never null. */
  List<D> found(SearchFilter filter) {
    List<D> items = resource.items().apply(client.require(resource.search().apply(filter)));
    return items == null ? List.of() : items;
  }
}
