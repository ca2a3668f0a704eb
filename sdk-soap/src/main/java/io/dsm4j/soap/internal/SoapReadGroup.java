package io.dsm4j.soap.internal;

import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import io.dsm4j.spi.ReadOperations;
import java.util.Optional;

/**
 * The reads of one {@link SoapCatalog}: a read-only group is this and its catalog. A list is one
 * complete page.
 *
 * @param <M> the model type
 */
class SoapReadGroup<M> implements ReadOperations<M> {
  private final SoapClient client;
  private final SoapCatalog<?, M> catalog;

  SoapReadGroup(SoapClient client, SoapCatalog<?, M> catalog) {
    this.client = client;
    this.catalog = catalog;
  }

  @Override
  public PageResult<M> list(PageRequest page) {
    return PageResult.all(catalog.list(client));
  }

  @Override
  public M get(int id) {
    return catalog.get(client, id);
  }

  @Override
  public Optional<M> findByName(String name) {
    return catalog.findByName(client, name);
  }
}
