package io.dsm4j.soap.internal;

import io.dsm4j.soap.internal.generated.Manager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One readable resource of the Web Service API: its {@code …RetrieveAll}, {@code …Retrieve} (by ID)
 * and {@code …RetrieveByName} operations and its mapping, read by the rules of {@link SoapReads}.
 * The whole-catalog read uses the bulk timeout.
 *
 * @param what one item, for errors ("IP list")
 * @param plural the items, for the log ("IP lists")
 * @param allOp the retrieve-all operation
 * @param all the retrieve-all call
 * @param getOp the retrieve-by-ID operation
 * @param get the retrieve-by-ID call
 * @param byNameOp the retrieve-by-name operation
 * @param byName the retrieve-by-name call
 * @param nameOf the transport's name
 * @param mapper transport to model; null when the transport has no ID
 * @param id the model's ID
 * @param <T> the transport type
 * @param <M> the model type
 */
record SoapCatalog<T, M>(
    String what,
    String plural,
    String allOp,
    SoapClient.SessionCall<List<T>> all,
    String getOp,
    ByIdCall<T> get,
    String byNameOp,
    ByNameCall<T> byName,
    Function<T, String> nameOf,
    Function<T, M> mapper,
    ToIntFunction<M> id) {

  /** A {@code …Retrieve(id, sID)} call. */
  @FunctionalInterface
  interface ByIdCall<T> {
    T call(Manager port, int id, String sid) throws Exception;
  }

  /** A {@code …RetrieveByName(name, sID)} call. */
  @FunctionalInterface
  interface ByNameCall<T> {
    T call(Manager port, String name, String sid) throws Exception;
  }

  /** Every item with an ID, sorted by ID. */
  List<M> list(SoapClient client) {
    return SoapReads.mapAll(client.call(allOp, true, all), mapper, id, plural);
  }

  M get(SoapClient client, int itemId) {
    return SoapReads.found(
        mapper.apply(client.call(getOp, false, (p, s) -> get.call(p, itemId, s))),
        what,
        itemId,
        getOp);
  }

  /** The complete transport of one item, for a read-modify-write; nil is not-found. */
  T raw(SoapClient client, int itemId) {
    T t = client.call(getOp, false, (p, s) -> get.call(p, itemId, s));
    return SoapReads.found(t == null || mapper.apply(t) == null ? null : t, what, itemId, getOp);
  }

  Optional<M> findByName(SoapClient client, String name) {
    return SoapReads.byName(client, byNameOp, (p, s) -> byName.call(p, name, s), nameOf, name)
        .map(mapper);
  }
}
