package io.dsm4j.automation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Named points between the steps of a job (after each write-ahead record, after each change on the
 * manager, after each commit), where a crash must be recoverable. <b>Test-only</b>: the crash tests
 * use them to stop a job at an exact step without depending on timing; in normal use this does
 * nothing but read two environment variables once.
 *
 * <ul>
 *   <li>{@code DSM4J_TEST_PAUSE_AT=NAME} (or {@code NAME#N} for the Nth time it is reached): the
 *       process prints {@code dsm4j-test: paused at NAME} on stderr and stops there until it is
 *       killed (the test then sends {@code SIGKILL} or {@code SIGTERM}).
 *   <li>{@code DSM4J_TEST_CHECKPOINTS=1}: each point reached is printed on stderr as {@code
 *       dsm4j-test: checkpoint NAME}, so a test can list the steps of a run.
 * </ul>
 *
 * In-process tests install a {@link #testHandler(Consumer)} instead (e.g. one that throws, to
 * simulate a crash at that point).
 */
public final class Checkpoints {
  private static final String PAUSE_AT = System.getenv("DSM4J_TEST_PAUSE_AT");
  private static final boolean TRACE = "1".equals(System.getenv("DSM4J_TEST_CHECKPOINTS"));
  private static final Map<String, Integer> REACHED = new HashMap<>();
  private static volatile Consumer<String> handler;

  private Checkpoints() {}

  /**
   * Installs (or, with null, removes) a handler called at every checkpoint. Test-only.
   *
   * @param h the handler, or null
   */
  public static void testHandler(Consumer<String> h) {
    handler = h;
  }

  /**
   * @param name a checkpoint
   * @return whether a test watches it (lets a writer flush first, so the data is on disk there)
   */
  public static boolean watched(String name) {
    return handler != null || TRACE || (PAUSE_AT != null && PAUSE_AT.split("#", 2)[0].equals(name));
  }

  /**
   * Marks a checkpoint: does nothing unless a test asked for it.
   *
   * @param name the checkpoint, e.g. {@code detectOnly.changed}
   */
  public static void reached(String name) {
    Consumer<String> h = handler;
    if (h != null) {
      h.accept(name);
    }
    if (PAUSE_AT == null && !TRACE) {
      return;
    }
    int n;
    synchronized (REACHED) {
      n = REACHED.merge(name, 1, Integer::sum);
    }
    if (TRACE) {
      System.err.println("dsm4j-test: checkpoint " + name);
      System.err.flush();
    }
    if (PAUSE_AT != null && (PAUSE_AT.equals(name) || PAUSE_AT.equals(name + "#" + n))) {
      System.err.println("dsm4j-test: paused at " + name);
      System.err.flush();
      pauseForever();
    }
  }

  private static void pauseForever() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // stay paused: only a signal ends this process
      }
    }
  }
}
