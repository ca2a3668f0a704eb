package io.dsm4j.spi;

import java.util.List;

/**
 * One page a backend fetched.
 *
 * @param items the items, in ascending ID order when {@code complete} is false
 * @param complete true when the backend returned everything at once (SOAP {@code RetrieveAll}), so
 *     no further page is asked for
 * @param <T> the item type
 */
public record PageResult<T>(List<T> items, boolean complete) {
  /**
   * Copies the items.
   *
   * @param items the items, in ascending ID order when {@code complete} is false
   * @param complete true when the backend returned everything at once (SOAP {@code RetrieveAll}),
   *     so no further page is asked for
   */
  public PageResult {
    items = List.copyOf(items);
  }

  /**
   * @param items everything
   * @param <T> the item type
   * @return a single, complete page
   */
  public static <T> PageResult<T> all(List<T> items) {
    return new PageResult<>(items, true);
  }
}
