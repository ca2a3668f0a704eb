package io.dsm4j.testkit;

/** Order in which the simulator returns events before capping an answer. */
public enum EventOrder {
  /** Ascending event time (ties by ID). */
  OLDEST_FIRST,
  /** Descending event time (ties by ID). */
  NEWEST_FIRST,
  /** Descending event ID, which is not time order because agents deliver late. */
  ID_DESCENDING
}
