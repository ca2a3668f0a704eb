package io.dsm4j;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing: nothing is fetched until it is iterated, and each page is one network call made
 * when the iteration reaches it. Each iteration starts from the first page again. Nothing stays
 * open between pages, so a stream of it needs no closing.
 *
 * <pre>{@code
 * for (Rule r : manager.rules().intrusionPrevention().list()) { ... }       // item by item
 * manager.policies().list().stream().filter(...).toList();                  // as a stream
 * for (Page<Rule> p : manager.rules().firewall().list().byPage()) { ... }   // page by page
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<Iterator<Page<T>>> pages;

  private PagedIterable(Supplier<Iterator<Page<T>>> pages) {
    this.pages = pages;
  }

  /**
   * Creates a listing over a source of pages (useful for tests and decorators).
   *
   * @param pages gives a fresh page iterator for each iteration
   * @param <T> the item type
   * @return the listing
   */
  public static <T> PagedIterable<T> fromPages(Supplier<Iterator<Page<T>>> pages) {
    return new PagedIterable<>(Objects.requireNonNull(pages, "pages"));
  }

  /**
   * @return the pages, fetched one by one as they are iterated
   */
  public Iterable<Page<T>> byPage() {
    return pages::get;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> source = pages.get();
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!source.hasNext()) {
            return false;
          }
          current = source.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * @return a lazy sequential stream of the items
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
