package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.ServerException;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.EditableOperations;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The writes of a resource the Web Service API saves whole: create sends a new transport with a nil
 * ID; update reads the complete transport, changes what the update sets and saves it back (every
 * field the manager sent, also those dsm4j does not model, goes back unchanged); delete sends the
 * one ID.
 *
 * @param <T> the transport type
 * @param <M> the model type
 * @param <D> the input to create one
 * @param <U> the input to change one
 */
class SoapEditable<T, M, D, U> extends SoapReadGroup<M> implements EditableOperations<M, D, U> {

  /** A {@code …Save(transport, sID)} (or {@code …Create}) call. */
  @FunctionalInterface
  interface SaveCall<T> {
    T call(Manager port, T transport, String sid) throws Exception;
  }

  /** A {@code …Delete} call for one ID. */
  @FunctionalInterface
  interface DeleteCall {
    void call(Manager port, int id, String sid) throws Exception;
  }

  /**
   * How a resource is written.
   *
   * @param saveOp the save (or create) operation
   * @param save its call
   * @param deleteOp the delete operation
   * @param delete its call
   * @param fresh a new transport for a draft (nil ID)
   * @param change applies an update to a complete transport
   */
  record Writes<T, D, U>(
      String saveOp,
      SaveCall<T> save,
      String deleteOp,
      DeleteCall delete,
      Function<D, T> fresh,
      BiConsumer<T, U> change) {}

  final SoapClient client;
  final SoapCatalog<T, M> catalog;
  private final Writes<T, D, U> writes;

  SoapEditable(SoapClient client, SoapCatalog<T, M> catalog, Writes<T, D, U> writes) {
    super(client, catalog);
    this.client = client;
    this.catalog = catalog;
    this.writes = writes;
  }

  @Override
  public M create(D draft) {
    return save(writes.fresh().apply(draft));
  }

  @Override
  public M update(int id, U update) {
    T t = catalog.raw(client, id);
    writes.change().accept(t, update);
    return save(t);
  }

  @Override
  public void delete(int id) {
    client.call(
        writes.deleteOp(),
        false,
        (p, s) -> {
          writes.delete().call(p, id, s);
          return null;
        });
  }

  private M save(T t) {
    String op = writes.saveOp();
    T saved = client.call(op, false, (p, s) -> writes.save().call(p, t, s));
    M m = saved == null ? null : catalog.mapper().apply(saved);
    if (m == null) {
      throw new ServerException(
          "the manager returned no " + catalog.what() + " after saving",
          op,
          Backend.SOAP,
          0,
          null,
          null);
    }
    return m;
  }
}
