package io.dsm4j.automation;

/**
 * An automation step refused to run because of local state, before it changed anything on the
 * manager: the journal or state file belongs to another manager, is locked by a concurrent run, the
 * soak period has not passed, or the arguments contradict the journal.
 *
 * <pre>{@code
 * try {
 *   rollout.promote(journal, PromoteOptions.defaults(), true);
 * } catch (RefusedException e) {
 *   System.err.println(e.getMessage()); // e.g. "the soak ends at 2026-02-07T10:00:00Z"
 * }
 * }</pre>
 */
public class RefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why, and what to do
   */
  public RefusedException(String message) {
    super(message);
  }
}
