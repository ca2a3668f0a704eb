package io.dsm4j;

import java.util.List;

/**
 * One page of a listing, as the manager returned it.
 *
 * @param items the items of this page
 * @param <T> the item type
 */
public record Page<T>(List<T> items) {
  /**
   * Copies the items.
   *
   * @param items the items of this page
   */
  public Page {
    items = List.copyOf(items);
  }
}
