package io.dsm4j.internal;

import io.dsm4j.Page;
import io.dsm4j.PagedIterable;
import io.dsm4j.exception.DsmException;
import io.dsm4j.spi.PageRequest;
import io.dsm4j.spi.PageResult;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Keyset paging by ID: ask for IDs greater than the last one seen until a page comes back empty. A
 * short page does not end the listing (the manager may skip objects within a page), and a page that
 * does not move the cursor forward ends it with an error instead of looping forever.
 */
final class Pager {
  private Pager() {}

  static <T> PagedIterable<T> keyset(
      String operation,
      int pageSize,
      Function<PageRequest, PageResult<T>> fetch,
      ToLongFunction<T> idOf) {
    return PagedIterable.fromPages(() -> new PageIterator<>(operation, pageSize, fetch, idOf));
  }

  /**
   * The items of a listing that pass a test, page by page: the pages (and so the cursor) stay those
   * of the raw listing, a page may come out empty.
   */
  static <T> PagedIterable<T> filter(PagedIterable<T> raw, Predicate<T> keep) {
    return PagedIterable.fromPages(
        () -> {
          Iterator<Page<T>> pages = raw.byPage().iterator();
          return new Iterator<Page<T>>() {
            @Override
            public boolean hasNext() {
              return pages.hasNext();
            }

            @Override
            public Page<T> next() {
              return new Page<>(pages.next().items().stream().filter(keep).toList());
            }
          };
        });
  }

  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final String operation;
    private final int pageSize;
    private final Function<PageRequest, PageResult<T>> fetch;
    private final ToLongFunction<T> idOf;
    private long afterId;
    private boolean done;
    private Page<T> next;

    PageIterator(
        String operation,
        int pageSize,
        Function<PageRequest, PageResult<T>> fetch,
        ToLongFunction<T> idOf) {
      this.operation = operation;
      this.pageSize = pageSize;
      this.fetch = fetch;
      this.idOf = idOf;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done) {
        return false;
      }
      PageResult<T> result = fetch.apply(new PageRequest(afterId, pageSize));
      if (result.items().isEmpty()) {
        done = true;
        return false;
      }
      if (result.complete()) {
        done = true;
      } else {
        long max = afterId;
        for (T item : result.items()) {
          max = Math.max(max, idOf.applyAsLong(item));
        }
        if (max <= afterId) {
          done = true;
          throw new DsmException(
              "the manager returned a page whose IDs do not pass the cursor "
                  + afterId
                  + "; stopping instead of looping",
              operation,
              null,
              0,
              null,
              null);
        }
        afterId = max;
      }
      next = new Page<>(result.items());
      return true;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = next;
      next = null;
      return page;
    }
  }
}
