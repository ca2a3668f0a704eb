package io.dsm4j.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One resource's rows keyed by their integer ID: ID allocation, get/put/remove, iteration in ID
 * order and exact lookup by name. Every method locks the store, so a single call is thread-safe;
 * callers that combine calls (check then act) hold the store lock themselves, as the REST router
 * and the SOAP dispatcher do for every request.
 *
 * @param <R> the mutable record type of the rows
 */
final class Table<R> {
  private final Object lock;
  private final TreeMap<Integer, R> rows = new TreeMap<>();
  private final ToIntFunction<R> id;
  private final Function<R, String> name;
  private int nextId;

  /**
   * @param lock the store all tables share as their lock
   * @param firstId the first ID {@link #allocateId()} hands out
   * @param id a row's ID
   * @param name a row's name, for {@link #byName(String)}
   */
  Table(Object lock, int firstId, ToIntFunction<R> id, Function<R, String> name) {
    this.lock = lock;
    this.nextId = firstId;
    this.id = id;
    this.name = name;
  }

  /** Hands out the next ID; IDs are never reused, also after a failed create or a delete. */
  int allocateId() {
    synchronized (lock) {
      return nextId++;
    }
  }

  /** Sets the next ID {@link #allocateId()} hands out (for seeded catalogs with an ID base). */
  void startIdsAt(int first) {
    synchronized (lock) {
      nextId = first;
    }
  }

  /** Adds or replaces the row with the row's own ID. */
  R put(R row) {
    synchronized (lock) {
      rows.put(id.applyAsInt(row), row);
      return row;
    }
  }

  /** The row with this ID, or null. */
  R get(int rowId) {
    synchronized (lock) {
      return rows.get(rowId);
    }
  }

  boolean contains(int rowId) {
    synchronized (lock) {
      return rows.containsKey(rowId);
    }
  }

  /** Removes the row; returns it, or null when there was none. */
  R remove(int rowId) {
    synchronized (lock) {
      return rows.remove(rowId);
    }
  }

  /** A snapshot of the rows in ascending ID order. */
  List<R> values() {
    synchronized (lock) {
      return new ArrayList<>(rows.values());
    }
  }

  /** A snapshot of the IDs in ascending order. */
  List<Integer> ids() {
    synchronized (lock) {
      return new ArrayList<>(rows.keySet());
    }
  }

  /** The first row (in ID order) whose name equals {@code wanted} exactly, or null. */
  R byName(String wanted) {
    synchronized (lock) {
      for (R r : rows.values()) {
        if (name.apply(r).equals(wanted)) {
          return r;
        }
      }
      return null;
    }
  }

  int size() {
    synchronized (lock) {
      return rows.size();
    }
  }

  boolean isEmpty() {
    synchronized (lock) {
      return rows.isEmpty();
    }
  }

  /** The lowest ID; the table must not be empty. */
  int firstId() {
    synchronized (lock) {
      return rows.firstKey();
    }
  }

  /** The highest ID; the table must not be empty. */
  int lastId() {
    synchronized (lock) {
      return rows.lastKey();
    }
  }

  /** The lowest ID at or above {@code from}, or null. */
  Integer ceilingId(int from) {
    synchronized (lock) {
      return rows.ceilingKey(from);
    }
  }
}
