package io.dsm4j.model;

import io.dsm4j.exception.DsmException;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an action on several computers: the manager may accept it for some and refuse it
 * for others.
 *
 * @param succeeded the computer IDs the action was requested for
 * @param failed the computer IDs it failed for, with the error
 */
public record BulkResult(List<Integer> succeeded, Map<Integer, DsmException> failed) {

  /**
   * Copies the components.
   *
   * @param succeeded the computer IDs the action was requested for
   * @param failed the computer IDs it failed for, with the error
   */
  public BulkResult {
    succeeded = List.copyOf(succeeded);
    failed = Map.copyOf(failed);
  }

  /**
   * @return true when nothing failed
   */
  public boolean allSucceeded() {
    return failed.isEmpty();
  }
}
