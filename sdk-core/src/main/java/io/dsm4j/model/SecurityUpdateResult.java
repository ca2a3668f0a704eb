package io.dsm4j.model;

import java.util.Map;

/**
 * What the manager reports that applying a security update changed. The manager reports counts
 * only, not which rules.
 *
 * @param updateId the update
 * @param changes counts per rule kind the manager reported
 * @param ipsRulesAddedAndAssigned intrusion prevention rules added and assigned automatically
 * @param detailedSummary the manager's text summary, empty when none
 */
public record SecurityUpdateResult(
    int updateId,
    Map<RuleKind, RuleChanges> changes,
    int ipsRulesAddedAndAssigned,
    String detailedSummary) {

  /**
   * Copies the components.
   *
   * @param updateId the update
   * @param changes counts per rule kind the manager reported
   * @param ipsRulesAddedAndAssigned intrusion prevention rules added and assigned automatically
   * @param detailedSummary the manager's text summary, empty when none
   */
  public SecurityUpdateResult {
    changes = Map.copyOf(changes);
    detailedSummary = detailedSummary == null ? "" : detailedSummary;
  }
}
