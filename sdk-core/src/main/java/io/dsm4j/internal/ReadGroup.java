package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.PagedIterable;
import io.dsm4j.ResourceGroup;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ReadOperations;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * The reads of a resource group, written once: {@code list} (lazy, paged), {@code get} (the
 * returned ID checked against the one asked for), {@code findByName}. A new read-only resource is a
 * subclass naming its capability, SPI group and words.
 *
 * @param <T> the model type
 * @param <G> the SPI group
 */
abstract class ReadGroup<T, G extends ReadOperations<T>> implements ResourceGroup<T> {
  final CallPipeline pipeline;
  private final String prefix;
  final String noun;
  private final Capability capability;
  private final Function<BackendConnection, Optional<G>> groupOf;
  private final ToIntFunction<T> idOf;

  /**
   * @param prefix the operation prefix, e.g. {@code policies}
   * @param noun the singular, e.g. {@code policy}
   * @param capability the capability of the reads
   * @param groupOf the SPI group of a connection
   * @param idOf the ID of an item
   */
  ReadGroup(
      CallPipeline pipeline,
      String prefix,
      String noun,
      Capability capability,
      Function<BackendConnection, Optional<G>> groupOf,
      ToIntFunction<T> idOf) {
    this.pipeline = pipeline;
    this.prefix = prefix;
    this.noun = noun;
    this.capability = capability;
    this.groupOf = groupOf;
    this.idOf = idOf;
  }

  @Override
  public PagedIterable<T> list() {
    return pipeline.paged(
        prefix + ".list", capability, null, groupOf, prefix, g -> g::list, idOf::applyAsInt);
  }

  @Override
  public T get(int id) {
    Args.id(id, noun + " ID");
    String op = prefix + ".get";
    T item = pipeline.call(op, capability, null, true, groupOf, prefix, g -> g.get(id));
    int got = idOf.applyAsInt(item);
    if (got != id) {
      // The manager's answer is data, not the caller's mistake: never an IllegalArgumentException.
      throw new ResponseRejectedException(
          "the manager answered with " + noun + " " + got + " when asked for " + id,
          op,
          null,
          0,
          null);
    }
    return item;
  }

  @Override
  public Optional<T> findByName(String name) {
    Args.name(name, nameWhat());
    return pipeline.bulkCall(
        prefix + ".findByName", capability, null, true, groupOf, prefix, g -> g.findByName(name));
  }

  /** How the name is called in messages, e.g. {@code policy name}. */
  String nameWhat() {
    return noun + " name";
  }

  /**
   * Deletes one object: the ID checked before any request, then the write under {@code cap}.
   *
   * @param id the object's ID
   * @param cap the capability of the delete
   * @param delete the SPI group's delete
   */
  void deleteById(int id, Capability cap, ObjIntConsumer<G> delete) {
    Args.id(id, noun + " ID");
    call(
        "delete",
        cap,
        false,
        g -> {
          delete.accept(g, id);
          return null;
        });
  }

  /** Calls a group operation that needs another capability (writes, sub-resources). */
  <R> R call(String op, Capability cap, boolean read, Function<G, R> fn) {
    return pipeline.call(prefix + "." + op, cap, null, read, groupOf, prefix, fn);
  }
}
