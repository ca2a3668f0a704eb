package io.dsm4j.automation;

import io.dsm4j.model.RuleKind;

/**
 * One rule a security update added or changed, found by comparing the rule catalog before and after
 * by Trend identifier (the manager itself reports counts only).
 *
 * @param kind the catalog
 * @param ruleId the manager's rule ID
 * @param identifier the Trend identifier, or null
 * @param name the rule's name
 * @param change added or updated
 */
public record RuleChange(RuleKind kind, int ruleId, String identifier, String name, Change change) {
  /** What happened to the rule. */
  public enum Change {
    /** The rule is new in the catalog. */
    ADDED,
    /** The rule existed and was changed (its last-updated time moved; REST reports it). */
    UPDATED
  }
}
