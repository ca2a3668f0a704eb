package io.dsm4j.automation;

/**
 * The ceiling of one run of a resumable export (see {@link EventCursor}): fed the IDs of the events
 * a run's first read returns, it gives the highest ID the run delivers. Unbounded, that is the
 * highest ID present; capped at {@code n}, the {@code n}-th lowest, so that a run delivers at most
 * {@code n} events (a long backlog is then worked through in runs of a bounded size, and an
 * interrupted run costs at most {@code n} events again). Memory: {@code 8 n} bytes when capped,
 * none otherwise. Not thread-safe.
 */
public final class EventCeiling {
  private final int limit;
  private final long[] heap; // max-heap of the lowest `limit` IDs (capped only)
  private int size;
  private long max = -1;
  private long seen;

  private EventCeiling(int limit) {
    this.limit = limit;
    this.heap = limit == Integer.MAX_VALUE ? new long[0] : new long[limit];
  }

  /**
   * @return a ceiling at the highest ID present (what the command-line export uses)
   */
  public static EventCeiling unbounded() {
    return new EventCeiling(Integer.MAX_VALUE);
  }

  /**
   * @param maxEvents the most events a run delivers (at least 1)
   * @return a ceiling that keeps a run to {@code maxEvents} events
   */
  public static EventCeiling atMost(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("a run must deliver at least 1 event, got " + maxEvents);
    }
    return maxEvents == Integer.MAX_VALUE ? unbounded() : new EventCeiling(maxEvents);
  }

  /**
   * Counts one event of the run's first read.
   *
   * @param id its ID
   */
  public void accept(long id) {
    seen++;
    max = Math.max(max, id);
    if (heap.length == 0) {
      return;
    }
    if (size < limit) {
      heap[size] = id;
      siftUp(size++);
    } else if (id < heap[0]) {
      heap[0] = id;
      siftDown();
    }
  }

  /**
   * @return the highest ID the run delivers, or null when the read returned no event
   */
  public Long ceiling() {
    if (seen == 0) {
      return null;
    }
    return capped() ? heap[0] : max;
  }

  /**
   * @return the events counted
   */
  public long seen() {
    return seen;
  }

  /**
   * @return whether events above the ceiling were counted (the next run has work at once)
   */
  public boolean capped() {
    return seen > limit;
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heap[parent] >= heap[i]) {
        return;
      }
      swap(parent, i);
      i = parent;
    }
  }

  private void siftDown() {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int largest = i;
      if (l < size && heap[l] > heap[largest]) {
        largest = l;
      }
      if (r < size && heap[r] > heap[largest]) {
        largest = r;
      }
      if (largest == i) {
        return;
      }
      swap(i, largest);
      i = largest;
    }
  }

  private void swap(int a, int b) {
    long t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }
}
