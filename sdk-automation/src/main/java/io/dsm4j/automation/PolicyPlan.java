package io.dsm4j.automation;

import java.util.List;

/**
 * The difference between a manager and a {@link PolicyDocument}: the changes {@link
 * PolicyAsCode#apply} makes, in order. An empty plan means the manager already matches.
 *
 * @param policy the policy's name
 * @param prune whether what the document does not list is removed
 * @param changes the changes, in the order they are applied
 */
public record PolicyPlan(String policy, boolean prune, List<PolicyChange> changes) {
  /**
   * Copies the list.
   *
   * @param policy the policy's name
   * @param prune whether what the document does not list is removed
   * @param changes the changes, in order
   */
  public PolicyPlan {
    changes = List.copyOf(changes);
  }

  /**
   * @return true when applying would change something
   */
  public boolean hasChanges() {
    return !changes.isEmpty();
  }
}
