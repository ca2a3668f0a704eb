package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.spi.BackendConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read rules every resource group of the SOAP backend shares: lists leave out items without an
 * ID and are sorted by ID; a by-ID read treats a nil answer as not found; a by-name read counts
 * only an exact name match and reads "does not exist" as empty.
 */
final class SoapReads {
  private static final Logger LOG = LoggerFactory.getLogger(SoapReads.class);

  private SoapReads() {}

  /**
   * Maps a list, leaving out items the mapper rejects (no ID), sorted by ID.
   *
   * @param items the transports, possibly null
   * @param mapper transport to model, null when the transport has no ID
   * @param id the model's ID
   * @param what what the items are, for the log
   */
  static <S, T> List<T> mapAll(
      List<S> items, Function<S, T> mapper, ToIntFunction<T> id, String what) {
    if (items == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(items.size());
    int skipped = 0;
    for (S s : items) {
      T t = s == null ? null : mapper.apply(s);
      if (t == null) {
        skipped++;
      } else {
        out.add(t);
      }
    }
    if (skipped > 0) {
      LOG.debug("left out {} {} without an ID", skipped, what);
    }
    out.sort(Comparator.comparingInt(id));
    return out;
  }

  static NotFoundException notFound(String what, int id, String op) {
    return BackendConnection.notFound(what, id, op, Backend.SOAP);
  }

  /** A by-ID read: the manager's nil answer and its "does not exist" faults are both not-found. */
  static <T> T found(T value, String what, int id, String op) {
    if (value == null) {
      throw notFound(what, id, op);
    }
    return value;
  }

  /** A by-name read: only an exact name match counts; "does not exist" faults mean empty. */
  static <T> Optional<T> byName(
      SoapClient client,
      String op,
      SoapClient.SessionCall<T> call,
      Function<T, String> nameOf,
      String name) {
    T t;
    try {
      t = client.call(op, false, call);
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    if (t == null || !name.equals(nameOf.apply(t))) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  /**
   * A per-kind table, checked to have an entry for every kind, so a kind added to the model fails
   * at start-up rather than at the first call.
   */
  static <K extends Enum<K>, V> Map<K, V> table(Class<K> kinds, Map<K, V> entries) {
    EnumMap<K, V> table = new EnumMap<>(kinds);
    table.putAll(entries);
    for (K k : kinds.getEnumConstants()) {
      if (!table.containsKey(k)) {
        throw new IllegalStateException("the SOAP backend has no operation for " + k);
      }
    }
    return table;
  }
}
